/**
 * The ABC tier rules (客户ABC分类), shown with their versions and edited here: checked with the same
 * schema the server uses before sending, saved as the next version, then the current edition is
 * tiered again under them. The counts per tier open the customers with the inputs that placed them.
 */
import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { customersApi } from '../../../core/api/console/customers';
import { companyTierRuleSchema, contactTierRuleSchema, TIERS, type CompanyTierRule, type ContactTierRule, type Tier } from '../../../core/customers/tiers';
import { call } from '../../net/client';
import { issuesText } from '../../net/errorText';
import { Problem, Scroll, useAction, useFormat, useLoad } from './shared';
import { TierExplained } from './TierExplained';

const CATEGORIES = ['trade', 'vip_buyer', 'public'] as const;

function NumberField({ id, label, value, onChange, min = 0, max = 100, step = 1 }: { id: string; label: string; value: number; onChange: (n: number) => void; min?: number; max?: number; step?: number }) {
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" inputMode="decimal" min={min} max={max} step={step} value={Number.isFinite(value) ? value : ''} onChange={(e) => onChange(e.target.valueAsNumber)} />
    </div>
  );
}

/**
 * Saving one side's rule: checked with the server's own schema before sending (the problem said
 * in words), saved as the next version, then the page reloads its tiers.
 */
function useRuleSave<R>(schema: z.ZodType<R>, save: (rule: R) => Promise<{ version: number }>, onSaved: () => void) {
  const { t } = useTranslation('customers');
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const action = useAction();
  async function submit(e: FormEvent, draft: unknown) {
    e.preventDefault();
    setSaved(null);
    const parsed = schema.safeParse(draft);
    if (!parsed.success) return setProblem(issuesText(t, parsed.error.issues));
    setProblem(null);
    await action.run(async () => {
      setSaved((await save(parsed.data)).version);
      onSaved();
    });
  }
  const footer = (
    <>
      <p>
        <button type="submit" disabled={action.busy}>
          {t('tiers.save')}
        </button>
      </p>
      <Problem text={problem ?? action.error} />
      {saved !== null && (
        <p className="notice" role="status">
          {t('tiers.saved', { version: saved })}
        </p>
      )}
    </>
  );
  return { submit, footer };
}

function CompanyRule({ rule, version, onSaved }: { rule: CompanyTierRule; version: number; onSaved: () => void }) {
  const { t } = useTranslation('customers');
  const [draft, setDraft] = useState<CompanyTierRule>(rule);
  const { submit, footer } = useRuleSave(companyTierRuleSchema, (body) => call(customersApi.saveTierRule, { body }), onSaved);
  const set = (patch: Partial<CompanyTierRule>) => setDraft((d) => ({ ...d, ...patch }));
  return (
    <form className="card" aria-labelledby="company-rule-title" onSubmit={(e) => void submit(e, draft)}>
      <h3 id="company-rule-title">{t('tiers.companyRule', { version })}</h3>
      <p className="muted">{t('tiers.companyExplain', { measure: t(`tiers.measures.${draft.measure}`), editions: draft.editions, a: draft.aPct, b: draft.bPct })}</p>
      <div className="row">
        <div>
          <label htmlFor="company-measure">{t('tiers.measure')}</label>
          <select id="company-measure" value={draft.measure} onChange={(e) => set({ measure: e.target.value as CompanyTierRule['measure'] })}>
            <option value="contract_amount">{t('tiers.measures.contract_amount')}</option>
            <option value="floor_area">{t('tiers.measures.floor_area')}</option>
          </select>
        </div>
        <NumberField id="company-editions" label={t('tiers.editions')} value={draft.editions} min={1} max={20} onChange={(n) => set({ editions: n })} />
        <NumberField id="company-a" label={t('tiers.aPct')} value={draft.aPct} onChange={(n) => set({ aPct: n })} />
        <NumberField id="company-b" label={t('tiers.bPct')} value={draft.bPct} onChange={(n) => set({ bPct: n })} />
      </div>
      {footer}
    </form>
  );
}

