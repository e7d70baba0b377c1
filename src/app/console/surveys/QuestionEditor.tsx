/** One question in the survey builder: its type, its text in the three languages, and what its type needs. */
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../core/schema/localized';
import { CSAT_STYLES, QUESTION_TYPES, RATING_MAX, type Question, type QuestionType, type SurveyOption } from '../../../core/surveys/schema';
import { LANGUAGES } from '../../i18n';
import { NATIVE_LANGUAGE_NAMES } from '../../ui/languageNames';

const EMPTY: LocalizedText = { 'zh-CN': '', 'zh-TW': '', en: '' };

export function newKey(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

/** The same question as another type: id, text and required kept, the rest from the new type's defaults. */
export function withType(q: Question, type: QuestionType): Question {
  const base = { id: q.id, text: q.text, required: q.required };
  const options: SurveyOption[] = 'options' in q ? q.options : [{ value: newKey('o'), label: { ...EMPTY } }, { value: newKey('o'), label: { ...EMPTY } }];
  switch (type) {
    case 'csat':
      return { ...base, type, style: 'faces' };
    case 'rating':
      return { ...base, type, max: 5 };
    case 'single':
    case 'multiple':
      return { ...base, type, options };
    default:
      return { ...base, type };
  }
}

export function blankQuestion(type: QuestionType): Question {
  return withType({ id: newKey('q'), type: 'text', text: { ...EMPTY }, required: false }, type);
}

export function TextInLanguages({ label, value, onChange, idPrefix }: { label: string; value: LocalizedText; onChange(v: LocalizedText): void; idPrefix: string }) {
  const { t } = useTranslation('surveys');
  return (
    <div className="field-languages">
      <span className="field-languages-label">{label}</span>
      <div className="row">
        {LANGUAGES.map((lang) => (
          <input
            key={lang}
            id={`${idPrefix}-${lang}`}
            lang={lang}
            dir="auto"
            maxLength={300}
            aria-label={t('editor.inLanguage', { label, language: NATIVE_LANGUAGE_NAMES[lang] })}
            placeholder={NATIVE_LANGUAGE_NAMES[lang]}
            value={value[lang]}
            onChange={(e) => onChange({ ...value, [lang]: e.target.value })}
          />
        ))}
      </div>
    </div>
  );
}

export interface QuestionEditorProps {
  question: Question;
  index: number;
  count: number;
  onChange(q: Question): void;
  onMove(to: number): void;
  onRemove(): void;
}

export function QuestionEditor({ question: q, index, count, onChange, onMove, onRemove }: QuestionEditorProps) {
  const { t } = useTranslation('surveys');
  const n = index + 1;
  return (
    <fieldset className="question-editor" data-testid="question-editor" data-question={q.id}>
      <legend>{t('question.legend', { n, type: t(`type.${q.type}`) })}</legend>
      <div className="row">
        <div>
          <label htmlFor={`q-${q.id}-type`}>{t('question.type')}</label>
          <select id={`q-${q.id}-type`} value={q.type} onChange={(e) => onChange(withType(q, e.target.value as QuestionType))}>
            {QUESTION_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`type.${type}`)}
              </option>
            ))}
          </select>
        </div>
        {q.type === 'csat' && (
          <div>
            <label htmlFor={`q-${q.id}-style`}>{t('question.style')}</label>
            <select id={`q-${q.id}-style`} value={q.style} onChange={(e) => onChange({ ...q, style: e.target.value as (typeof CSAT_STYLES)[number] })}>
              {CSAT_STYLES.map((s) => (
                <option key={s} value={s}>
                  {t(`style.${s}`)}
                </option>
              ))}
            </select>
          </div>
        )}
        {q.type === 'rating' && (
          <div>
            <label htmlFor={`q-${q.id}-max`}>{t('question.max')}</label>
            <input
              id={`q-${q.id}-max`}
              type="number"
              min={RATING_MAX.min}
              max={RATING_MAX.max}
              value={q.max}
              onChange={(e) => onChange({ ...q, max: Math.min(RATING_MAX.max, Math.max(RATING_MAX.min, Number(e.target.value) || RATING_MAX.min)) })}
            />
          </div>
        )}
        <label className="choice">
          <input type="checkbox" checked={q.required} onChange={(e) => onChange({ ...q, required: e.target.checked })} />
          {t('question.required')}
        </label>
      </div>
      <TextInLanguages label={t('question.text')} value={q.text} idPrefix={`q-${q.id}-text`} onChange={(text) => onChange({ ...q, text })} />
      {(q.type === 'single' || q.type === 'multiple') && (
        <div className="options-editor">
          {q.options.map((o, i) => (
            <div key={o.value} className="row">
              <TextInLanguages
                label={t('question.option', { n: i + 1 })}
                value={o.label}
                idPrefix={`q-${q.id}-o${i}`}
                onChange={(label) => onChange({ ...q, options: q.options.map((x, j) => (j === i ? { ...x, label } : x)) })}
              />
              <button type="button" className="danger" aria-label={t('question.removeOption', { n: i + 1 })} onClick={() => onChange({ ...q, options: q.options.filter((_, j) => j !== i) })}>
                <span aria-hidden="true">{'✕'}</span>
              </button>
            </div>
          ))}
          <button type="button" className="secondary" onClick={() => onChange({ ...q, options: [...q.options, { value: newKey('o'), label: { ...EMPTY } }] })}>
            {t('question.addOption')}
          </button>
        </div>
      )}
      <div className="row question-editor-actions">
        <button type="button" className="secondary" disabled={index === 0} aria-label={t('question.up', { n })} onClick={() => onMove(index - 1)}>
          <span aria-hidden="true">{'↑'}</span>
        </button>
        <button type="button" className="secondary" disabled={index === count - 1} aria-label={t('question.down', { n })} onClick={() => onMove(index + 1)}>
          <span aria-hidden="true">{'↓'}</span>
        </button>
        <button type="button" className="danger" aria-label={t('question.remove', { n })} onClick={onRemove}>
          {t('question.removeShort')}
        </button>
      </div>
    </fieldset>
  );
}
