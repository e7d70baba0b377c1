/**
 * The development pipeline (新客户开发的6个发展阶段): a column per stage with its customers (filtered
 * by kind, owner and source), each movable to another stage (timestamped on the server); how many
 * are in each stage, how long they stay, and conversion from stage to stage per source; a new
 * prospect entered here starts at stage 1.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { customersApi, type CustomerSummaryView } from '../../../core/api/console/customers';
import { DEVELOPMENT_STAGES, LIFECYCLE_STAGES, STAGES, type Source, type Stage } from '../../../core/customers/pipeline';
import { call } from '../../net/client';
import { Problem, Scroll, SourceSelect, useAction, useFormat, useLabels, useLoad } from './shared';

type Kind = 'contact' | 'company' | '';

function Card({ c, onMoved }: { c: CustomerSummaryView; onMoved: () => void }) {
  const { t } = useTranslation('customers');
  const labels = useLabels();
  const f = useFormat();
  const [to, setTo] = useState<Stage>(((c.stage as Stage | null) ?? 'collect') as Stage);
  const move = useAction();
  const selectId = `move-${c.id}`;
  return (
    <li className="pipeline-card" data-testid={`card-${c.id}`}>
      <Link to={`/console/customers/${c.id}`}>{c.name}</Link>
      <div className="muted">
        {[c.company, labels.source(c.source), c.owner].filter(Boolean).join(' · ')} · {t('pipeline.since', { when: f.date(c.stageAt) })}
      </div>
      <label htmlFor={selectId}>{t('pipeline.moveLabel', { name: c.name })}</label>
      <select id={selectId} value={to} onChange={(e) => setTo(e.target.value as Stage)}>
        {STAGES.map((s) => (
          <option key={s} value={s}>
            {labels.stage(s)}
          </option>
        ))}
      </select>
      <button type="button" className="secondary" disabled={move.busy || to === c.stage} onClick={() => void move.run(() => call(customersApi.stage, { params: { id: c.id }, body: { stage: to, note: '' } })).then((ok) => ok && onMoved())}>
        {t('pipeline.move')}
      </button>
      <Problem text={move.error} />
    </li>
  );
}

function NewProspect({ onMade }: { onMade: () => void }) {
  const { t } = useTranslation('customers');
  const [kind, setKind] = useState<'contact' | 'company'>('company');
  const [name, setName] = useState('');
  const [company, setCompany] = useState('');
  const [creditCode, setCreditCode] = useState('');
  const [mobile, setMobile] = useState('');
  const [email, setEmail] = useState('');
  const [source, setSource] = useState<Source | ''>('');
  const [owner, setOwner] = useState('');
  const make = useAction();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const ok = await make.run(() => call(customersApi.prospect, { body: { kind, name, company, creditCode, mobile, email, source, owner } }));
    if (ok) {
      // Only the name and keys are cleared: the next prospect often shares the source and owner.
      setName('');
      setCompany('');
      setCreditCode('');
      setMobile('');
      setEmail('');
      onMade();
    }
  }
  return (
    <section className="card" aria-labelledby="prospect-title">
      <h3 id="prospect-title">{t('pipeline.newProspect')}</h3>
      <form onSubmit={(e) => void submit(e)}>
        <div className="row">
          <div>
            <label htmlFor="prospect-kind">{t('customer.kind')}</label>
            <select id="prospect-kind" value={kind} onChange={(e) => setKind(e.target.value as 'contact' | 'company')}>
              <option value="company">{t('customer.kinds.company')}</option>
              <option value="contact">{t('customer.kinds.contact')}</option>
            </select>
          </div>
          <div>
            <label htmlFor="prospect-name">{kind === 'company' ? t('list.company') : t('list.name')}</label>
            <input id="prospect-name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
          </div>
          {kind === 'contact' && (
            <div>
              <label htmlFor="prospect-company">{t('list.company')}</label>
              <input id="prospect-company" maxLength={200} value={company} onChange={(e) => setCompany(e.target.value)} />
            </div>
          )}
          {kind === 'company' && (
            <div>
              <label htmlFor="prospect-code">{t('customer.creditCode')}</label>
              <input id="prospect-code" maxLength={30} value={creditCode} onChange={(e) => setCreditCode(e.target.value)} />
            </div>
          )}
        </div>
        <div className="row">
          <div>
            <label htmlFor="prospect-mobile">{t('pipeline.mobile')}</label>
            <input id="prospect-mobile" type="tel" maxLength={40} value={mobile} onChange={(e) => setMobile(e.target.value)} />
          </div>
          <div>
            <label htmlFor="prospect-email">{t('pipeline.email')}</label>
            <input id="prospect-email" type="email" maxLength={200} value={email} onChange={(e) => setEmail(e.target.value)} />
          </div>
          <SourceSelect id="prospect-source" value={source} onChange={setSource} none={t('noSource')} />
          <div>
            <label htmlFor="prospect-owner">{t('customer.owner')}</label>
            <input id="prospect-owner" maxLength={100} value={owner} onChange={(e) => setOwner(e.target.value)} />
          </div>
        </div>
        <p>
          <button type="submit" disabled={make.busy}>
            {t('pipeline.add')}
          </button>
        </p>
        <Problem text={make.error} />
      </form>
    </section>
  );
}

export function PipelinePage() {
  const { t } = useTranslation('customers');
  const labels = useLabels();
  const f = useFormat();
  const [kind, setKind] = useState<Kind>('');
  const [owner, setOwner] = useState('');
  const [source, setSource] = useState<Source | ''>('');
  const [view, setView] = useState<'development' | 'lifecycle'>('development');
  const stages: readonly Stage[] = view === 'development' ? DEVELOPMENT_STAGES : LIFECYCLE_STAGES;
  const filter = { ...(kind ? { kind } : {}), ...(owner.trim() ? { owner: owner.trim() } : {}), ...(source ? { source } : {}) };
  const columns = useLoad(
    () => Promise.all(stages.map((stage) => call(customersApi.list, { query: { ...filter, stage, limit: 50 } }))),
    [kind, owner, source, view],
  );
  const figures = useLoad(() => call(customersApi.pipeline, { query: kind ? { kind } : {} }), [kind]);
  const reload = () => {
    columns.reload();
    figures.reload();
  };
  return (
    <>
      <section className="card" aria-labelledby="pipeline-title">
        <h2 id="pipeline-title">{t('pipeline.title')}</h2>
        <div className="filters">
          <div>
            <label htmlFor="pipeline-view">{t('pipeline.view')}</label>
            <select id="pipeline-view" value={view} onChange={(e) => setView(e.target.value as 'development' | 'lifecycle')}>
              <option value="development">{t('pipeline.development')}</option>
              <option value="lifecycle">{t('pipeline.lifecycle')}</option>
            </select>
          </div>
          <div>
            <label htmlFor="pipeline-kind">{t('customer.kind')}</label>
            <select id="pipeline-kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
              <option value="">{t('pipeline.allKinds')}</option>
              <option value="company">{t('customer.kinds.company')}</option>
              <option value="contact">{t('customer.kinds.contact')}</option>
            </select>
          </div>
          <div>
            <label htmlFor="pipeline-owner">{t('customer.owner')}</label>
            <input id="pipeline-owner" maxLength={100} value={owner} onChange={(e) => setOwner(e.target.value)} />
          </div>
          <SourceSelect id="pipeline-source" value={source} onChange={setSource} none={t('pipeline.allSources')} />
        </div>
        <Problem text={columns.error ?? figures.error} />
      </section>
      {/* The board scrolls sideways: focusable, so a keyboard can scroll it too. */}
      <div className="pipeline-board" data-testid="pipeline-board" role="region" aria-label={t('pipeline.board')} tabIndex={0}>
        {stages.map((stage, i) => {
          const column = columns.data?.[i];
          return (
            <section key={stage} className="pipeline-column" aria-labelledby={`column-${stage}`} data-testid={`column-${stage}`}>
              <h3 id={`column-${stage}`}>
                {view === 'development' && `${i + 1}. `}
                {labels.stage(stage)} <span data-testid={`count-${stage}`}>({f.n(column?.total ?? null)})</span>
              </h3>
              <ul style={{ listStyle: 'none', padding: 0 }}>
                {column?.rows.map((c) => (
                  <Card key={`${c.id}-${c.stage}`} c={c} onMoved={reload} />
                ))}
              </ul>
              {column && column.total > column.rows.length && <p className="muted">{t('pipeline.more', { count: column.total - column.rows.length })}</p>}
            </section>
          );
        })}
      </div>
      <NewProspect onMade={reload} />
      {figures.data && (
        <section className="card" aria-labelledby="time-title">
          <h3 id="time-title">{t('pipeline.timePerStage')}</h3>
          <Scroll label={t('pipeline.timePerStage')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('list.stage')}</th>
                  <th scope="col" className="num">
                    {t('pipeline.now')}
                  </th>
                  <th scope="col" className="num">
                    {t('pipeline.currentDays')}
                  </th>
                  <th scope="col" className="num">
                    {t('pipeline.completed')}
                  </th>
                  <th scope="col" className="num">
                    {t('pipeline.medianDays')}
                  </th>
                  <th scope="col" className="num">
                    {t('pipeline.meanDays')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {figures.data.timePerStage.map((s) => (
                  <tr key={s.stage}>
                    <th scope="row">{labels.stage(s.stage)}</th>
                    <td className="num">{f.n(s.current)}</td>
                    <td className="num">{f.n(s.currentMeanDays)}</td>
                    <td className="num">{f.n(s.completed)}</td>
                    <td className="num">{f.n(s.medianDays)}</td>
                    <td className="num">{f.n(s.meanDays)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Scroll>
          <h3>{t('pipeline.conversion')}</h3>
          <Scroll label={t('pipeline.conversion')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('customer.source')}</th>
                  <th scope="col">{t('pipeline.step')}</th>
                  <th scope="col" className="num">
                    {t('pipeline.reached')}
                  </th>
                  <th scope="col" className="num">
                    {t('pipeline.converted')}
                  </th>
                  <th scope="col" className="num">
                    {t('pipeline.rate')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {figures.data.conversion.map((c) => (
                  <tr key={`${c.source}-${c.from}`}>
                    <td>{labels.source(c.source)}</td>
                    <td>
                      {labels.stage(c.from)} → {labels.stage(c.to)}
                    </td>
                    <td className="num">{f.n(c.reached)}</td>
                    <td className="num">{f.n(c.converted)}</td>
                    <td className="num">{f.pct(c.ratePct)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Scroll>
        </section>
      )}
    </>
  );
}
