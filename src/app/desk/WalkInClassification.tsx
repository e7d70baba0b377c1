/**
 * The walk-in's classification while staff fill in the form, exactly as it will be stored with
 * the record: each value declared (from the form, or corrected), inferred (with the rule and what
 * it saw: the phone's country code, the e-mail's domain, a word in the company name) or unknown.
 * Staff may correct any value; a correction is declared from then on, here and on the server.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyCorrection } from '../../core/classify/correction';
import type { ClassifiedValue } from '../../core/classify/types';
import type { VisitorCorrections } from '../../core/classify/visitor';
import { labeller, type LabelKind } from '../../core/stats/labels';
import type { TaxonomyLocale } from '../../core/taxonomy/labels';
import type { EventTaxonomies } from '../../core/taxonomy/schema';
import { CORRECTABLE_FIELDS, correctableValue, type CorrectableField } from '../../core/visitors/corrections';
import type { Option, TaxonomyView } from '../data/taxonomy';
import { classifyWalkIn, type WalkInInput } from '../data/walkins';
import './walkInClassification.css';
import { RuleEvidence } from '../ui/RuleEvidence';

function locale(lang: string): TaxonomyLocale {
  return lang === 'en' || lang === 'zh-TW' ? lang : 'zh-CN';
}

function Editor({ field, current, options, corrected, onSave, onClear, onCancel }: {
  field: CorrectableField;
  current: string | string[] | null;
  options: Option[];
  corrected: boolean;
  onSave(value: string | string[] | null): void;
  onClear(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation('classification');
  const multiple = field === 'interests';
  const [value, setValue] = useState<string | string[]>(current ?? (multiple ? [] : ''));
  const id = `classification-correct-${field}`;
  return (
    <div className="row" data-testid="classification-editor">
      <div>
        <label htmlFor={id}>{t('correct.value', { field: t(`field.${field}`) })}</label>
        {multiple ? (
          <select id={id} multiple size={6} value={value as string[]} onChange={(e) => setValue([...e.target.selectedOptions].map((o) => o.value))}>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ) : (
          <select id={id} value={value as string} onChange={(e) => setValue(e.target.value)}>
            <option value="">{t('correct.choose')}</option>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </div>
      <button type="button" disabled={!multiple && !value} onClick={() => onSave(value)}>
        {t('correct.save')}
      </button>
      <button type="button" className="secondary" onClick={() => onSave(null)}>
        {t('correct.unknown')}
      </button>
      {corrected && (
        <button type="button" className="secondary" onClick={onClear}>
          {t('correct.clear')}
        </button>
      )}
      <button type="button" className="secondary" onClick={onCancel}>
        {t('correct.cancel')}
      </button>
    </div>
  );
}

export function WalkInClassification({ input, taxonomies, view, countries, onCorrections }: {
  input: WalkInInput;
  taxonomies: EventTaxonomies;
  /** The form's options in the UI language (the same lists it offers). */
  view: TaxonomyView;
  countries: Option[];
  onCorrections(next: VisitorCorrections): void;
}) {
  const { t, i18n } = useTranslation('classification');
  const [editing, setEditing] = useState<CorrectableField | null>(null);
  const result = useMemo(() => classifyWalkIn(input, taxonomies), [input, taxonomies]);
  const name = useMemo(() => labeller(taxonomies, locale(i18n.language)), [taxonomies, i18n.language]);
  const corrections = input.corrections ?? {};

  const kind = (field: CorrectableField): LabelKind => (field === 'interests' ? 'interest' : field);
  const shown = (field: CorrectableField, v: ClassifiedValue<string | string[]>): string => {
    if (v.value === null || (Array.isArray(v.value) && !v.value.length)) return t('unknown');
    const one = (code: string) => name(kind(field), code) ?? code;
    if (Array.isArray(v.value)) return v.value.map(one).join('、');
    const cn = field === 'companySize' ? name.cnSizeClasses(v.value) : '';
    return cn ? `${one(v.value)} · ${cn}` : one(v.value);
  };
  const optionsFor = (field: CorrectableField): Option[] => {
    switch (field) {
      case 'country':
        return countries;
      case 'province':
        return view.provinces;
      case 'city':
        return view.provinces.find((p) => p.value === result.region.province.value)?.cities ?? [];
      case 'industry':
        return view.industries;
      case 'companySize':
        return view.companySizes;
      case 'interests':
        return view.interests.map((o) => ({ value: o.value, label: `${'— '.repeat(Math.max(0, o.depth - 1))}${o.label}` }));
    }
  };
  const save = (field: CorrectableField, value: string | string[] | null) => {
    const previous = correctableValue(result, field);
    const next: VisitorCorrections = { ...corrections };
    // `by` is only what the desk knows; the server names the device that sent it.
    if (field === 'interests') next.interests = applyCorrection(previous as ClassifiedValue<string[]>, Array.isArray(value) ? value : value === null ? null : [value], 'desk');
    else next[field] = applyCorrection(previous as ClassifiedValue<string>, Array.isArray(value) ? (value[0] ?? null) : value, 'desk');
    onCorrections(next);
    setEditing(null);
  };
  const clear = (field: CorrectableField) => {
    const next: VisitorCorrections = { ...corrections };
    delete next[field];
    onCorrections(next);
    setEditing(null);
  };

  return (
    <section className="walkin-classification" aria-labelledby="walkin-classification-title" data-testid="walkin-classification">
      {/* Folded at the desk: the table is for the organizer; staff open it to check or correct a value. */}
      <details data-testid="walkin-classification-fold">
        <summary>
          <h3 id="walkin-classification-title" className="inline-heading">
            {t('title')}
          </h3>
        </summary>
      <p className="muted">{t('hint')}</p>
      <table className="classification">
        <thead>
          <tr>
            <th scope="col">{t('col.field')}</th>
            <th scope="col">{t('col.value')}</th>
            <th scope="col">{t('col.status')}</th>
            <th scope="col">{t('col.why')}</th>
            <th scope="col">
              <span className="sr-only">{t('col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {CORRECTABLE_FIELDS.map((field) => {
            const v = correctableValue(result, field);
            const corrected = v.rule === 'corrected';
            return (
              <tr key={field} data-field={field} data-status={v.status} data-rule={v.rule ?? ''}>
                <th scope="row">{t(`field.${field}`)}</th>
                <td data-testid={`classification-value-${field}`}>{shown(field, v)}</td>
                <td>{corrected ? t('status.corrected') : t(`status.${v.status}`)}</td>
                <td>
                  <RuleEvidence field={field} value={v} {...(field === 'interests' ? { interests: result.interests } : {})} name={name} lang={i18n.language} />
                  {editing === field && (
                    <Editor
                      field={field}
                      current={v.value}
                      options={optionsFor(field)}
                      corrected={corrected}
                      onSave={(value) => save(field, value)}
                      onClear={() => clear(field)}
                      onCancel={() => setEditing(null)}
                    />
                  )}
                </td>
                <td>
                  {editing !== field && (
                    <button type="button" className="secondary" onClick={() => setEditing(field)} aria-label={t('correct.buttonFor', { field: t(`field.${field}`) })}>
                      {t('correct.button')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      </details>
    </section>
  );
}
