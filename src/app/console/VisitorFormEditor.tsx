/**
 * The organizer configures the walk-in form: which fields desks show, which are required, their
 * order, and the options of choice fields (in every UI language). Desks get it with their config.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OPTION_FIELDS, visitorFormSchema, type FormField, type OptionFieldKey, type VisitorForm } from '../../core/forms/visitorForm';
import { LANGUAGES } from '../i18n';
import { eventApi } from '../../core/api/console/event';
import { call } from '../net/client';
import { issuesText, useErrorText } from '../net/errorText';

function move<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

export function VisitorFormEditor() {
  const { t } = useTranslation('console');
  const errorText = useErrorText();
  const [form, setForm] = useState<VisitorForm | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    call(eventApi.visitorForm, {}).then(setForm, (e: unknown) => setMessage({ ok: false, text: errorText(e) }));
  }, [errorText]);
  if (!form) return <p className="muted">{message?.text ?? t('loading')}</p>;

  const update = (index: number, patch: Partial<FormField>) => setForm({ fields: form.fields.map((f, i) => (i === index ? { ...f, ...patch } : f)) });

  async function save() {
    if (!form) return;
    const parsed = visitorFormSchema.safeParse(form);
    if (!parsed.success) return setMessage({ ok: false, text: issuesText(t, parsed.error.issues) || t('form.invalid') });
    try {
      setForm(await call(eventApi.saveVisitorForm, { body: parsed.data }));
      setMessage({ ok: true, text: t('form.saved') });
    } catch (e) {
      setMessage({ ok: false, text: errorText(e) });
    }
  }

  return (
    <section className="card" data-testid="form-editor">
      <h2>{t('form.title')}</h2>
      <p className="muted">{t('form.help')}</p>
      <table>
        <thead>
          <tr>
            <th>{t('form.field')}</th>
            <th>{t('form.shown')}</th>
            <th>{t('form.required')}</th>
            <th>{t('form.order')}</th>
          </tr>
        </thead>
        <tbody>
          {form.fields.map((f, i) => {
            const label = t(`common:walkin.field.${f.key}`);
            const locked = f.key === 'name';
            return (
              <tr key={f.key} data-testid={`form-field-${f.key}`}>
                <td>
                  {label}
                  {(OPTION_FIELDS as readonly string[]).includes(f.key) && (
                    <OptionsEditor field={f} onChange={(options) => update(i, { options })} labelOf={(lang) => t(`form.labelIn.${lang}`)} />
                  )}
                </td>
                <td>
                  <input type="checkbox" aria-label={t('form.shownNamed', { field: label })} checked={f.shown} disabled={locked} onChange={(e) => update(i, { shown: e.target.checked, required: e.target.checked && f.required })} />
                </td>
                <td>
                  <input type="checkbox" aria-label={t('form.requiredNamed', { field: label })} checked={f.required} disabled={locked || !f.shown} onChange={(e) => update(i, { required: e.target.checked })} />
                </td>
                <td>
                  <div className="row" style={{ flexWrap: 'nowrap' }}>
                    <button type="button" className="secondary" disabled={i === 0} aria-label={t('form.upNamed', { field: label })} onClick={() => setForm({ fields: move(form.fields, i, i - 1) })}>
                      <span aria-hidden="true">{'↑'}</span>
                    </button>
                    <button type="button" className="secondary" disabled={i === form.fields.length - 1} aria-label={t('form.downNamed', { field: label })} onClick={() => setForm({ fields: move(form.fields, i, i + 1) })}>
                      <span aria-hidden="true">{'↓'}</span>
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="row" style={{ marginTop: '1rem' }}>
        <button type="button" onClick={() => void save()}>
          {t('form.save')}
        </button>
      </div>
      {message && (
        <p className={`notice ${message.ok ? 'ok' : 'bad'}`} role="status">
          {message.text}
        </p>
      )}
    </section>
  );
}

function OptionsEditor({ field, onChange, labelOf }: { field: FormField; onChange: (options: NonNullable<FormField['options']>) => void; labelOf: (lang: string) => string }) {
  const { t } = useTranslation('console');
  const options = field.options ?? [];
  const key = field.key as OptionFieldKey;
  return (
    <details>
      <summary>{t('form.options', { count: options.length })}</summary>
      {options.map((o, i) => (
        <div key={`${key}-${i}`} className="row">
          {LANGUAGES.map((lang) => (
            <input
              key={lang}
              aria-label={`${labelOf(lang)} ${i + 1}`}
              value={o.label[lang]}
              maxLength={300}
              onChange={(e) => onChange(options.map((x, j) => (j === i ? { ...x, label: { ...x.label, [lang]: e.target.value } } : x)))}
            />
          ))}
          <button type="button" className="danger" aria-label={t('form.removeOption', { n: i + 1 })} onClick={() => onChange(options.filter((_, j) => j !== i))}>
            <span aria-hidden="true">{'✕'}</span>
          </button>
        </div>
      ))}
      <button
        type="button"
        className="secondary"
        onClick={() => onChange([...options, { value: `opt_${Date.now().toString(36)}`, label: { 'zh-CN': '', 'zh-TW': '', en: '' } }])}
      >
        {t('form.addOption')}
      </button>
    </details>
  );
}
