/**
 * The post-show report as a printable page, in the language chosen for the report (not the
 * console's): its own fixed translation function and taxonomy names in that language. All text
 * from the organizer and visitors goes through React, which escapes it.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { labeller, type LabelKind } from '../../../core/stats/labels';
import type { Report, ReportLanguage, ReportRetention } from '../../../core/stats/report';
import type { Count } from '../../../core/stats/schema';
import type { EventTaxonomies } from '../../../core/taxonomy/schema';

function CountTable({ counts, total, nameOf, unknown, name, share, limit = 20, testId }: {
  counts: readonly Count[];
  total: number;
  nameOf(key: string): string | null;
  unknown: string;
  name: string;
  share: string;
  limit?: number;
  testId: string;
}) {
  const fmt = (n: number) => (total ? `${((n / total) * 100).toFixed(1)}%` : '–');
  return (
    <table data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{name}</th>
          <th scope="col" className="num">
            {share.split('|')[0]}
          </th>
          <th scope="col" className="num">
            {share.split('|')[1]}
          </th>
        </tr>
      </thead>
      <tbody>
        {counts.slice(0, limit).map((c) => (
          <tr key={c.key}>
            <td>{nameOf(c.key) ?? (c.key || unknown)}</td>
            <td className="num">{c.count}</td>
            <td className="num">{fmt(c.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Customers kept, won and lost against the previous edition, visitors beside exhibitors (issue 15). Keys name their namespace: `t` comes from the caller. */
