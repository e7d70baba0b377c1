/**
 * One contact or company, as the account manager works from it: who they are, stage, tier (with
 * the rule and inputs that placed them), source and owner, the history over editions, the timeline
 * of notes and contacts (a new one added here), how their records were linked (each link's reason
 * and evidence, undo, split off, merge another in), and referrals by their invitation code.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { customersApi, type CustomerPageView, type EditionHistoryView } from '../../../core/api/console/customers';
import { formatInviteCode } from '../../../core/customers/inviteCode';
import { STAGES, type NoteKind, type Source, type Stage } from '../../../core/customers/pipeline';
import { call } from '../../net/client';
import { CustomerPicker } from './CustomerPicker';
import { NoteKindSelect, Problem, Scroll, SourceSelect, useAction, useFormat, useLabels, useLoad } from './shared';
import { TierExplained } from './TierExplained';

/** A link's evidence as "mobile: +86…, email: …" (values only; nested objects shortened). */
export function evidenceText(evidence: unknown): string {
  if (!evidence || typeof evidence !== 'object') return '';
  return Object.entries(evidence as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== '' && v !== undefined)
    .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join(' · ');
}

function StageAndOwner({ page, onSaved }: { page: CustomerPageView; onSaved: () => void }) {
  const { t } = useTranslation('customers');
  const labels = useLabels();
  const f = useFormat();
  const c = page.customer;
  const [stage, setStage] = useState<Stage>((c.stage as Stage | null) ?? 'collect');
  const [note, setNote] = useState('');
  const [source, setSource] = useState<Source | ''>(c.source as Source | '');
  const [owner, setOwner] = useState(c.owner);
  const move = useAction();
  const save = useAction();
  return (
    <section className="card" aria-labelledby="stage-title">
      <h3 id="stage-title">{t('customer.stageTitle')}</h3>
      <p data-testid="customer-stage">
        {labels.stage(c.stage)} {c.stageAt && <span className="muted">({t('customer.since', { when: f.dateTime(c.stageAt) })})</span>}
      </p>
      <form
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          void move.run(() => call(customersApi.stage, { params: { id: c.id }, body: { stage, note } })).then((ok) => {
            if (ok) {
              setNote('');
              onSaved();
            }
          });
        }}
      >
        <div className="row">
          <div>
            <label htmlFor="stage-to">{t('customer.moveTo')}</label>
            <select id="stage-to" value={stage} onChange={(e) => setStage(e.target.value as Stage)}>
              {STAGES.map((s) => (
                <option key={s} value={s}>
                  {labels.stage(s)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="stage-note">{t('customer.moveNote')}</label>
            <input id="stage-note" maxLength={5000} value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          <button type="submit" disabled={move.busy}>
            {t('customer.move')}
          </button>
        </div>
        <Problem text={move.error} />
      </form>
      <form
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          void save.run(() => call(customersApi.set, { params: { id: c.id }, body: { source, owner } })).then((ok) => ok && onSaved());
        }}
      >
        <div className="row">
          <SourceSelect id="customer-source" value={source} onChange={setSource} none={t('noSource')} />
          <div>
            <label htmlFor="customer-owner">{t('customer.owner')}</label>
            <input id="customer-owner" maxLength={100} value={owner} onChange={(e) => setOwner(e.target.value)} />
          </div>
          <button type="submit" className="secondary" disabled={save.busy}>
            {t('customer.save')}
          </button>
        </div>
        <Problem text={save.error} />
      </form>
    </section>
  );
}

