/**
 * Complaint and suggestion intake at the information desk: what kind, which area, how serious,
 * what happened (and a photo), how to reach the person and in which language, with their consent.
 * Saved offline; the organizer follows it up in the console until the person has an answer.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type ChangeEvent } from 'react';
import { useDraft } from '../ui/useDraft';
import { useTranslation } from 'react-i18next';
import { FEEDBACK_DESCRIPTION_MAX, FEEDBACK_TYPES, SEVERITIES } from '../../core/feedback/schema';
import { localized } from '../../core/schema/localized';
import { RESPONSE_LANGUAGES, STAFF_CHANNELS, type ResponseLanguage } from '../../core/surveys/response';
import { AUDIENCES } from '../../core/surveys/schema';
import { charCount } from '../../core/text/freeText';
import { captureFeedback, loadFeedbackCategories, validateFeedback, type FeedbackInput } from '../data/feedback';
import { PhotoUnreadableError, preparePhoto } from '../data/feedbackPhotos';
import { classifyStorageError } from '../data/storageErrors';
import { isLanguage } from '../i18n';
import { BadgeLinker, type Linked } from './BadgeLinker';
import { NATIVE_LANGUAGE_NAMES } from '../ui/languageNames';
import { problemText } from '../net/errorText';


function emptyInput(lang: string): FeedbackInput {
  return {
    type: 'complaint',
    category: 'other',
    severity: 'normal',
    description: '',
    channel: 'desk',
    audience: 'trade_visitor',
    contactName: '',
    contactEmail: '',
    contactPhone: '',
    preferredLanguage: isLanguage(lang) ? lang : 'zh-CN',
    consentContact: false,
    attendeeId: null,
  };
}

function IntakeForm({ onSaved }: { onSaved(id: string): void }) {
  const { t: ts } = useTranslation('surveys');
  const { t: tc } = useTranslation();
  // Declared last: the i18n key check reads the nearest useTranslation above a t() call.
  const { t, i18n } = useTranslation('feedback');
  const categories = useLiveQuery(loadFeedbackCategories, []) ?? [];
  // Kept as a draft while staff take the case down (decision 57); forgotten when the staff area locks.
  const empty = useMemo(() => emptyInput(i18n.language), [i18n.language]);
  const [input, setInput, clearDraft] = useDraft<FeedbackInput>('kiosk.feedback', empty);
  const [linked, setLinked] = useState<Linked | null>(null);
  const [photo, setPhoto] = useState<{ bytes: ArrayBuffer; url: string } | null>(null);
  const [errors, setErrors] = useState<Partial<Record<keyof FeedbackInput, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<FeedbackInput>) => setInput((prev) => ({ ...prev, ...patch }));
  const count = charCount(input.description);
  // The organizer may have replaced the list: fall back to its first category.
  const category = categories.some((c) => c.value === input.category) ? input.category : (categories[0]?.value ?? input.category);

  async function onPhoto(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setProblem(null);
    try {
      const blob = await preparePhoto(file);
      if (photo) URL.revokeObjectURL(photo.url);
      setPhoto({ bytes: await blob.arrayBuffer(), url: URL.createObjectURL(blob) });
    } catch (error) {
      setProblem(error instanceof PhotoUnreadableError ? t('intake.photoUnreadable') : (error as Error).message);
    }
  }

  async function save() {
    const full = { ...input, category, attendeeId: linked?.attendeeId ?? null, audience: linked?.audience ?? input.audience };
    const problems = validateFeedback(full);
    const found: Partial<Record<keyof FeedbackInput, string>> = {};
    for (const [key, p] of Object.entries(problems)) found[key as keyof FeedbackInput] = problemText(t, p, false);
    // The character limit gets our own sentence, with the count, rather than the schema's.
    if (count > FEEDBACK_DESCRIPTION_MAX) found.description = t('intake.tooLong', { n: count.toLocaleString(i18n.language), max: FEEDBACK_DESCRIPTION_MAX.toLocaleString(i18n.language) });
    else if (found.description) found.description = t('intake.describe');
    if (found.consentContact) found.consentContact = t('intake.consentNeeded');
    if (found.contactEmail) found.contactEmail = t('intake.emailInvalid');
    if (found.contactPhone) found.contactPhone = t('intake.phoneInvalid');
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      const saved = await captureFeedback(full, photo?.bytes ?? null);
      if (photo) URL.revokeObjectURL(photo.url);
      clearDraft();
      onSaved(saved.id);
    } catch (error) {
      setProblem(tc(`errors.storage.${classifyStorageError(error)}`, { detail: (error as Error).message }));
      setBusy(false);
    }
  }

  const err = (key: keyof FeedbackInput) =>
    errors[key] ? (
      <p className="field-error" id={`fb-${key}-error`} role="alert">
        {errors[key]}
      </p>
    ) : null;
  const invalid = (key: keyof FeedbackInput) => (errors[key] ? { 'aria-invalid': true, 'aria-describedby': `fb-${key}-error` } : {});

  return (
    <form
      className="card staff-form"
      data-testid="feedback-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <fieldset className="question">
        <legend>{t('intake.type')}</legend>
        <div className="question-scale">
          {FEEDBACK_TYPES.map((type) => (
            <label key={type} className="option">
              <input type="radio" name="fb-type" value={type} checked={input.type === type} onChange={() => set({ type })} />
              {t(`type.${type}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="row">
        <div>
          <label htmlFor="fb-category">{t('intake.category')}</label>
          <select id="fb-category" value={category} onChange={(e) => set({ category: e.target.value })}>
            {categories.map((c) => (
              <option key={c.value} value={c.value}>
                {localized(c.label, i18n.language)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="fb-severity">{t('intake.severity')}</label>
          <select id="fb-severity" value={input.severity} onChange={(e) => set({ severity: e.target.value as FeedbackInput['severity'] })}>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {t(`severity.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="fb-channel">{ts('channel.label')}</label>
          <select id="fb-channel" value={input.channel} onChange={(e) => set({ channel: e.target.value as FeedbackInput['channel'] })}>
            {STAFF_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {ts(`channel.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="fb-audience">{ts('audience.label')}</label>
          <select id="fb-audience" value={linked?.audience ?? input.audience} disabled={!!linked} onChange={(e) => set({ audience: e.target.value as FeedbackInput['audience'] })}>
            {AUDIENCES.map((a) => (
              <option key={a} value={a}>
                {ts(`audience.${a}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <label htmlFor="fb-description">{t('intake.description')}</label>
      {/* No maxLength: a pasted text must not be cut silently; it is refused with a message instead. */}
      <textarea id="fb-description" dir="auto" rows={6} value={input.description} onChange={(e) => set({ description: e.target.value })} {...invalid('description')} />
      <p className={`text-count ${count > FEEDBACK_DESCRIPTION_MAX ? 'over' : ''}`}>{t('intake.count', { n: count.toLocaleString(i18n.language), max: FEEDBACK_DESCRIPTION_MAX.toLocaleString(i18n.language) })}</p>
      {err('description')}
      <div className="row">
        <label className="button secondary" style={{ flex: '0 0 auto' }}>
          {photo ? t('intake.replacePhoto') : t('intake.addPhoto')}
          <input type="file" accept="image/*" capture="environment" hidden onChange={(e) => void onPhoto(e)} data-testid="fb-photo" />
        </label>
        {photo && (
          <>
            <img src={photo.url} alt={t('intake.photoPreview')} style={{ maxHeight: '6rem', flex: '0 0 auto' }} />
            <button type="button" className="secondary" onClick={() => setPhoto(null)}>
              {t('intake.removePhoto')}
            </button>
          </>
        )}
      </div>
      <h3>{t('intake.contactTitle')}</h3>
      <BadgeLinker linked={linked} onLinked={setLinked} listening />
      <div className="row">
        <div>
          <label htmlFor="fb-name">{t('intake.name')}</label>
          <input id="fb-name" dir="auto" autoComplete="off" value={input.contactName} onChange={(e) => set({ contactName: e.target.value })} />
        </div>
        <div>
          <label htmlFor="fb-email">{t('intake.email')}</label>
          <input id="fb-email" type="email" inputMode="email" autoComplete="off" value={input.contactEmail} onChange={(e) => set({ contactEmail: e.target.value })} {...invalid('contactEmail')} />
          {err('contactEmail')}
        </div>
        <div>
          <label htmlFor="fb-phone">{t('intake.phone')}</label>
          <input id="fb-phone" type="tel" inputMode="tel" autoComplete="off" value={input.contactPhone} onChange={(e) => set({ contactPhone: e.target.value })} {...invalid('contactPhone')} />
          {err('contactPhone')}
        </div>
        <div>
          <label htmlFor="fb-language">{t('intake.language')}</label>
          <select id="fb-language" value={input.preferredLanguage} onChange={(e) => set({ preferredLanguage: e.target.value as ResponseLanguage })}>
            {RESPONSE_LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {NATIVE_LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <label className="option tick" style={{ marginTop: '1rem' }}>
        <input type="checkbox" checked={input.consentContact} onChange={(e) => set({ consentContact: e.target.checked })} {...invalid('consentContact')} />
        {t('intake.consent')}
      </label>
      {err('consentContact')}
      {problem && (
        <p className="notice bad" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" disabled={busy} style={{ marginTop: '1rem' }}>
        {t('intake.save')}
      </button>
    </form>
  );
}

export function FeedbackForm() {
  const { t } = useTranslation('feedback');
  const [saved, setSaved] = useState<string[]>([]);
  const last = saved.at(-1);
  return (
    <section>
      <h2>{t('intake.title')}</h2>
      {last && (
        <p className="notice ok" role="status" data-testid="feedback-saved">
          {t('intake.saved', { ref: last.slice(-8) })}
        </p>
      )}
      <IntakeForm key={saved.length} onSaved={(id) => setSaved((s) => [...s, id])} />
    </section>
  );
}