function RetentionTable({ r, t, lang }: { r: ReportRetention; t: (key: string, values?: Record<string, unknown>) => string; lang: ReportLanguage }) {
  const n = (x: number) => x.toLocaleString(lang);
  const pct = (x: number | null) => (x === null ? '–' : `${x.toFixed(1)}%`);
  const rows: Array<[string, string, string]> = [
    [t('report:retention.previousCustomers'), n(r.visitors.previousCustomers), n(r.exhibitors.previousCustomers)],
    [t('report:retention.customers'), n(r.visitors.customers), n(r.exhibitors.customers)],
    [t('report:retention.returning'), n(r.visitors.returning), n(r.exhibitors.returning)],
    [t('report:retention.new'), n(r.visitors.new), n(r.exhibitors.new)],
    [t('report:retention.reactivated'), n(r.visitors.reactivated), n(r.exhibitors.reactivated)],
    [t('report:retention.lost'), n(r.visitors.lost), n(r.exhibitors.lost)],
    [t('report:retention.churn'), pct(r.visitors.churnRatePct), pct(r.exhibitors.churnRatePct)],
    [t('report:retention.retentionRate'), pct(r.visitors.retentionRatePct), pct(r.exhibitors.renewalRatePct)],
    [t('report:retention.winBack'), pct(r.visitors.winBackPct), pct(r.exhibitors.winBackPct)],
  ];
  return (
    <>
      <p data-testid="report-retention-against">{r.previous ? t('report:retention.against', { name: r.previous.name, edition: r.previous.edition }) : t('report:retention.first')}</p>
      {r.previous && (
        <table data-testid="report-retention">
          <thead>
            <tr>
              <th scope="col">{t('report:retention.item')}</th>
              <th scope="col" className="num">
                {t('report:retention.visitors')}
              </th>
              <th scope="col" className="num">
                {t('report:retention.exhibitors')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, visitors, exhibitors]) => (
              <tr key={label}>
                <td>{label}</td>
                <td className="num">{visitors}</td>
                <td className="num">{exhibitors}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="report-note">{t('report:retention.note', { press: r.countedApart.press, staff: r.countedApart.staff })}</p>
    </>
  );
}

const PROVENANCE_FIGURES = [
  ['col.region', 'region'],
  ['col.industry', 'industry'],
  ['col.size', 'companySize'],
  ['col.interest', 'interests'],
] as const;

export function ReportDocument({ report, taxonomies, lang }: { report: Report; taxonomies: EventTaxonomies; lang: ReportLanguage }) {
  const { i18n } = useTranslation('report');
  const t = useMemo(() => i18n.getFixedT(lang, 'report'), [i18n, lang]);
  const name = useMemo(() => labeller(taxonomies, lang), [taxonomies, lang]);
  const v = report.visitors;
  const d = report.details;
  const num = (n: number | null) => (n === null ? t('notGiven') : n.toLocaleString(lang));
  const dates = (a: string | null, b: string | null) => (a || b ? [a, b].filter(Boolean).join(' – ') : t('notGiven'));
  const unknown = t('unknown');
  const columns = `${t('col.visitors')}|${t('col.share')}`;
  const named = (kind: LabelKind) => (key: string) => name(kind, key);
  const sizeName = (key: string) => {
    const band = name('companySize', key);
    const cn = name.cnSizeClasses(key);
    return band && cn ? `${band}（${cn}）` : band;
  };
  const pct = v.tradeShare === null ? '–' : `${(v.tradeShare * 100).toFixed(1)}%`;
  return (
    <article className="report-page" lang={lang} data-testid="report" data-lang={lang}>
      <h1 data-testid="report-title">{t('title', { show: report.event.name })}</h1>
      <p className="report-note">{t('generated', { at: new Date(report.generatedAt).toLocaleString(lang), timeZone: report.timeZone })}</p>

      <h2>{t('section.show')}</h2>
      <dl className="report-kv">
        <dt>{t('show.name')}</dt>
        <dd>{report.event.name}</dd>
        <dt>{t('show.dates')}</dt>
        <dd data-testid="report-dates">{dates(report.event.startsOn, report.event.endsOn)}</dd>
        <dt>{t('show.venue')}</dt>
        <dd>{report.event.venue || t('notGiven')}</dd>
        <dt>{t('show.organizers')}</dt>
        <dd data-testid="report-organizers">{d.organizers.length ? d.organizers.join(lang === 'en' ? '; ' : '；') : t('notGiven')}</dd>
        <dt>{t('show.partners')}</dt>
        <dd>{d.partners.length ? d.partners.join(lang === 'en' ? '; ' : '；') : t('notGiven')}</dd>
      </dl>

      <h2>{t('section.scale')}</h2>
      <div className="report-figures">
        <div>
          {t('scale.netArea')}
          <strong data-testid="report-net-area">{num(d.netAreaSqm)}</strong>
        </div>
        <div>
          {t('scale.booths')}
          <strong data-testid="report-booths">{num(d.booths)}</strong>
        </div>
        <div>
          {t('scale.exhibitorsDomestic')}
          <strong data-testid="report-exhibitors-domestic">{num(report.exhibitors.domestic)}</strong>
        </div>
        <div>
          {t('scale.exhibitorsInternational')}
          <strong data-testid="report-exhibitors-international">{num(report.exhibitors.international)}</strong>
        </div>
      </div>
      <p className="report-note" data-testid="report-exhibitors-source">
        {report.exhibitors.source === 'entered' ? t('scale.entered') : t('scale.countedFrom', { count: report.exhibitors.listed })}
        {report.exhibitors.countryNotSet > 0 ? ` ${t('scale.countryNotSet', { count: report.exhibitors.countryNotSet })}` : ''}
      </p>

      <h2>{t('section.visitors')}</h2>
      <div className="report-figures">
        <div>
          {t('visitors.unique')}
          <strong data-testid="report-unique">{num(v.uniqueVisitors)}</strong>
        </div>
        <div>
          {t('visitors.visits')}
          <strong data-testid="report-visits">{num(v.visits)}</strong>
        </div>
        <div>
          {t('visitors.tradeShare')}
          <strong data-testid="report-trade-share">{pct}</strong>
        </div>
        <div>
          {t('visitors.mainland')}
          <strong data-testid="report-mainland">{num(v.byScope.mainland)}</strong>
        </div>
        <div>
          {t('visitors.hkMoTw')}
          <strong data-testid="report-hkmotw">{num(v.byScope.hk + v.byScope.mo + v.byScope.tw)}</strong>
        </div>
        <div>
          {t('visitors.international')}
          <strong data-testid="report-international">{num(v.byScope.international)}</strong>
        </div>
      </div>
      <table data-testid="report-days">
        <thead>
          <tr>
            <th scope="col">{t('col.day')}</th>
            <th scope="col" className="num">
              {t('col.visitors')}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.byDay.map((x) => (
            <tr key={x.day}>
              <td>{x.day}</td>
              <td className="num">{num(x.uniqueVisitors)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="report-note" data-testid="report-not-counted">
        {t('visitors.notCounted', { press: v.nonVisitors.press, exhibitorStaff: v.nonVisitors.exhibitor_staff, organizerStaff: v.nonVisitors.organizer_staff, flagged: v.flaggedScans })}
      </p>

      <h2>{t('section.regions')}</h2>
      <p className="report-note">{t('regions.note', { hk: v.byScope.hk, mo: v.byScope.mo, tw: v.byScope.tw, unknown: v.byScope.unknown })}</p>
      <CountTable counts={report.provinces} total={v.uniqueVisitors} nameOf={named('province')} unknown={t('regions.provinceUnknown')} name={t('col.region')} share={columns} testId="report-provinces" />
      {report.countries.length > 0 && <CountTable counts={report.countries} total={v.uniqueVisitors} nameOf={named('country')} unknown={unknown} name={t('col.country')} share={columns} testId="report-countries" />}

      <h2>{t('section.profile')}</h2>
      <CountTable counts={report.industries} total={v.uniqueVisitors} nameOf={named('industry')} unknown={unknown} name={t('col.industry')} share={columns} testId="report-industries" />
      <CountTable counts={report.companySizes} total={v.uniqueVisitors} nameOf={sizeName} unknown={unknown} name={t('col.size')} share={columns} testId="report-sizes" />
      <CountTable counts={report.interests} total={v.uniqueVisitors} nameOf={named('interest')} unknown={unknown} name={t('col.interest')} share={columns} limit={10} testId="report-interests" />

      <h2>{t('section.business')}</h2>
      {report.leads ? (
        <p data-testid="report-leads">{t('business.intent', { total: report.leads.total, ...report.leads.intent })}</p>
      ) : (
        <p data-testid="report-leads">{t('business.unavailable')}</p>
      )}

      {report.retention && (
        <>
          <h2>{t('section.retention')}</h2>
          <RetentionTable r={report.retention} t={t} lang={lang} />
        </>
      )}

      <h2>{t('section.sideEvents')}</h2>
      {d.sideEvents.length ? (
        <ul data-testid="report-side-events">
          {d.sideEvents.map((e, i) => (
            <li key={i}>
              {e.title}
              {e.date ? ` · ${e.date}` : ''}
              {e.participants !== null ? ` · ${t('sideEvents.participants', { count: e.participants })}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('notGiven')}</p>
      )}

      <h2>{t('section.next')}</h2>
      <p data-testid="report-next">
        {[dates(d.nextEdition.startsOn, d.nextEdition.endsOn), d.nextEdition.venue, d.nextEdition.note].filter(Boolean).join(' · ')}
      </p>

      <h2>{t('section.method')}</h2>
      <ul className="report-note">
        <li>{t('method.unique')}</li>
        <li>{t('method.categories')}</li>
        <li>{t('method.flags')}</li>
        <li>{t('method.days', { timeZone: report.timeZone })}</li>
        <li>{t('method.regions')}</li>
        <li>{t('method.classification', { count: report.unclassified })}</li>
        <li data-testid="report-provenance">
          {t('method.provenance')}
          <ul>
            {PROVENANCE_FIGURES.map(([figure, key]) => {
              const c = report.provenance[key];
              const total = c.declared + c.inferred + c.unknown;
              const part = (n: number) => t('method.share', { share: total ? `${((100 * n) / total).toFixed(1)}%` : '–', count: n });
              return (
                <li key={key} data-figure={key}>
                  {t(key === 'interests' ? 'method.provenanceInterests' : 'method.provenanceLine', { figure: t(figure), declared: part(c.declared), inferred: part(c.inferred), unknown: part(c.unknown) })}
                </li>
              );
            })}
          </ul>
        </li>
      </ul>
    </article>
  );
}
