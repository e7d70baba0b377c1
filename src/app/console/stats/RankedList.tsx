/** A distribution as a ranked table: name, count and share, each count linked to the visitors behind it. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Count } from '../../../core/stats/schema';
import { drillPath, type DrillTarget } from './drill';

export function RankedList({ title, counts, total, nameOf, drill, limit = 15, testId }: {
  title: string;
  counts: readonly Count[];
  total: number;
  nameOf(key: string): string;
  drill(key: string): DrillTarget;
  limit?: number;
  testId: string;
}) {
  const { t } = useTranslation('dashboard');
  const shown = counts.slice(0, limit);
  const rest = counts.slice(limit).reduce((s, c) => s + c.count, 0);
  return (
    <table className="rank-table" data-testid={testId}>
      <caption className="sr-only">{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.name')}</th>
          <th scope="col" className="num">
            {t('table.visitors')}
          </th>
          <th scope="col" className="num">
            {t('table.share')}
          </th>
        </tr>
      </thead>
      <tbody>
        {shown.map((c) => (
          <tr key={c.key} data-key={c.key}>
            <td>{nameOf(c.key)}</td>
            <td className="num">
              <Link to={drillPath(drill(c.key))}>{c.count}</Link>
            </td>
            <td className="num">{total ? `${((c.count / total) * 100).toFixed(1)}%` : '–'}</td>
          </tr>
        ))}
        {rest > 0 && (
          <tr>
            <td>{t('table.others', { count: counts.length - limit })}</td>
            <td className="num">{rest}</td>
            <td className="num">{total ? `${((rest / total) * 100).toFixed(1)}%` : '–'}</td>
          </tr>
        )}
        {!counts.length && (
          <tr>
            <td colSpan={3} className="muted">
              {t('table.empty')}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
