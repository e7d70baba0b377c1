/**
 * Walk-in registration on the visitor information form (信息表), offline: the organizer's form
 * configuration decides fields, order, required and options. A mobile or email that belongs to
 * someone already registered is offered instead of creating a duplicate: looked up when the field
 * is left and again on every submit, before anything is written, however fast staff press Enter.
 * A number that does not validate is a warning staff confirm, never a refusal. Saving creates the
 * visitor, a badge signed by this desk and the check-in.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { VISITOR_CATEGORIES, CATEGORY_COLOURS } from '../../core/categories';
import type { FormField, FormFieldKey } from '../../core/forms/visitorForm';
import { localized } from '../../core/schema/localized';
import { checkIn } from '../data/checkins';
import { loadVisitorForm } from '../data/forms';
import { EMPTY_WALK_IN, registerWalkIn, validateWalkIn, WalkInInvalidError, type WalkInErrors, type WalkInInput, type WalkInWarnings } from '../data/walkins';
import { classifyStorageError } from '../data/storageErrors';
import type { LocalVisitor } from '../data/walkins';
import { countryOptions } from '../ui/countries';
import { useEventTaxonomies, useTaxonomyView } from '../data/taxonomy';
import type { SearchEntry } from './search/rosterIndex';
import { walkInFromCard } from './cardToWalkIn';
import { findExistingVisitor } from './search/searchClient';
import { WalkInClassification } from './WalkInClassification';
import { TreePicker } from '../ui/TreePicker';
import { useDraft } from '../ui/useDraft';

// Card reading and its worker load only when staff open it: most walk-ins are typed.
const CardCapture = lazy(() => import('../cards/CardCapture'));

type TextKey = 'name' | 'company' | 'title' | 'mobile' | 'email';
const INPUT_TYPES: Record<TextKey, { type: string; inputMode?: 'tel' | 'email' | 'text'; autoComplete: string }> = {
  name: { type: 'text', autoComplete: 'off' },
  company: { type: 'text', autoComplete: 'off' },
  title: { type: 'text', autoComplete: 'off' },
  mobile: { type: 'tel', inputMode: 'tel', autoComplete: 'off' },
  email: { type: 'email', inputMode: 'email', autoComplete: 'off' },
};

function Field({ id, label, required, error, warning, children }: { id: string; label: string; required: boolean; error?: string; warning?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="form-field" data-field={id}>
      <label htmlFor={`walkin-${id}`}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {children}
      {error && (
        <p className="field-error" id={`walkin-${id}-error`} role="alert">
          {t(error)}
        </p>
      )}
      {!error && warning && (
        <p className="field-warning" id={`walkin-${id}-warning`} role="status" data-testid={`walkin-${id}-warning`}>
          {t(warning)}
        </p>
      )}
    </div>
  );
}

export function WalkInPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const form = useLiveQuery(loadVisitorForm, []);
  const taxonomy = useTaxonomyView(lang);
  const taxonomies = useEventTaxonomies();
  const countries = useMemo(() => countryOptions(lang), [lang]);
  // Kept as a draft: a reload or a switch to the check-in tab mid-form loses nothing (decision 57).
  const [input, setInput, clearDraft] = useDraft<WalkInInput>('walkin', EMPTY_WALK_IN);
  const [errors, setErrors] = useState<WalkInErrors>({});
  const [warnings, setWarnings] = useState<WalkInWarnings>({});
  /** The mobile staff confirmed to keep as typed: the warning is not asked again for it. */
  const [keptMobile, setKeptMobile] = useState<string | null>(null);
  const [askKeep, setAskKeep] = useState(false);
  const [existing, setExisting] = useState<SearchEntry[]>([]);
  const [dismissed, setDismissed] = useState<string[]>([]);
  const [saved, setSaved] = useState<LocalVisitor | null>(null);
  const [usedExisting, setUsedExisting] = useState<SearchEntry | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [readingCard, setReadingCard] = useState(false);
  // Set before the first await of a submit: a second Enter while the first is checking or saving
  // must not register the visitor twice (state would only say "busy" after the next render).
  const submitting = useRef(false);

  if (!form) return null;

  const set = (patch: Partial<WalkInInput>) => setInput((prev) => ({ ...prev, ...patch }));

  async function lookForExisting(next: WalkInInput) {
    if (!form) return;
    const { mobile, email, errors: e, warnings: w } = validateWalkIn(next, form);
    setWarnings(w);
    const found = await findExistingVisitor(mobile, e.email ? '' : email);
    setExisting(found);
  }

  async function onSubmit(event: Pick<FormEvent, 'preventDefault'>, keepMobile = false) {
    event.preventDefault();
    if (!form || submitting.current) return;
    submitting.current = true;
    setBusy(true);
    try {
      await submit(keepMobile);
    } finally {
      submitting.current = false;
      setBusy(false);
    }
  }

  async function submit(keepMobile: boolean) {
    if (!form) return;
    setProblem(null);
    const { errors: e, warnings: w, mobile, email } = validateWalkIn(input, form);
    setErrors(e);
    setWarnings(w);
    if (Object.keys(e).length) {
      document.getElementById(`walkin-${Object.keys(e)[0]}`)?.focus();
      return;
    }
    // Someone with this mobile or email is already registered: offer them before creating a
    // duplicate. Asked on every submit, whatever was typed last and however fast: the lookup
    // waits for the desk's index to hold the whole roster and reads this desk's own walk-ins.
    const found = (await findExistingVisitor(mobile, email)).filter((x) => !dismissed.includes(x.id));
    if (found.length) {
      setExisting(found);
      document.getElementById('existing-visitor-first')?.focus();
      return;
    }
    setExisting([]);
    if (w.mobile && !keepMobile && keptMobile !== mobile) {
      setAskKeep(true);
      return;
    }
    const { visitor } = await registerWalkIn(input, form, taxonomies).catch((err: unknown) => {
      if (err instanceof WalkInInvalidError) setErrors(err.errors);
      else setProblem(t(`errors.storage.${classifyStorageError(err)}`, { detail: (err as Error).message }));
      return { visitor: null };
    });
    if (visitor) {
      setSaved(visitor);
      clearDraft();
    }
  }

  async function checkInExisting(entry: SearchEntry) {
    setProblem(null);
    try {
      await checkIn(entry.badgeCode, 'search');
      setUsedExisting(entry);
      clearDraft();
    } catch (err) {
      setProblem(t(`errors.storage.${classifyStorageError(err)}`, { detail: (err as Error).message }));
    }
  }

  function reset() {
    clearDraft();
    setErrors({});
    setWarnings({});
    setKeptMobile(null);
    setAskKeep(false);
    setExisting([]);
    setDismissed([]);
    setSaved(null);
    setUsedExisting(null);
    setReadingCard(false);
  }

  if (saved || usedExisting) {
    const who = saved ?? usedExisting;
    return (
      <section className="card scan-result admitted" data-testid="walkin-saved" aria-live="assertive">
        <div className="verdict">{saved ? t('walkin.saved') : t('walkin.usedExisting')}</div>
        <div className="who">{who?.name}</div>
        {who?.company && <div className="company">{who.company}</div>}
        <div className="row" style={{ marginTop: '1rem' }}>
          {who && (
            <Link className="button" to={`/desk/print/${who.id}`}>
              {t('walkin.printBadge')}
            </Link>
          )}
          <button type="button" className="secondary" onClick={reset}>
            {t('walkin.next')}
          </button>
        </div>
      </section>
    );
  }

  const offers = existing.filter((e) => !dismissed.includes(e.id));
  const errorProps = (key: FormFieldKey) => (errors[key] ? { 'aria-invalid': true, 'aria-describedby': `walkin-${key}-error` } : {});

  function renderField(field: FormField): ReactNode {
    if (!field.shown) return null;
    const label = t(`walkin.field.${field.key}`);
    const common = { id: field.key, label, required: field.required, error: errors[field.key], warning: field.key === 'mobile' ? warnings.mobile : undefined };
    switch (field.key) {
      case 'name':
      case 'company':
      case 'title':
      case 'mobile':
      case 'email': {
        const key = field.key;
        const spec = INPUT_TYPES[key];
        return (
          <Field key={field.key} {...common}>
            <input
              id={`walkin-${key}`}
              type={spec.type}
              inputMode={spec.inputMode}
              autoComplete={spec.autoComplete}
              maxLength={key === 'email' ? 254 : 200}
              value={input[key]}
              onChange={(e) => {
                set({ [key]: e.target.value });
                if (key === 'mobile') setAskKeep(false);
              }}
              onBlur={key === 'mobile' || key === 'email' ? () => void lookForExisting(input) : undefined}
              placeholder={key === 'mobile' ? t('walkin.mobileHint') : undefined}
              {...errorProps(key)}
            />
          </Field>
        );
      }
      case 'jobFunction':
      case 'visitPurpose':
      case 'purchaseRole':
      case 'heardVia': {
        const key = field.key;
        return (
          <Field key={field.key} {...common}>
            <select id={`walkin-${key}`} value={input[key]} onChange={(e) => set({ [key]: e.target.value })} {...errorProps(key)}>
              <option value="">{t('walkin.choose')}</option>
              {(field.options ?? []).map((o) => (
                <option key={o.value} value={o.value}>
                  {localized(o.label, lang)}
                </option>
              ))}
            </select>
          </Field>
        );
      }
      case 'country':
        return (
          <Field key={field.key} {...common}>
            <select id="walkin-country" value={input.country} onChange={(e) => set({ country: e.target.value, province: '', city: '' })} {...errorProps('country')}>
              <option value="">{t('walkin.choose')}</option>
              {countries.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </Field>
        );
      case 'region': {
        const province = taxonomy.provinces.find((p) => p.value === input.province);
        return (
          <Field key={field.key} {...common}>
            <div className="row">
              <select id="walkin-region" aria-label={t('walkin.province')} value={input.province} onChange={(e) => set({ province: e.target.value, city: '', country: e.target.value ? 'CN' : input.country })} {...errorProps('region')}>
                <option value="">{t('walkin.province')}</option>
                {taxonomy.provinces.map((p) => (
                  <option key={p.value} value={p.value}>
                    {p.label}
                  </option>
                ))}
              </select>
              <select aria-label={t('walkin.city')} value={input.city} disabled={!province} onChange={(e) => set({ city: e.target.value })}>
                <option value="">{t('walkin.city')}</option>
                {(province?.cities ?? []).map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </select>
            </div>
          </Field>
        );
      }
      case 'industry':
      case 'companySize': {
        const key = field.key;
        const options = key === 'industry' ? taxonomy.industries : taxonomy.companySizes;
        return (
          <Field key={field.key} {...common}>
            <select id={`walkin-${key}`} value={input[key]} onChange={(e) => set({ [key]: e.target.value })} {...errorProps(key)}>
              <option value="">{t('walkin.choose')}</option>
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </Field>
        );
      }
      case 'interests':
        return (
          <fieldset key="interests" data-field="interests" aria-describedby={errors.interests ? 'walkin-interests-error' : undefined}>
            <legend id="walkin-interests">
              {label}
              {field.required ? <span aria-hidden="true"> *</span> : null}
            </legend>
            <TreePicker
              options={taxonomy.interests}
              selected={input.interests}
              onChange={(interests) => set({ interests })}
              labelledBy="walkin-interests"
              describedBy={errors.interests ? 'walkin-interests-error' : undefined}
            />
            {errors.interests && (
              <p className="field-error" id="walkin-interests-error" role="alert">
                {t(errors.interests)}
              </p>
            )}
          </fieldset>
        );
      case 'consentData':
      case 'consentShare': {
        const key = field.key;
        return (
          <div key={key} className="form-field" data-field={key}>
            <label className="choice">
              <input id={`walkin-${key}`} type="checkbox" checked={input[key]} onChange={(e) => set({ [key]: e.target.checked })} {...errorProps(key)} />
              {t(`walkin.field.${key}`)}
              {field.required ? <span aria-hidden="true"> *</span> : null}
            </label>
            {errors[key] && (
              <p className="field-error" id={`walkin-${key}-error`} role="alert">
                {t(errors[key] as string)}
              </p>
            )}
          </div>
        );
      }
    }
  }

  if (readingCard) {
    return (
      <Suspense fallback={<p className="muted">{t('walkin.loadingCard')}</p>}>
        <CardCapture
          onConfirm={({ fields }) => {
            const next = walkInFromCard(fields, input);
            setInput(next);
            setReadingCard(false);
            void lookForExisting(next);
          }}
          onCancel={() => setReadingCard(false)}
        />
      </Suspense>
    );
  }

  return (
    <form className="card" onSubmit={onSubmit} noValidate data-testid="walkin-form">
      <div className="row" style={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <h2>{t('walkin.title')}</h2>
        <button type="button" className="secondary" onClick={() => setReadingCard(true)}>
          {t('walkin.fromCard')}
        </button>
      </div>
      {input.source === 'card' && (
        <p className="notice" role="status" data-testid="walkin-from-card">
          {t('walkin.filledFromCard')}
        </p>
      )}
      <fieldset>
        <legend>{t('walkin.category')}</legend>
        <div className="choice-grid">
          {VISITOR_CATEGORIES.map((c) => (
            <label key={c} className="choice" style={{ borderColor: input.category === c ? CATEGORY_COLOURS[c] : undefined }}>
              <input type="radio" name="category" value={c} checked={input.category === c} onChange={() => set({ category: c })} />
              {t(`category.${c}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {form.fields.map(renderField)}
      <WalkInClassification input={input} taxonomies={taxonomies} view={taxonomy} countries={countries} onCorrections={(corrections) => set({ corrections })} />
      {offers.length > 0 && (
        <div className="notice warn" role="alert" data-testid="existing-visitor">
          <p>{t('walkin.existing')}</p>
          {offers.map((e, i) => (
            <div key={e.id} className="row">
              <div>
                <strong>{e.name}</strong> {e.company}
                {(e.editions ?? 0) > 0 && (
                  <span className="returning" data-testid="existing-returning">
                    {' '}
                    {t('desk.returningShort', { count: e.editions })}
                  </span>
                )}
              </div>
              <button type="button" id={i === 0 ? 'existing-visitor-first' : undefined} onClick={() => void checkInExisting(e)}>
                {t('walkin.useExisting')}
              </button>
              <button type="button" className="secondary" onClick={() => setDismissed((d) => [...d, e.id])}>
                {t('walkin.notThem')}
              </button>
            </div>
          ))}
        </div>
      )}
      {askKeep && warnings.mobile && (
        <div className="notice warn" role="alert" data-testid="walkin-keep-mobile">
          <p>{t('walkin.keepMobile', { mobile: input.mobile.trim() })}</p>
          <div className="row">
            <button
              type="button"
              disabled={busy}
              onClick={(e) => {
                setKeptMobile(validateWalkIn(input, form).mobile);
                setAskKeep(false);
                void onSubmit(e, true);
              }}
            >
              {t('walkin.keepMobileSave')}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setAskKeep(false);
                document.getElementById('walkin-mobile')?.focus();
              }}
            >
              {t('walkin.keepMobileCorrect')}
            </button>
          </div>
        </div>
      )}
      {problem && (
        <p className="notice bad" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" disabled={busy} style={{ marginTop: '1rem' }}>
        {busy ? t('walkin.saving') : t('walkin.save')}
      </button>
    </form>
  );
}