function History({ history, company }: { history: EditionHistoryView[]; company: boolean }) {
  const { t } = useTranslation('customers');
  const f = useFormat();
  return (
    <section className="card" aria-labelledby="history-title">
      <h3 id="history-title">{t('customer.history')}</h3>
      {!history.length && <p className="muted">{t('customer.noHistory')}</p>}
      {history.map((h) => (
        <article key={h.eventId} className="card" aria-label={t('customer.edition', { edition: h.edition, name: h.name })}>
          <h4>
            {h.edition}. {h.name} <span className="muted">{f.date(h.startsOn)}</span>
          </h4>
          <dl className="kv">
            <dt>{t('customer.took')}</dt>
            <dd>{h.role ? t(`customer.role.${h.role}`) : t('customer.notCustomer')}</dd>
            {!company && (
              <>
                <dt>{t('customer.days')}</dt>
                <dd>{f.n(h.days)}</dd>
                <dt>{t('customer.category')}</dt>
                <dd>{h.category ?? '–'}</dd>
              </>
            )}
            {h.classification && (
              <>
                <dt>{t('customer.classification')}</dt>
                <dd>{[h.classification.country, h.classification.province, h.classification.industry, h.classification.companySize, ...h.classification.interests].filter(Boolean).join(' · ') || '–'}</dd>
              </>
            )}
            {company && (
              <>
                <dt>{t('customer.booth')}</dt>
                <dd>{h.booth ?? '–'}</dd>
                <dt>{t('customer.area')}</dt>
                <dd>{f.n(h.floorArea)}</dd>
                <dt>{t('customer.amount')}</dt>
                <dd>{f.n(h.contractAmount)}</dd>
              </>
            )}
            <dt>{company ? t('customer.leadsTaken') : t('customer.leadsGiven')}</dt>
            <dd>{t('customer.leads', { total: h.leads.total, hot: h.leads.hot, warm: h.leads.warm, cold: h.leads.cold })}</dd>
            <dt>{t('customer.tier')}</dt>
            <dd>{h.tier ? <TierExplained tier={h.tier} /> : t('customer.noTier')}</dd>
            <dt>{t('customer.surveys')}</dt>
            <dd>{t('customer.surveyCount', { count: h.surveyAnswers.length })}</dd>
          </dl>
          {h.complaints.length > 0 && (
            <>
              <h5>{t('customer.complaints')}</h5>
              <ul>
                {h.complaints.map((c) => (
                  <li key={c.id}>
                    {f.date(c.reportedAt)} · {c.category}: {c.description} — {c.answer ? t('customer.answered', { answer: c.answer }) : t('customer.notAnswered')}
                  </li>
                ))}
              </ul>
            </>
          )}
        </article>
      ))}
    </section>
  );
}