function ContactRule({ rule, version, onSaved }: { rule: ContactTierRule; version: number; onSaved: () => void }) {
  const { t } = useTranslation('customers');
  const [draft, setDraft] = useState<ContactTierRule>(rule);
  const { submit, footer } = useRuleSave(contactTierRuleSchema, (body) => call(customersApi.saveTierRule, { body }), onSaved);
  const weight = (key: keyof ContactTierRule['weights'], n: number) => setDraft((d) => ({ ...d, weights: { ...d.weights, [key]: n } }));
  return (
    <form className="card" aria-labelledby="contact-rule-title" onSubmit={(e) => void submit(e, draft)}>
      <h3 id="contact-rule-title">{t('tiers.contactRule', { version })}</h3>
      <p className="muted">{t('tiers.contactExplain', { ...draft.weights, a: draft.aPct, b: draft.bPct })}</p>
      <fieldset>
        <legend>{t('tiers.categories')}</legend>
        {CATEGORIES.map((c) => (
          <label key={c} className="choice">
            <input
              type="checkbox"
              checked={draft.categories.includes(c)}
              onChange={(e) => setDraft((d) => ({ ...d, categories: e.target.checked ? [...d.categories, c] : d.categories.filter((x) => x !== c) }))}
            />{' '}
            {t(`tiers.category.${c}`)}
          </label>
        ))}
      </fieldset>
      <div className="row">
        <NumberField id="weight-day" label={t('tiers.weights.day')} value={draft.weights.day} max={1000} step={0.1} onChange={(n) => weight('day', n)} />
        <NumberField id="weight-hot" label={t('tiers.weights.hotLead')} value={draft.weights.hotLead} max={1000} step={0.1} onChange={(n) => weight('hotLead', n)} />
        <NumberField id="weight-decides" label={t('tiers.weights.decides')} value={draft.weights.decides} max={1000} step={0.1} onChange={(n) => weight('decides', n)} />
        <NumberField id="weight-recommends" label={t('tiers.weights.recommends')} value={draft.weights.recommends} max={1000} step={0.1} onChange={(n) => weight('recommends', n)} />
      </div>
      <div className="row">
        <NumberField id="contact-a" label={t('tiers.aPct')} value={draft.aPct} onChange={(n) => setDraft((d) => ({ ...d, aPct: n }))} />
        <NumberField id="contact-b" label={t('tiers.bPct')} value={draft.bPct} onChange={(n) => setDraft((d) => ({ ...d, bPct: n }))} />
      </div>
      {footer}
    </form>
  );
}

function TierMembers({ kind, tier }: { kind: 'contact' | 'company'; tier: Tier }) {
  const { t } = useTranslation('customers');
  const { data, error } = useLoad(() => call(customersApi.tierList, { query: { kind, tier, limit: 100 } }), [kind, tier]);
  return (
    <section className="card" aria-labelledby="members-title">
      <h3 id="members-title">{t('tiers.members', { tier, side: t(`tiers.side.${kind}`) })}</h3>
      <Problem text={error} />
      <Scroll label={t('tiers.members', { tier, side: t(`tiers.side.${kind}`) })}>
        <table>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('tiers.rank')}
              </th>
              <th scope="col">{t('list.name')}</th>
              <th scope="col">{t('tiers.why')}</th>
            </tr>
          </thead>
          <tbody>
            {data?.rows.map((r) => (
              <tr key={r.id}>
                <td className="num">{r.rank}</td>
                <td>
                  <Link to={`/console/customers/${r.id}`}>{r.name}</Link> {r.company && r.company !== r.name && <span className="muted">{r.company}</span>}
                </td>
                <td>
                  <TierExplained tier={r} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Scroll>
    </section>
  );
}

export function TierRules() {
  const { t } = useTranslation('customers');
  const f = useFormat();
  const rules = useLoad(() => call(customersApi.tierRules, {}), []);
  const counts = useLoad(() => call(customersApi.tiers, {}), []);
  const compute = useAction();
  const [open, setOpen] = useState<{ kind: 'contact' | 'company'; tier: Tier } | null>(null);
  const sides = [
    ['contact', counts.data?.contacts ?? null],
    ['company', counts.data?.companies ?? null],
  ] as const;
  return (
    <>
      <section className="card" aria-labelledby="tiers-title">
        <h2 id="tiers-title">{t('tiers.title')}</h2>
        <Problem text={rules.error ?? counts.error ?? compute.error} />
        <Scroll label={t('tiers.counts')}>
          <table data-testid="tier-counts">
            <thead>
              <tr>
                <th scope="col">{t('tiers.sideTitle')}</th>
                {TIERS.map((tier) => (
                  <th key={tier} scope="col" className="num">
                    {tier}
                  </th>
                ))}
                <th scope="col">{t('tiers.ruleVersion')}</th>
              </tr>
            </thead>
            <tbody>
              {sides.map(([kind, c]) => (
                <tr key={kind}>
                  <th scope="row">{t(`tiers.side.${kind}`)}</th>
                  {TIERS.map((tier) => (
                    <td key={tier} className="num">
                      {c ? (
                        <button type="button" className="secondary" aria-label={t('tiers.open', { tier, side: t(`tiers.side.${kind}`), count: c[tier] })} onClick={() => setOpen({ kind, tier })}>
                          {f.n(c[tier])}
                        </button>
                      ) : (
                        '–'
                      )}
                    </td>
                  ))}
                  <td>{c ? c.ruleVersion : t('tiers.notComputed')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
        <p>
          <button
            type="button"
            disabled={compute.busy}
            onClick={() =>
              void compute.run(() => call(customersApi.computeTiers, { body: {} })).then((ok) => {
                if (ok) counts.reload();
              })
            }
          >
            {t('tiers.recompute')}
          </button>
        </p>
      </section>
      {open && <TierMembers key={`${open.kind}-${open.tier}`} kind={open.kind} tier={open.tier} />}
      {rules.data && (
        <>
          <CompanyRule key="company" rule={rules.data.company.rule} version={rules.data.company.version} onSaved={rules.reload} />
          <ContactRule key="contact" rule={rules.data.contact.rule} version={rules.data.contact.version} onSaved={rules.reload} />
        </>
      )}
    </>
  );
}
