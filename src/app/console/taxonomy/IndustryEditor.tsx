/** The show's industry list: labels in three languages, the GB/T 4754-2017 and ISIC Rev.4 section of each entry, the GB/T codes it covers and the keywords the industry rule reads. */
import { useTranslation } from 'react-i18next';
import { localized } from '../../../core/schema/localized';
import { GBT_CODE, gbtSectionOf } from '../../../core/taxonomy/gbt4754Codes';
import { GBT_4754_2017, GBT_SECTIONS, ISIC_REV4, ISIC_SECTIONS, type GbtSection, type IsicSection } from '../../../core/taxonomy/industrySections';
import { label } from '../../../core/taxonomy/labels';
import type { IndustryTaxonomy } from '../../../core/taxonomy/schema';
import { type LabelInputs } from './LabelInputs';
import { ListText } from './ListText';

const parseCodes = (text: string) => text.toUpperCase().split(/[\s,，、;；]+/).filter(Boolean);
const formatCodes = (codes: readonly string[]) => codes.join(' ');
const parseKeywords = (text: string) =>
  text
    .split('|')
    .map((k) => k.trim())
    .filter(Boolean);
const formatKeywords = (keywords: readonly string[]) => keywords.join(' | ');

type Entry = IndustryTaxonomy['entries'][number];

/**
 * What is wrong with an entry's codes: a code that is none, or one outside the entry's section
 * (its figures would be counted twice). A last lone digit is a code still being typed.
 */
function codeProblems(entry: Entry): Array<{ code: string; section: string | null }> {
  const problems: Array<{ code: string; section: string | null }> = [];
  const codes = entry.gbtCodes ?? [];
  for (const [k, code] of codes.entries()) {
    if (k === codes.length - 1 && /^\d$/.test(code)) continue;
    const section = GBT_CODE.test(code) ? gbtSectionOf(code) : null;
    if (!section || (entry.gbt && section !== entry.gbt)) problems.push({ code, section });
  }
  return problems;
}

export function IndustryEditor({ value, onChange }: { value: IndustryTaxonomy; onChange(v: IndustryTaxonomy): void }) {
  const { t, i18n } = useTranslation('taxonomy');
  const entries = value.entries;
  const update = (i: number, patch: Partial<IndustryTaxonomy['entries'][number]>) => onChange({ entries: entries.map((e, k) => (k === i ? { ...e, ...patch } : e)) });
  return (
    <section className="card" data-testid="industry-editor">
      <h3>{t('industry.title')}</h3>
      <p className="muted">{t('industry.explain')}</p>
      <div style={{ overflowX: 'auto' }}>
        <table className="tax-table">
          <thead>
            <tr>
              <th scope="col">{t('col.id')}</th>
              <th scope="col" colSpan={3}>
                {t('col.labels')}
              </th>
              <th scope="col">{t('industry.gbt')}</th>
              <th scope="col">{t('industry.isic')}</th>
              <th scope="col">{t('industry.gbtCodes')}</th>
              <th scope="col">{t('industry.keywords')}</th>
              <th scope="col">
                <span className="sr-only">{t('col.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e, i) => {
              const owner = localized(e.labels, i18n.language) || e.id;
              const problems = codeProblems(e).map(({ code, section }) => (section ? t('industry.codeOutside', { code, section, gbt: e.gbt ?? '' }) : t('industry.codeUnknown', { code })));
              return (
                <tr key={i} data-entry={e.id}>
                  <td>
                    <input value={e.id} aria-label={t('col.idOf', { owner })} onChange={(ev) => update(i, { id: ev.target.value })} />
                  </td>
                  <LabelCells value={e.labels} owner={owner} idPrefix={`ind-${i}`} onChange={(labels) => update(i, { labels })} />
                  <td>
                    <select value={e.gbt ?? ''} aria-label={t('industry.gbtOf', { owner })} onChange={(ev) => update(i, { gbt: (ev.target.value || null) as GbtSection | null })}>
                      <option value="">{t('industry.none')}</option>
                      {GBT_SECTIONS.map((s) => (
                        <option key={s} value={s}>
                          {`${s} ${localized(GBT_4754_2017[s].labels, i18n.language)}`}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select value={e.isic ?? ''} aria-label={t('industry.isicOf', { owner })} onChange={(ev) => update(i, { isic: (ev.target.value || null) as IsicSection | null })}>
                      <option value="">{t('industry.none')}</option>
                      {ISIC_SECTIONS.map((s) => (
                        <option key={s} value={s}>
                          {`${s} ${localized(ISIC_REV4[s].labels, i18n.language)}`}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <ListText
                      value={e.gbtCodes ?? []}
                      parse={parseCodes}
                      format={formatCodes}
                      inputMode="text"
                      autoCapitalize="characters"
                      aria-label={t('industry.gbtCodesOf', { owner })}
                      aria-invalid={problems.length > 0 || undefined}
                      aria-describedby={problems.length ? `ind-${i}-codes-problems` : undefined}
                      onChange={(gbtCodes) => update(i, { gbtCodes })}
                    />
                    <div id={`ind-${i}-codes-problems`} aria-live="polite">
                      {problems.map((p) => (
                        <p key={p} className="field-error">
                          {p}
                        </p>
                      ))}
                    </div>
                  </td>
                  <td>
                    <ListText multiline rows={2} value={e.keywords} parse={parseKeywords} format={formatKeywords} aria-label={t('industry.keywordsOf', { owner })} onChange={(keywords) => update(i, { keywords })} />
                  </td>
                  <td>
                    <button type="button" className="secondary" aria-label={t('remove', { owner })} onClick={() => onChange({ entries: entries.filter((_, k) => k !== i) })}>
                      {t('removeShort')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <button type="button" className="secondary" onClick={() => onChange({ entries: [...entries, { id: `industry_${entries.length + 1}`, labels: label('', '', ''), gbt: null, isic: null, gbtCodes: [], keywords: [] }] })}>
        {t('industry.add')}
      </button>
      <p className="muted">{t('industry.codesSyntax')}</p>
      <p className="muted">{t('industry.keywordSyntax')}</p>
    </section>
  );
}

function LabelCells(props: Parameters<typeof LabelInputs>[0]) {
  // Table cells around the three inputs, so each language gets its own column.
  const langs = ['zh-CN', 'zh-TW', 'en'] as const;
  const { t } = useTranslation('taxonomy');
  return (
    <>
      {langs.map((lang) => (
        <td key={lang}>
          <input value={props.value[lang]} aria-label={t('label.in', { lang: t(`lang.${lang}`), owner: props.owner })} onChange={(e) => props.onChange({ ...props.value, [lang]: e.target.value })} />
        </td>
      ))}
    </>
  );
}
