/** One record's classification: each value with its status (declared / inferred / unknown), the rule and its evidence, and a way to correct it. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrectableField, CorrectionRequest } from '../../../core/visitors/corrections';
import type { VisitorRecord } from '../../../core/visitors/schema';
import { useLabeller } from '../stats/useTaxonomies';
import { CorrectionForm } from './CorrectionForm';
import { RuleEvidence } from '../../ui/RuleEvidence';

type Classified = NonNullable<VisitorRecord['classification']>['industry'];

export function ClassificationTable({ record, onCorrect }: { record: VisitorRecord; onCorrect(req: CorrectionRequest): Promise<void> }) {
  const { t, i18n } = useTranslation('visitors');
  const name = useLabeller(i18n.language);
  const [editing, setEditing] = useState<CorrectableField | null>(null);
  const c = record.classification;
  if (!c) return <p className="muted">{t('record.notClassified')}</p>;
  const interestValue: Classified = {
    value: c.interests.map((i) => i.value),
    status: c.interests.length ? (c.interests.some((i) => i.status === 'inferred') ? 'inferred' : 'declared') : 'unknown',
    rule: c.interests[0]?.rule,
    evidence: c.interests.flatMap((i) => (i.evidence ?? []).map((e) => `${String(i.value)}: ${e}`)),
  };
  const rows: Array<[CorrectableField, Classified, 'country' | 'province' | 'city' | 'industry' | 'companySize' | 'interest']> = [
    ['country', c.region.country, 'country'],
    ['province', c.region.province, 'province'],
    ['city', c.region.city, 'city'],
    ['industry', c.industry, 'industry'],
    ['companySize', c.companySize, 'companySize'],
    ['interests', interestValue, 'interest'],
  ];
  const shown = (v: Classified, kind: (typeof rows)[number][2]): string => {
    if (v.value === null || v.value === undefined || (Array.isArray(v.value) && !v.value.length)) return t('unknown');
    if (Array.isArray(v.value)) return v.value.map((x) => name(kind, String(x)) ?? String(x)).join(', ');
    const text = name(kind, String(v.value)) ?? String(v.value);
    return kind === 'companySize' && name.cnSizeClasses(String(v.value)) ? `${text} · ${name.cnSizeClasses(String(v.value))}` : text;
  };
  return (
    <table className="classification" data-testid="classification" data-record={record.id}>
      <thead>
        <tr>
          <th scope="col">{t('record.field')}</th>
          <th scope="col">{t('record.value')}</th>
          <th scope="col">{t('record.status')}</th>
          <th scope="col">{t('record.why')}</th>
          <th scope="col">
            <span className="sr-only">{t('record.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([field, v, kind]) => (
          <tr key={field} data-field={field}>
            <th scope="row">{t(`field.${field}`)}</th>
            <td>{shown(v, kind)}</td>
            <td className={`status-${v.status}`} data-status={v.status}>
              {t(`status.${v.status}`)}
              {v.rule === 'corrected' ? ` · ${t('status.corrected')}` : ''}
            </td>
            <td>
              <RuleEvidence field={kind === 'interest' ? 'interests' : kind} value={v} {...(kind === 'interest' ? { interests: c.interests } : {})} name={name} lang={i18n.language} />
              {editing === field && (
                <CorrectionForm
                  field={field}
                  current={Array.isArray(v.value) ? v.value.map(String) : v.value === null || v.value === undefined ? null : String(v.value)}
                  province={c.region.province.value ? String(c.region.province.value) : ''}
                  corrected={v.rule === 'corrected'}
                  onCancel={() => setEditing(null)}
                  onSubmit={(req) => void onCorrect(req).then(() => setEditing(null))}
                />
              )}
            </td>
            <td>
              {editing !== field && (
                <button type="button" className="secondary" onClick={() => setEditing(field)} aria-label={t('correct.buttonFor', { field: t(`field.${field}`) })}>
                  {t('correct.button')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