function Timeline({ page, onSaved }: { page: CustomerPageView; onSaved: () => void }) {
  const { t } = useTranslation('customers');
  const labels = useLabels();
  const f = useFormat();
  const [kind, setKind] = useState<NoteKind>('call');
  const [text, setText] = useState('');
  const [winBack, setWinBack] = useState(false);
  const add = useAction();
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h3 id="timeline-title">{t('customer.timeline')}</h3>
      <form
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          void add.run(() => call(customersApi.note, { params: { id: page.customer.id }, body: { kind, text, winBack } })).then((ok) => {
            if (ok) {
              setText('');
              setWinBack(false);
              onSaved();
            }
          });
        }}
      >
        <div className="row">
          <NoteKindSelect id="note-kind" label={t('customer.noteKind')} value={kind} onChange={setKind} />
          <div>
            <label htmlFor="note-text">{t('customer.noteText')}</label>
            <textarea id="note-text" required maxLength={5000} rows={2} value={text} onChange={(e) => setText(e.target.value)} />
          </div>
        </div>
        <label className="choice">
          <input type="checkbox" checked={winBack} onChange={(e) => setWinBack(e.target.checked)} /> {t('customer.winBack')}
        </label>
        <p>
          <button type="submit" disabled={add.busy || !text.trim()}>
            {t('customer.addNote')}
          </button>
        </p>
        <Problem text={add.error} />
      </form>
      <ol className="timeline" data-testid="timeline">
        {[...page.timeline].reverse().map((e) => (
          <li key={e.id}>
            <div className="meta">
              {f.dateTime(e.at)} · {e.by} · {e.kind === 'stage' ? t('timeline.stage') : e.kind === 'lost_reason' ? t('timeline.lost_reason') : labels.noteKind(e.kind)}
              {e.winBack && ` · ${t('customer.winBackMark')}`}
            </div>
            <div>
              {e.kind === 'stage' && t('timeline.moved', { from: labels.stage(e.from ?? null), to: labels.stage(e.to ?? null) })}
              {e.kind === 'lost_reason' && `${labels.reason(e.to ?? '')} `}
              {e.text}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Links({ page, onSaved }: { page: CustomerPageView; onSaved: () => void }) {
  const { t } = useTranslation('customers');
  const f = useFormat();
  const act = useAction();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const c = page.customer;
  const records = page.history.flatMap((h) => h.records.map((r) => ({ ...r, edition: `${h.edition}. ${h.name}` })));
  const toggle = (id: string) => setChosen((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  return (
    <section className="card" aria-labelledby="links-title">
      <h3 id="links-title">{t('links.title')}</h3>
      <Problem text={act.error} />
      <Scroll label={t('links.title')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('links.choose')}</th>
              <th scope="col">{t('links.edition')}</th>
              <th scope="col">{t('links.record')}</th>
              <th scope="col">{t('links.reason')}</th>
              <th scope="col">{t('links.evidence')}</th>
              <th scope="col">{t('links.action')}</th>
            </tr>
          </thead>
          <tbody>
            {records.map((r) => (
              <tr key={r.id}>
                <td>
                  <input type="checkbox" aria-label={t('links.chooseRecord', { name: r.name, edition: r.edition })} checked={chosen.has(r.id)} onChange={() => toggle(r.id)} />
                </td>
                <td>{r.edition}</td>
                <td>{r.erased ? <em>{t('list.erased')}</em> : `${r.name} · ${r.company}`}</td>
                <td>{t(`links.reasons.${r.reason}`, { defaultValue: r.reason })}</td>
                <td>
                  {evidenceText(r.evidence)} <span className="muted">({r.linkedBy}, {f.dateTime(r.linkedAt)})</span>
                </td>
                <td>
                  <button type="button" className="secondary" disabled={act.busy || records.length < 2} onClick={() => void act.run(() => call(customersApi.unlink, { params: { id: r.id }, body: { note: '' } })).then((ok) => ok && onSaved())}>
                    {t('links.unlink', { name: r.name })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Scroll>
      <p>
        <button
          type="button"
          className="secondary"
          disabled={act.busy || !chosen.size || chosen.size === records.length}
          onClick={() =>
            void act.run(() => call(customersApi.split, { params: { id: c.id }, body: { records: [...chosen], note: '' } })).then((ok) => {
              if (ok) {
                setChosen(new Set());
                onSaved();
              }
            })
          }
        >
          {t('links.split', { count: chosen.size })}
        </button>
      </p>
      <CustomerPicker
        id="merge-into-this"
        kind={c.kind}
        exclude={c.id}
        onPick={(other) => void act.run(() => call(customersApi.merge, { body: { into: c.id, from: other.id, note: '' } })).then((ok) => ok && onSaved())}
      />
      {page.moves.length > 0 && (
        <>
          <h4>{t('links.moves')}</h4>
          <ul>
            {page.moves.map((m) => (
              <li key={m.id}>
                {f.dateTime(m.at)} · {t(`links.actions.${m.action}`, { defaultValue: m.action })} · {m.by} · {t('links.records', { count: m.records.length })}{' '}
                {m.undoneAt ? (
                  <span className="muted">{t('links.undone', { when: f.dateTime(m.undoneAt) })}</span>
                ) : (
                  <button type="button" className="secondary" disabled={act.busy} onClick={() => void act.run(() => call(customersApi.undo, { params: { id: m.id }, body: {} })).then((ok) => ok && onSaved())}>
                    {t('links.undo')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** A registration of this edition came with another customer's code (a walk-in who showed one at the desk). */
function ReferralForm({ id, onSaved }: { id: string; onSaved: () => void }) {
  const { t } = useTranslation('customers');
  const [code, setCode] = useState('');
  const save = useAction();
  return (
    <form
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void save.run(() => call(customersApi.referral, { params: { id }, body: { inviteCode: code } })).then((ok) => ok && onSaved());
      }}
    >
      <div className="row">
        <div>
          <label htmlFor="referral-code">{t('customer.referralCode')}</label>
          <input id="referral-code" maxLength={40} autoCapitalize="characters" value={code} onChange={(e) => setCode(e.target.value)} />
        </div>
        <button type="submit" className="secondary" disabled={save.busy || !code.trim()}>
          {t('customer.saveReferral')}
        </button>
      </div>
      <Problem text={save.error} />
    </form>
  );
}

export function CustomerPage() {
  const { t } = useTranslation('customers');
  const labels = useLabels();
  const f = useFormat();
  const { id = '' } = useParams();
  const { data: page, error, reload } = useLoad(() => call(customersApi.get, { params: { id } }), [id]);
  if (!page) return <Problem text={error} />;
  const c = page.customer;
  const company = c.kind === 'company';
  return (
    <>
      <section className="card" aria-labelledby="customer-title" data-testid="customer-page">
        <h2 id="customer-title">{c.erased ? t('list.erased') : c.name}</h2>
        <Problem text={error} />
        {c.mergedInto && (
          <p className="notice">
            <Link to={`/console/customers/${c.mergedInto}`}>{t('customer.mergedInto')}</Link>
          </p>
        )}
        <dl className="kv">
          <dt>{t('customer.kind')}</dt>
          <dd>{t(`customer.kinds.${c.kind}`)}</dd>
          {!company && (
            <>
              <dt>{t('list.company')}</dt>
              <dd>{c.company || '–'}</dd>
            </>
          )}
          {company && (
            <>
              <dt>{t('customer.creditCode')}</dt>
              <dd>{c.creditCode || '–'}</dd>
            </>
          )}
          <dt>{t('list.contact')}</dt>
          <dd>{[c.mobile, c.email].filter(Boolean).join(' · ') || '–'}</dd>
          <dt>{t('customer.place')}</dt>
          <dd>{[c.country, c.province].filter(Boolean).join(' · ') || '–'}</dd>
          <dt>{t('customer.source')}</dt>
          <dd>{labels.source(c.source)}</dd>
          <dt>{t('customer.owner')}</dt>
          <dd>{c.owner || t('customer.noOwner')}</dd>
          <dt>{t('customer.inviteCode')}</dt>
          <dd data-testid="invite-code">{c.inviteCode ? formatInviteCode(c.inviteCode) : '–'}</dd>
          <dt>{t('customer.referredBy')}</dt>
          <dd>{page.referredBy ? <Link to={`/console/customers/${page.referredBy.customerId}`}>{page.referredBy.name}</Link> : '–'}</dd>
          <dt>{t('customer.referrals')}</dt>
          <dd data-testid="referrals">
            {page.referrals.length
              ? page.referrals.map((r, i) => (
                  <span key={`${r.customerId}-${r.at}`}>
                    {i > 0 && ', '}
                    <Link to={`/console/customers/${r.customerId}`}>{r.name}</Link> ({f.date(r.at)})
                  </span>
                ))
              : t('customer.noReferrals')}
          </dd>
        </dl>
        {!company && !c.erased && !c.mergedInto && !page.referredBy && <ReferralForm id={c.id} onSaved={reload} />}
      </section>
      {!c.erased && !c.mergedInto && <StageAndOwner key={`${c.stage}|${c.source}|${c.owner}`} page={page} onSaved={reload} />}
      <Timeline page={page} onSaved={reload} />
      <History history={page.history} company={company} />
      {!c.erased && !c.mergedInto && <Links page={page} onSaved={reload} />}
    </>
  );
}
