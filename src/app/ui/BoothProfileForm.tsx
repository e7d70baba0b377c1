/**
 * Edits a booth's product list and qualification questions (or, without products, the organizer's
 * questions asked at every booth). Used by the exhibitor's own page and by the organizer console;
 * the caller saves through its API route, and booth devices get the change at their next sync.
 * Choices are typed one per line; ids are kept for what already existed (answers given on leads
 * refer to them) and made for what is new.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../core/ids';
import { boothProfileInputSchema, QUESTION_TYPES, type BoothProfileInput, type LeadQuestion, type Product, type QuestionType } from '../../core/leads/profile';
import { useErrorText } from '../net/errorText';

export interface BoothProfileFormProps {
  initial: BoothProfileInput;
  /** Show the product list (a booth); the organizer's questions have none. */
  withProducts: boolean;
  onSave(input: BoothProfileInput): Promise<void>;
  testId?: string;
}

interface QuestionDraft {
  id: string;
  label: string;
  type: QuestionType;
  /** One choice per line. */
  choices: string;
  /** Existing choice ids by their label, so renaming nothing keeps answers attached. */
  known: LeadQuestion['options'];
}

const toDraft = (q: LeadQuestion): QuestionDraft => ({ id: q.id, label: q.label, type: q.type, choices: q.options.map((o) => o.label).join('\n'), known: q.options });

function fromDraft(d: QuestionDraft): LeadQuestion {
  if (d.type === 'text') return { id: d.id, label: d.label.trim(), type: 'text', options: [] };
  const labels = [...new Set(d.choices.split('\n').map((l) => l.trim()).filter(Boolean))];
  const used = new Set<string>();
  const options = labels.map((label, i) => {
    let id = d.known.find((o) => o.label === label && !used.has(o.id))?.id ?? `o${i + 1}`;
    while (used.has(id)) id = `${id}x`;
    used.add(id);
    return { id, label };
  });
  return { id: d.id, label: d.label.trim(), type: d.type, options };
}

export function BoothProfileForm({ initial, withProducts, onSave, testId }: BoothProfileFormProps) {
  const { t } = useTranslation('leads');
  const id = useId();
  const [products, setProducts] = useState<Product[]>(initial.products);
  const [questions, setQuestions] = useState<QuestionDraft[]>(initial.questions.map(toDraft));
  const errorText = useErrorText();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [saving, setSaving] = useState(false);

  const setQuestion = (i: number, change: Partial<QuestionDraft>) => setQuestions((qs) => qs.map((q, k) => (k === i ? { ...q, ...change } : q)));

  async function save(e: FormEvent) {
    e.preventDefault();
    setMessage(null);
    const input = boothProfileInputSchema.safeParse({
      products: withProducts ? products.map((p) => ({ id: p.id, name: p.name.trim() })) : [],
      questions: questions.map(fromDraft),
    });
    if (!input.success) return setMessage({ ok: false, text: t('profile.invalid') });
    setSaving(true);
    try {
      await onSave(input.data);
      setMessage({ ok: true, text: t('profile.saved') });
    } catch (err) {
      setMessage({ ok: false, text: t('profile.saveFailed', { detail: errorText(err) }) });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="booth-profile" onSubmit={(e) => void save(e)} data-testid={testId}>
      {withProducts && (
        <fieldset>
          <legend>{t('profile.products')}</legend>
          {products.length === 0 && <p className="muted">{t('profile.none')}</p>}
          {products.map((p, i) => (
            <div className="row" key={p.id}>
              <div>
                <label htmlFor={`${id}-p-${p.id}`}>{t('profile.productName', { n: i + 1 })}</label>
                <input
                  id={`${id}-p-${p.id}`}
                  value={p.name}
                  maxLength={200}
                  onChange={(e) => setProducts((ps) => ps.map((x) => (x.id === p.id ? { ...x, name: e.target.value } : x)))}
                />
              </div>
              <button type="button" className="secondary" aria-label={t('profile.removeProduct', { n: i + 1 })} onClick={() => setProducts((ps) => ps.filter((x) => x.id !== p.id))}>
                {t('profile.remove')}
              </button>
            </div>
          ))}
          <button type="button" className="secondary" onClick={() => setProducts((ps) => [...ps, { id: newId(), name: '' }])}>
            {t('profile.addProduct')}
          </button>
        </fieldset>
      )}
      <fieldset>
        <legend>{t('profile.questions')}</legend>
        {questions.length === 0 && <p className="muted">{t('profile.none')}</p>}
        {questions.map((q, i) => (
          <fieldset key={q.id}>
            <legend>{t('profile.question', { n: i + 1 })}</legend>
            <label htmlFor={`${id}-q-${q.id}`}>{t('profile.questionText')}</label>
            <input id={`${id}-q-${q.id}`} value={q.label} maxLength={300} onChange={(e) => setQuestion(i, { label: e.target.value })} />
            <label htmlFor={`${id}-t-${q.id}`}>{t('profile.type')}</label>
            <select id={`${id}-t-${q.id}`} value={q.type} onChange={(e) => setQuestion(i, { type: e.target.value as QuestionType })}>
              {QUESTION_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`profile.types.${type}`)}
                </option>
              ))}
            </select>
            {q.type !== 'text' && (
              <>
                <label htmlFor={`${id}-c-${q.id}`}>{t('profile.choices')}</label>
                <textarea id={`${id}-c-${q.id}`} rows={4} value={q.choices} onChange={(e) => setQuestion(i, { choices: e.target.value })} />
              </>
            )}
            <button type="button" className="secondary" aria-label={t('profile.removeQuestion', { n: i + 1 })} onClick={() => setQuestions((qs) => qs.filter((x) => x.id !== q.id))}>
              {t('profile.remove')}
            </button>
          </fieldset>
        ))}
        <button type="button" className="secondary" onClick={() => setQuestions((qs) => [...qs, { id: newId(), label: '', type: 'single', choices: '', known: [] }])}>
          {t('profile.addQuestion')}
        </button>
      </fieldset>
      {message && (
        <p className={`notice ${message.ok ? 'ok' : 'bad'}`} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <button type="submit" disabled={saving}>
        {t('profile.save')}
      </button>
    </form>
  );
}
