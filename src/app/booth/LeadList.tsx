/** The booth's lead list: search, filters (rating, interest, follow-up, staff), open, delete, export. */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterLeads, staffOf, type LeadFilter } from '../../core/leads/filters';
import type { LeadQuestion, Product } from '../../core/leads/profile';
import { FOLLOW_UP_ACTIONS, LEAD_RATINGS } from '../../core/leads/schema';
import type { LocalLead } from '../data/leads';
import { downloadBlob } from '../ui/download';
import { exportLeads, type LeadExportFormat } from './exportFiles';

export interface LeadListProps {
  leads: readonly LocalLead[];
  products: readonly Product[];
  questions: readonly LeadQuestion[];
  onOpen(id: string): void;
  onDelete(lead: LocalLead): void;
}

const PAGE = 50;

export function LeadList({ leads, products, questions, onOpen, onDelete }: LeadListProps) {
  const { t, i18n } = useTranslation('leads');
  const id = useId();
  const [filter, setFilter] = useState<LeadFilter>({});
  const [exportError, setExportError] = useState<string | null>(null);
  // A page of rows at a time: hundreds of rows re-rendered after every scan would slow the next one.
  const [limit, setLimit] = useState(PAGE);
  const shown = useMemo(() => filterLeads(leads, filter), [leads, filter]);
  const staff = useMemo(() => staffOf(leads), [leads]);
  const productName = (pid: string) => products.find((p) => p.id === pid)?.name ?? pid;
  const set = (patch: Partial<LeadFilter>) => setFilter((f) => ({ ...f, ...patch }));
  // With no leads yet, filters and exports have nothing to act on: they appear with the first lead.
  const live = useMemo(() => leads.filter((l) => !l.deletedAt).length, [leads]);

  async function download(format: LeadExportFormat) {
    setExportError(null);
    try {
      const { blob, fileName } = await exportLeads(shown, format, { lang: i18n.language, products, questions });
      downloadBlob(blob, fileName);
    } catch (e) {
      setExportError(t('export.failed', { detail: (e as Error).message }));
    }
  }

  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('list.title', { count: live })}</h2>
      {live > 0 && (
      <>
      <div className="card row lead-filters">
        <div>
          <label htmlFor={`${id}-q`}>{t('list.search')}</label>
          <input id={`${id}-q`} type="search" value={filter.query ?? ''} onChange={(e) => set({ query: e.target.value })} />
        </div>
        <div>
          <label htmlFor={`${id}-rating`}>{t('list.rating')}</label>
          <select id={`${id}-rating`} value={filter.rating ?? ''} onChange={(e) => set({ rating: (e.target.value || null) as LeadFilter['rating'] })}>
            <option value="">{t('list.all')}</option>
            {LEAD_RATINGS.map((r) => (
              <option key={r} value={r}>
                {t(`rating.${r}`)}
              </option>
            ))}
            <option value="unrated">{t('rating.unrated')}</option>
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-interest`}>{t('list.interest')}</label>
          <select id={`${id}-interest`} value={filter.interest ?? ''} onChange={(e) => set({ interest: e.target.value || null })}>
            <option value="">{t('list.all')}</option>
            {products.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-follow`}>{t('list.followUp')}</label>
          <select id={`${id}-follow`} value={filter.followUp ?? ''} onChange={(e) => set({ followUp: (e.target.value || null) as LeadFilter['followUp'] })}>
            <option value="">{t('list.all')}</option>
            {FOLLOW_UP_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(`followUp.${a}`)}
              </option>
            ))}
            <option value="none">{t('followUp.none')}</option>
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-staff`}>{t('list.staff')}</label>
          <select id={`${id}-staff`} value={filter.staff ?? ''} onChange={(e) => set({ staff: e.target.value || null })}>
            <option value="">{t('list.all')}</option>
            {staff.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="row lead-export" role="group" aria-label={t('export.title')}>
        <button type="button" className="secondary" data-testid="export-csv" onClick={() => void download('csv')}>
          {t('export.csv')}
        </button>
        <button type="button" className="secondary" data-testid="export-xlsx" onClick={() => void download('xlsx')}>
          {t('export.xlsx')}
        </button>
        <button type="button" className="secondary" data-testid="export-vcf" onClick={() => void download('vcf')}>
          {t('export.vcf')}
        </button>
      </div>
      </>
      )}
      {exportError && (
        <p className="notice bad" role="alert">
          {exportError}
        </p>
      )}
      {shown.length === 0 ? (
        <p className="muted">{leads.length ? t('list.noMatch') : t('list.empty')}</p>
      ) : (
        <table data-testid="lead-list" className="lead-table">
          <thead>
            <tr>
              <th>{t('list.person')}</th>
              <th>{t('list.rating')}</th>
              <th>{t('list.interest')}</th>
              <th>{t('list.followUp')}</th>
              <th>{t('list.staff')}</th>
              <th>{t('list.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, limit).map((l) => {
              const name = l.contact.name ?? l.contact.company ?? t('list.unnamed');
              return (
                <tr key={l.id} data-testid="lead-row" data-lead-id={l.id} data-synced={l.synced} data-rating={l.rating ?? ''}>
                  <td className="lead-cell-person">
                    <strong>{name}</strong>
                    {l.contact.company && l.contact.name && <div className="muted">{l.contact.company}</div>}
                  </td>
                  <td data-label={t('list.rating')}>{l.rating ? <span className={`tag rating-tag-${l.rating}`}>{t(`rating.${l.rating}`)}</span> : <span className="muted">{t('rating.unrated')}</span>}</td>
                  <td data-label={t('list.interest')}>{l.interests.map(productName).join('、')}</td>
                  <td data-label={t('list.followUp')}>
                    {l.followUp ? t(`followUp.${l.followUp.action}`) : ''}
                    {l.followUp?.due ? ` · ${l.followUp.due}` : ''}
                  </td>
                  <td data-label={t('list.staff')}>{l.staff}</td>
                  <td className="lead-row-actions">
                    <button type="button" className="secondary" onClick={() => onOpen(l.id)} aria-label={t('list.openNamed', { name })}>
                      {t('list.open')}
                    </button>
                    <button type="button" className="secondary" onClick={() => onDelete(l)} aria-label={t('list.deleteNamed', { name })}>
                      {t('list.delete')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {shown.length > limit && (
        <button type="button" className="secondary" onClick={() => setLimit((n) => n + PAGE)}>
          {t('list.more', { count: shown.length - limit })}
        </button>
      )}
    </section>
  );
}
