/**
 * Why a classified value is what it is: the rule that produced it and the evidence it read, in
 * words of the interface's language (core/visitors/explain.ts, the same words as the exports).
 */
import type { ClassifiedValue } from '../../core/classify/types';
import type { Labeller } from '../../core/stats/labels';
import type { TaxonomyLocale } from '../../core/taxonomy/labels';
import { explainEvidence, ruleWords, type ExplainContext, type ExplainedField } from '../../core/visitors/explain';

function locale(lang: string): TaxonomyLocale {
  return lang === 'en' || lang === 'zh-TW' ? lang : 'zh-CN';
}

export function RuleEvidence({ field, value, interests, name, lang }: {
  field: ExplainedField;
  value: ClassifiedValue<unknown>;
  /** For the interests row: each interest with its own rule and evidence. */
  interests?: ReadonlyArray<ClassifiedValue<unknown>>;
  name: Labeller;
  lang: string;
}) {
  const ctx: ExplainContext = { lang: locale(lang), name, industryByName: name.industryByName };
  const shownRule = (v: ClassifiedValue<unknown>) => (v.rule && v.rule !== 'declared' && v.rule !== 'corrected' ? ruleWords(v.rule, ctx.lang) : null);
  const colon = ctx.lang === 'en' ? ': ' : '：';
  const lines = interests
    ? interests.flatMap((i) => {
        const label = name('interest', String(i.value)) ?? String(i.value);
        const rule = shownRule(i);
        return [...(rule ? [`${label}${colon}${rule}`] : []), ...explainEvidence('interests', i, ctx).map((e) => `${label}${colon}${e}`)];
      })
    : explainEvidence(field, value, ctx);
  const rule = interests ? null : shownRule(value);
  return (
    <>
      {rule && <span className="rule">{rule}</span>}
      {lines.length > 0 && (
        <ul className="evidence">
          {lines.map((e, i) => (
            <li key={i}>
              <bdi>{e}</bdi>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
