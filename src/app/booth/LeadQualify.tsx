/**
 * The qualification screen of one lead: rating, the organizer's and the exhibitor's questions,
 * product interests, notes, follow-up with its due date, and the contact details (editable for
 * card leads). Every edit saves itself (issue 18): a moment after the last change, and at once
 * when the lead closes for any reason (the next badge scanned, another lead opened, the page
 * hidden), so nothing typed at a busy booth is lost. Only the parts that changed get a new edit
 * time, and a save that changes nothing writes nothing.
 */
import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CARD_FIELDS, cardFieldsSchema, type CardField } from '../../core/cards/fields';
import type { LeadQuestion, Product } from '../../core/leads/profile';
import { FOLLOW_UP_ACTIONS, LEAD_RATINGS, type FollowUpAction, type Lead, type LeadAnswer, type LeadRating } from '../../core/leads/schema';
import type { CardCaptureResult } from '../cards/CardCapture';
import { applyCardReading, leadPhoto, updateLead } from '../data/leads';
import type { LocalLead } from '../data/leads';

export interface LeadQualifyProps {
  lead: LocalLead;
  questions: readonly LeadQuestion[];
  products: readonly Product[];
  onClose(): void;
  onDelete(lead: LocalLead): void;
}

type ContactDraft = Record<CardField, string>;

// The card reader is only loaded when a card is read (the app starts without it).
const CardCapture = lazy(() => import('../cards/CardCapture'));

