/** What the report needs that the database does not know: organizers, partners, scale, side events, next edition; the show's time zone; exhibitors' countries and product categories. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localized } from '../../../core/schema/localized';
import { reportDetailsSchema, type ReportDetails } from '../../../core/stats/report';
import { walkProductTree } from '../../../core/taxonomy/productInterest';
import { statsApi, type ExhibitorProfile } from '../../../core/api/console/stats';
import { useTaxonomies } from '../stats/useTaxonomies';
import { issuesText, useErrorText } from '../../net/errorText';
import { call } from '../../net/client';

const lines = (text: string) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
const intOrNull = (text: string) => (text.trim() === '' ? null : Math.max(0, Math.floor(Number(text))) || 0);

function ExhibitorRow({ x, onSaved }: { x: ExhibitorProfile; onSaved(): void }) {
  const { t, i18n } = useTranslation('report');
  const errorText = useErrorText();
  const tax = useTaxonomies();
  const [country, setCountry] = useState(x.country);
  const [categories, setCategories] = useState(x.productCategories);
  const [error, setError] = useState<string | null>(null);
  return (
    <tr>
      <td>{x.name}</td>
      <td>
        <input value={country} maxLength={2} aria-label={t('settings.exhibitorCountry', { name: x.name })} onChange={(e) => setCountry(e.target.value.toUpperCase())} />
      </td>
      <td>
        <select multiple size={4} value={categories} aria-label={t('settings.exhibitorCategories', { name: x.name })} onChange={(e) => setCategories([...e.target.selectedOptions].map((o) => o.value))}>
          {[...walkProductTree(tax.productInterest.nodes)].map(({ node, path }) => (
            <option key={node.id} value={node.id}>
              {`${'— '.repeat(path.length - 1)}${localized(node.labels, i18n.language)}`}
            </option>
          ))}
        </select>
      </td>
      <td>
        <button type="button" className="secondary" onClick={() => void call(statsApi.saveExhibitorProfile, { params: { id: x.id }, body: { country, productCategories: categories } }).then(onSaved, (e: unknown) => setError(errorText(e)))}>
          {t('settings.save')}
        </button>
        {error && <span className="error">{error}</span>}
      </td>
    </tr>
  );
}

export function ReportSettings() {
  const { t } = useTranslation('report');
  const errorText = useErrorText();
  const [details, setDetails] = useState<ReportDetails | null>(null);
  const [timeZone, setTimeZone] = useState('');
  const [exhibitors, setExhibitors] = useState<ExhibitorProfile[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const load = useCallback(
    () =>
      call(statsApi.reportSettings, {}).then(
        (s) => (setDetails(s.details), setTimeZone(s.timeZone), setExhibitors(s.exhibitors)),
        (e: unknown) => setMessage({ ok: false, text: errorText(e) }),
      ),
    [errorText],
  );
  useEffect(() => void load(), [load]);

  async function save() {
    if (!details) return;
    const parsed = reportDetailsSchema.safeParse(details);
    if (!parsed.success) return setMessage({ ok: false, text: issuesText(t, parsed.error.issues) });
    try {
      await call(statsApi.saveReportDetails, { body: parsed.data });
      await call(statsApi.saveTimeZone, { body: { timeZone } });
      setMessage({ ok: true, text: t('settings.saved') });
    } catch (e) {
      setMessage({ ok: false, text: errorText(e) });
    }
  }

  if (!details) return <section className="card">{message?.text ?? t('ui.loading')}</section>;
  const set = (patch: Partial<ReportDetails>) => setDetails({ ...details, ...patch });
  return (
    <div data-testid="report-settings">
      <section className="card">
        <p>
          <Link to="/console/report">{t('settings.back')}</Link>
        </p>
        <h2>{t('settings.title')}</h2>
        <label htmlFor="rs-organizers">{t('settings.organizers')}</label>
        <textarea id="rs-organizers" rows={3} value={details.organizers.join('\n')} onChange={(e) => set({ organizers: lines(e.target.value) })} />
        <label htmlFor="rs-partners">{t('settings.partners')}</label>
        <textarea id="rs-partners" rows={4} value={details.partners.join('\n')} onChange={(e) => set({ partners: lines(e.target.value) })} />
        <p className="muted">{t('settings.onePerLine')}</p>
        <div className="row">
          <div>
            <label htmlFor="rs-area">{t('settings.netArea')}</label>
            <input id="rs-area" type="number" min={0} value={details.netAreaSqm ?? ''} onChange={(e) => set({ netAreaSqm: intOrNull(e.target.value) })} />
          </div>
          <div>
            <label htmlFor="rs-booths">{t('settings.booths')}</label>
            <input id="rs-booths" type="number" min={0} value={details.booths ?? ''} onChange={(e) => set({ booths: intOrNull(e.target.value) })} />
          </div>
          {/* Counted from the exhibitor list whenever it has exhibitors: asked only for a show whose exhibitors are not in it. */}
          {exhibitors.length === 0 && (
            <>
              <div>
                <label htmlFor="rs-ex-dom">{t('settings.exhibitorsDomestic')}</label>
                <input id="rs-ex-dom" type="number" min={0} value={details.exhibitorsDomestic ?? ''} onChange={(e) => set({ exhibitorsDomestic: intOrNull(e.target.value) })} />
              </div>
              <div>
                <label htmlFor="rs-ex-int">{t('settings.exhibitorsInternational')}</label>
                <input id="rs-ex-int" type="number" min={0} value={details.exhibitorsInternational ?? ''} onChange={(e) => set({ exhibitorsInternational: intOrNull(e.target.value) })} />
              </div>
            </>
          )}
          <div>
            <label htmlFor="rs-tz">{t('settings.timeZone')}</label>
            <input id="rs-tz" value={timeZone} onChange={(e) => setTimeZone(e.target.value.trim())} />
          </div>
        </div>
        <p className="muted">{exhibitors.length ? t('settings.exhibitorsCounted', { count: exhibitors.length }) : t('settings.exhibitorsHint')}</p>
        <h3>{t('settings.sideEvents')}</h3>
        {details.sideEvents.map((ev, i) => (
          <div className="row" key={i}>
            <input value={ev.title} aria-label={t('settings.sideEventTitle', { index: i + 1 })} onChange={(e) => set({ sideEvents: details.sideEvents.map((x, k) => (k === i ? { ...x, title: e.target.value } : x)) })} />
            <input type="date" value={ev.date ?? ''} aria-label={t('settings.sideEventDate', { index: i + 1 })} onChange={(e) => set({ sideEvents: details.sideEvents.map((x, k) => (k === i ? { ...x, date: e.target.value || null } : x)) })} />
            <input
              type="number"
              min={0}
              value={ev.participants ?? ''}
              aria-label={t('settings.sideEventParticipants', { index: i + 1 })}
              onChange={(e) => set({ sideEvents: details.sideEvents.map((x, k) => (k === i ? { ...x, participants: intOrNull(e.target.value) } : x)) })}
            />
            <button type="button" className="secondary" onClick={() => set({ sideEvents: details.sideEvents.filter((_, k) => k !== i) })}>
              {t('settings.remove')}
            </button>
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => set({ sideEvents: [...details.sideEvents, { title: '', date: null, participants: null }] })}>
          {t('settings.addSideEvent')}
        </button>
        <h3>{t('settings.next')}</h3>
        <div className="row">
          <div>
            <label htmlFor="rs-next-from">{t('settings.nextFrom')}</label>
            <input id="rs-next-from" type="date" value={details.nextEdition.startsOn ?? ''} onChange={(e) => set({ nextEdition: { ...details.nextEdition, startsOn: e.target.value || null } })} />
          </div>
          <div>
            <label htmlFor="rs-next-to">{t('settings.nextTo')}</label>
            <input id="rs-next-to" type="date" value={details.nextEdition.endsOn ?? ''} onChange={(e) => set({ nextEdition: { ...details.nextEdition, endsOn: e.target.value || null } })} />
          </div>
          <div>
            <label htmlFor="rs-next-venue">{t('settings.nextVenue')}</label>
            <input id="rs-next-venue" value={details.nextEdition.venue} onChange={(e) => set({ nextEdition: { ...details.nextEdition, venue: e.target.value } })} />
          </div>
          <div>
            <label htmlFor="rs-next-note">{t('settings.nextNote')}</label>
            <input id="rs-next-note" value={details.nextEdition.note} onChange={(e) => set({ nextEdition: { ...details.nextEdition, note: e.target.value } })} />
          </div>
        </div>
        {message && (
          <p className={`notice ${message.ok ? 'good' : 'bad'}`} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </p>
        )}
        <button type="button" onClick={() => void save()}>
          {t('settings.save')}
        </button>
      </section>
      <section className="card">
        <h3>{t('settings.exhibitors')}</h3>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('settings.exhibitor')}</th>
              <th scope="col">{t('settings.country')}</th>
              <th scope="col">{t('settings.categories')}</th>
              <th scope="col">
                <span className="sr-only">{t('settings.save')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {exhibitors.map((x) => (
              <ExhibitorRow key={x.id} x={x} onSaved={() => void load()} />
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
