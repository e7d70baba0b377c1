/**
 * Lost customers are followed (客户流失管理): the exhibitors and the A and B buyers of the previous
 * edition who did not come to this one, each with the reason when known, their last complaint and
 * survey answers, and the win-back actions taken; one won back is marked recovered here.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { customersApi, type LostCustomerView } from '../../../core/api/console/customers';
import type { RetentionSide } from '../../../core/api/console/editions';
import { LOST_REASONS, type LostReason, type NoteKind } from '../../../core/customers/pipeline';
import { call } from '../../net/client';
import { NoteKindSelect, Problem, useAction, useFormat, useLabels, useLoad } from './shared';

function LostRow({ c, onSaved }: { c: LostCustomerView; onSaved: () => void }) {
  const { t } = useTranslation('customers');
  const labels = useLabels();
  const f = useFormat();
  const [reason, setReason] = useState<LostReason | ''>(c.reason?.reason ?? '');
  const [note, setNote] = useState(c.reason?.note ?? '');
  const [kind, setKind] = useState<NoteKind>('call');
  const [text, setText] = useState('');
  const act = useAction();
  const id = c.id;
  return (
    <article className="card" aria-labelledby={`lost-${id}`} data-testid={`lost-${id}`}>
      <h3 id={`lost-${id}`}>
        <Link to={`/console/customers/${id}`}>{c.name}</Link> {c.tier && <span className="muted">· {t('lost.tier', { tier: c.tier })}</span>}{' '}
        {c.recovered && <strong>· {labels.stage('won_back')}</strong>}
      </h3>
      <p className="muted">{[c.company !== c.name ? c.company : '', c.mobile, c.email].filter(Boolean).join(' · ')}</p>
      <dl className="kv">
        <dt>{t('lost.reason')}</dt>
        <dd>{c.reason ? `${labels.reason(c.reason.reason)}${c.reason.note ? ` — ${c.reason.note}` : ''}` : t('lost.noReason')}</dd>
        <dt>{t('lost.lastComplaint')}</dt>
        <dd>
          {c.lastComplaint
            ? `${f.date(c.lastComplaint.reportedAt)} · ${c.lastComplaint.category}: ${c.lastComplaint.description} — ${c.lastComplaint.answer ? t('customer.answered', { answer: c.lastComplaint.answer }) : t('customer.notAnswered')}`
            : t('lost.noComplaint')}
        </dd>
        <dt>{t('lost.surveys')}</dt>
        <dd>{t('customer.surveyCount', { count: c.surveyAnswers.length })}</dd>
        <dt>{t('lost.actions')}</dt>
        <dd>
          {c.winBackActions.length ? (
            <ul>
              {c.winBackActions.map((a) => (
                <li key={a.id}>
                  {f.date(a.at)} · {labels.noteKind(a.kind)} · {a.by}: {a.text}
                </li>
              ))}
            </ul>
          ) : (
            t('lost.noActions')
          )}
        </dd>
      </dl>
      <div className="row">
        <div>
          <label htmlFor={`reason-${id}`}>{t('lost.reason')}</label>
          <select id={`reason-${id}`} value={reason} onChange={(e) => setReason(e.target.value as LostReason | '')}>
            <option value="">{t('lost.chooseReason')}</option>
            {LOST_REASONS.map((r) => (
              <option key={r} value={r}>
                {labels.reason(r)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`reason-note-${id}`}>{t('lost.reasonNote')}</label>
          <input id={`reason-note-${id}`} maxLength={5000} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        <button type="button" className="secondary" disabled={act.busy || !reason} onClick={() => reason && void act.run(() => call(customersApi.lostReason, { params: { id }, body: { reason, note } })).then((ok) => ok && onSaved())}>
          {t('lost.saveReason', { name: c.name })}
        </button>
      </div>
      <div className="row">
        <NoteKindSelect id={`action-kind-${id}`} label={t('lost.actionKind')} value={kind} onChange={setKind} />
        <div>
          <label htmlFor={`action-text-${id}`}>{t('lost.actionText')}</label>
          <input id={`action-text-${id}`} maxLength={5000} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <button
          type="button"
          className="secondary"
          disabled={act.busy || !text.trim()}
          onClick={() =>
            void act.run(() => call(customersApi.note, { params: { id }, body: { kind, text, winBack: true } })).then((ok) => {
              if (ok) {
                setText('');
                onSaved();
              }
            })
          }
        >
          {t('lost.addAction', { name: c.name })}
        </button>
      </div>
      {!c.recovered && (
        <p>
          <button type="button" disabled={act.busy} onClick={() => void act.run(() => call(customersApi.recovered, { params: { id }, body: { note: '' } })).then((ok) => ok && onSaved())}>
            {t('lost.recovered', { name: c.name })}
          </button>
        </p>
      )}
      <Problem text={act.error} />
    </article>
  );
}

export function LostPage() {
  const { t } = useTranslation('customers');
  const labels = useLabels();
  const f = useFormat();
  const [side, setSide] = useState<RetentionSide>('exhibitors');
  const { data, error, reload } = useLoad(() => call(customersApi.lost, { query: { side, limit: 200 } }), [side]);
  const s = data?.summary;
  return (
    <>
      <section className="card" aria-labelledby="lost-title">
        <h2 id="lost-title">{t('lost.title')}</h2>
        <label htmlFor="lost-side">{t('lost.side')}</label>
        <select id="lost-side" value={side} onChange={(e) => setSide(e.target.value as RetentionSide)}>
          <option value="exhibitors">{t('retention.exhibitors')}</option>
          <option value="visitors">{t('lost.buyers')}</option>
        </select>
        <Problem text={error} />
        {s && (
          <p role="status" data-testid="lost-summary">
            {t('lost.summary', { lost: f.n(s.lost), withReason: f.n(s.withReason), recovered: f.n(s.recovered), pct: f.pct(s.recoveredPct) })}{' '}
            {LOST_REASONS.filter((r) => s.byReason[r]).map((r) => `${labels.reason(r)} ${f.n(s.byReason[r])}`).join(' · ')}
          </p>
        )}
      </section>
      {data?.rows.map((c) => (
        <LostRow key={`${c.id}-${c.reason?.reason ?? ''}-${c.winBackActions.length}-${c.recovered}`} c={c} onSaved={reload} />
      ))}
      {data && !data.rows.length && <p className="muted">{t('lost.none')}</p>}
      {data?.next && <p className="muted">{t('lost.moreThan', { count: data.rows.length })}</p>}
    </>
  );
}