function QuestionField({ question, value, onChange }: { question: LeadQuestion; value: LeadAnswer | undefined; onChange(v: LeadAnswer | undefined): void }) {
  const id = useId();
  if (question.type === 'text') {
    return (
      <div>
        <label htmlFor={id}>{question.label}</label>
        <input id={id} value={typeof value === 'string' ? value : ''} maxLength={1000} onChange={(e) => onChange(e.target.value || undefined)} />
      </div>
    );
  }
  const selected = typeof value === 'string' ? [value] : (value ?? []);
  return (
    <fieldset>
      <legend>{question.label}</legend>
      <div className="choice-grid">
        {question.options.map((o) => (
          <label key={o.id} className="choice">
            <input
              type={question.type === 'single' ? 'radio' : 'checkbox'}
              name={`${id}-${question.id}`}
              checked={selected.includes(o.id)}
              onChange={(e) => {
                if (question.type === 'single') return onChange(o.id);
                const next = e.target.checked ? [...selected, o.id] : selected.filter((x) => x !== o.id);
                onChange(next.length ? next : undefined);
              }}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function LeadQualify({ lead, questions, products, onClose, onDelete }: LeadQualifyProps) {
  const { t } = useTranslation('leads');
  const id = useId();
  const [rating, setRating] = useState<LeadRating | null>(lead.rating);
  const [answers, setAnswers] = useState<Lead['answers']>(lead.answers);
  const [interests, setInterests] = useState<string[]>(lead.interests);
  const [notes, setNotes] = useState(lead.notes);
  const [action, setAction] = useState<FollowUpAction | ''>(lead.followUp?.action ?? '');
  const [due, setDue] = useState(lead.followUp?.due ?? '');
  const [contact, setContact] = useState<ContactDraft>(Object.fromEntries(CARD_FIELDS.map((f) => [f, lead.contact[f] ?? ''])) as ContactDraft);
  const [saveState, setSaveState] = useState<'idle' | 'pending' | 'saved'>('idle');
  const [error, setError] = useState<string | null>(null);
  const panel = useRef<HTMLElement>(null);
  // Opened by a scan or from the list: brought into view, so on a phone it is not left below the camera.
  useEffect(() => {
    panel.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, []);
  const autosave = useAutosave(lead.id, { rating, answers, interests, notes, action, due, contact }, setSaveState, setError, t('qualify.invalid'), (detail) => t('qualify.saveFailed', { detail }));
  // A card saved unread (no card reading on the device then): its photo, to read it now.
  const [unreadPhoto, setUnreadPhoto] = useState<Blob | null>(null);
  const [readingCard, setReadingCard] = useState(false);
  const [cardApplied, setCardApplied] = useState(false);
  useEffect(() => {
    if (!lead.cardUnread || !lead.hasPhoto) return;
    let alive = true;
    void leadPhoto(lead.id).then((blob) => alive && setUnreadPhoto(blob));
    return () => {
      alive = false;
    };
  }, [lead.id, lead.cardUnread, lead.hasPhoto]);

  async function onCardRead(result: CardCaptureResult) {
    setReadingCard(false);
    setError(null);
    try {
      // Edits still waiting are saved first, so the card's contact is written after them, not under them.
      await autosave.flush();
      await applyCardReading(lead.id, { fields: result.fields, text: result.text, unread: result.unread });
      const read = Object.fromEntries(CARD_FIELDS.map((f) => [f, result.fields[f] ?? ''])) as ContactDraft;
      autosave.storedContact(read);
      setContact(read);
      if (result.unread) return;
      setUnreadPhoto(null);
      setCardApplied(true);
    } catch (e) {
      setError(t('qualify.saveFailed', { detail: (e as Error).message }));
    }
  }

  function save(event: FormEvent) {
    event.preventDefault();
    void autosave.flush();
  }

  const title = lead.contact.name ?? lead.contact.company ?? t('list.unnamed');
  return (
    <section ref={panel} className="card lead-qualify" aria-labelledby={`${id}-title`} data-testid="lead-qualify" data-lead-id={lead.id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {lead.contact.company && lead.contact.name && <p className="lead-company">{lead.contact.company}</p>}
      <p className="muted">
        {t(`source.${lead.source}`)} · {t('qualify.takenBy', { staff: lead.staff })}
      </p>
      {lead.shared && (lead.shared.email || lead.shared.mobile) && (
        <p className="notice ok" data-testid="lead-shared">
          {t('qualify.shared', { email: lead.shared.email || '–', mobile: lead.shared.mobile || '–' })}
        </p>
      )}
      {lead.cardUnread && !cardApplied && <p className="notice warn">{t('qualify.cardUnread')}</p>}
      {cardApplied && (
        <p className="notice ok" role="status" data-testid="lead-card-applied">
          {t('qualify.cardApplied')}
        </p>
      )}
      {unreadPhoto && !readingCard && (
        <button type="button" data-testid="lead-read-card" onClick={() => setReadingCard(true)}>
          {t('qualify.readCardNow')}
        </button>
      )}
      {unreadPhoto && readingCard && (
        <Suspense fallback={<p className="muted">{t('card.loading')}</p>}>
          <CardCapture photo={unreadPhoto} fields={lead.contact} onConfirm={(r) => void onCardRead(r)} onCancel={() => setReadingCard(false)} />
        </Suspense>
      )}
      <form onSubmit={save}>
        <fieldset>
          <legend>{t('qualify.rating')}</legend>
          <div className="rating-buttons">
            {LEAD_RATINGS.map((r) => (
              <button key={r} type="button" className={`rating-${r} ${rating === r ? '' : 'secondary'}`} aria-pressed={rating === r} onClick={() => setRating(rating === r ? null : r)}>
                {t(`rating.${r}`)}
              </button>
            ))}
          </div>
        </fieldset>
        {questions.map((q) => (
          <QuestionField
            key={q.id}
            question={q}
            value={answers[q.id]}
            onChange={(v) =>
              setAnswers((prev) => {
                const next = { ...prev };
                if (v === undefined) delete next[q.id];
                else next[q.id] = v;
                return next;
              })
            }
          />
        ))}
        {products.length > 0 && (
          <fieldset>
            <legend>{t('qualify.interests')}</legend>
            <div className="choice-grid">
              {products.map((p) => (
                <label key={p.id} className="choice">
                  <input type="checkbox" checked={interests.includes(p.id)} onChange={(e) => setInterests((prev) => (e.target.checked ? [...prev, p.id] : prev.filter((x) => x !== p.id)))} />
                  {p.name}
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <label htmlFor={`${id}-notes`}>{t('qualify.notes')}</label>
        <textarea id={`${id}-notes`} rows={4} maxLength={4000} value={notes} onChange={(e) => setNotes(e.target.value)} />
        <div className="row">
          <div>
            <label htmlFor={`${id}-follow`}>{t('qualify.followUp')}</label>
            <select id={`${id}-follow`} value={action} onChange={(e) => setAction(e.target.value as FollowUpAction | '')}>
              <option value="">{t('followUp.none')}</option>
              {FOLLOW_UP_ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {t(`followUp.${a}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-due`}>{t('qualify.due')}</label>
            <input id={`${id}-due`} type="date" value={due} disabled={!action} onChange={(e) => setDue(e.target.value)} />
          </div>
        </div>
        <details>
          <summary>
            {t('qualify.contact')}
            <span className="muted contact-summary">
              {' · '}
              {CARD_FIELDS.map((f) => contact[f].trim()).filter(Boolean).slice(0, 3).join(' · ') || t('qualify.contactNone')}
            </span>
          </summary>
          <div className="row">
            {CARD_FIELDS.map((f) => (
              <div key={f}>
                <label htmlFor={`${id}-${f}`}>{t(`cards:fields.${f}`)}</label>
                <input id={`${id}-${f}`} value={contact[f]} onChange={(e) => setContact((prev) => ({ ...prev, [f]: e.target.value }))} />
              </div>
            ))}
          </div>
        </details>
        {error && (
          <p className="notice bad" role="alert">
            {error}
          </p>
        )}
        <p className={`save-state ${saveState}`} role="status" data-testid="lead-save-state" data-state={saveState}>
          {saveState === 'pending' ? t('qualify.saving') : saveState === 'saved' ? t('qualify.savedAuto') : t('qualify.autosaveHint')}
        </p>
        <div className="row lead-actions">
          <button type="submit" data-testid="lead-save">
            {t('qualify.save')}
          </button>
          <button type="button" className="secondary" onClick={onClose}>
            {t('qualify.close')}
          </button>
          <button type="button" className="danger" onClick={() => onDelete(lead)}>
            {t('list.delete')}
          </button>
        </div>
      </form>
    </section>
  );
}

interface Draft {
  rating: LeadRating | null;
  answers: Lead['answers'];
  interests: string[];
  notes: string;
  action: FollowUpAction | '';
  due: string;
  contact: ContactDraft;
}

const AUTOSAVE_DELAY_MS = 600;

/**
 * Saves the draft a moment after its last change, and at once on flush, on unmount and when the
 * page is hidden. Contact details that do not pass their schema are kept in the form (with a
 * message) while everything else is saved.
 */
function useAutosave(leadId: string, draft: Draft, setState: (s: 'idle' | 'pending' | 'saved') => void, setError: (e: string | null) => void, invalidText: string, failedText: (detail: string) => string) {
  const latest = useRef(draft);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mounted = useRef(true);
  const texts = useRef({ invalidText, failedText, setState, setError });
  // Declared before the effects below, so they read this render's draft.
  useEffect(() => {
    latest.current = draft;
    texts.current = { invalidText, failedText, setState, setError };
  });

  // What the stored lead already holds: a change is one that differs from it, so an effect run twice
  // (StrictMode) or a draft set back to what is stored writes nothing.
  const stored = useRef(JSON.stringify(draft));
  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    if (!dirty.current) return;
    dirty.current = false;
    const d = latest.current;
    const contact = cardFieldsSchema.safeParse(d.contact);
    const ui = texts.current;
    try {
      await updateLead(leadId, {
        rating: d.rating,
        answers: d.answers,
        interests: d.interests,
        notes: d.notes,
        followUp: d.action ? { action: d.action, due: d.due || null } : null,
        ...(contact.success ? { contact: contact.data } : {}),
      });
      stored.current = JSON.stringify(d);
      if (!mounted.current) return;
      ui.setError(contact.success ? null : ui.invalidText);
      if (!dirty.current) ui.setState('saved');
    } catch (e) {
      dirty.current = true;
      if (mounted.current) ui.setError(ui.failedText((e as Error).message));
    }
  }, [leadId]);

  const { rating, answers, interests, notes, action, due, contact } = draft;
  useEffect(() => {
    if (JSON.stringify(latest.current) === stored.current) return;
    dirty.current = true;
    texts.current.setState('pending');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
  }, [rating, answers, interests, notes, action, due, contact, flush]);

  useEffect(() => {
    mounted.current = true;
    const hidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const leaving = () => void flush();
    document.addEventListener('visibilitychange', hidden);
    window.addEventListener('pagehide', leaving);
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      window.removeEventListener('pagehide', leaving);
      mounted.current = false;
      // Closed: the next badge was scanned, another lead opened, or staff left the booth page.
      void flush();
    };
  }, [flush]);

  /** The lead was written by someone else (a card read): its contact is now stored, not a change. */
  const storedContact = useCallback((next: ContactDraft) => {
    stored.current = JSON.stringify({ ...latest.current, contact: next });
  }, []);

  return { flush, storedContact: storedContact };
}
