/**
 * Issue 18 item 3: what the desk's walk-in form and the console's visitor page show about a
 * classification is words in the interface's language: no rule id ("region.phone-country-code"),
 * no evidence syntax ("declared: 440000", "trade: 半导体 → 39"), no schema path ("field: …"), and
 * in English no industry or place named in Chinese (the taxonomy has names in each language).
 */
import { cleanup, render, screen } from '@testing-library/react';
import i18n from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { ClassificationTable } from '../../../src/app/console/visitors/ClassificationTable';
import { taxonomyView } from '../../../src/app/data/taxonomy';
import { EMPTY_WALK_IN } from '../../../src/app/data/walkins';
import { WalkInClassification } from '../../../src/app/desk/WalkInClassification';
import { LANGUAGES, type Language } from '../../../src/app/i18n';
import { RETIRED_RULES } from '../../../src/core/classify/types';
import { applyCorrection } from '../../../src/core/classify/correction';
import { classifyVisitor } from '../../../src/core/classify/visitor';
import { DEFAULT_TAXONOMIES } from '../../../src/core/taxonomy/schema';
import type { VisitorRecord } from '../../../src/core/visitors/schema';

// A rule id or a dotted schema path ("region.phone-country-code", "industry.company-keyword",
// "classification.region"), a "field:" path, or a rule's raw evidence line.
const RULE_ID = /\b[a-z]+\.[a-z-]+\b/;
const SCHEMA_PATH = /\b(?:field|fields|path|classification|region|industry|companySize|interests|province|country|city):/;
const RAW_EVIDENCE = /\b(?:declared|trade|with|ambiguous|unused|keyword|no entry|company|unrecognised|mobile|phone|email): |→ (?:[A-T]|\d{2,4})(?:$|\s|;)|\d{6}\b/;
const HAN = /\p{Script=Han}/u;

afterEach(() => {
  cleanup();
});

function classifiedRecord(): VisitorRecord {
  const c = classifyVisitor({
    company: '深圳市华强半导体科技股份有限公司',
    mobile: '+44 7400 123456',
    phone: '0769-22001234',
    email: 'li@huaqiang.de',
    employees: '100-300人',
    declared: { province: '440000', interests: ['sensors'] },
  });
  return {
    id: 'r-1',
    source: 'walkin',
    name: '李雷',
    company: '深圳市华强半导体科技股份有限公司',
    title: '',
    mobile: '+447400123456',
    email: 'li@huaqiang.de',
    category: 'trade',
    createdAt: '2026-06-01T09:00:00Z',
    classifiedAt: '2026-06-01T09:00:00Z',
    stale: false,
    classification: {
      ...c,
      region: { ...c.region, city: applyCorrection(c.region.city, '441900', 'desk:0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', '2026-06-01T09:05:00Z') },
      // What an earlier version stored: a retired rule and its evidence naming the entry in zh-CN.
      industry: { value: 'ict', status: 'inferred', rule: RETIRED_RULES.industryCompanyKeyword, evidence: ['company: 中兴通讯', 'keyword “通讯” → 软件与信息技术服务', 'also names 电子信息与元器件 (not used)'] },
    },
  };
}

/** The text a reader sees, minus what the visitor typed themselves (their company name, a quoted cue). */
function shownText(el: HTMLElement): string {
  return (el.textContent ?? '').replace(/深圳市华强半导体科技股份有限公司|中兴通讯|“[^”]*”|「[^」]*」|li@huaqiang\.de|\+447400123456|0769-22001234|100-300人/g, '');
}

function expectWords(el: HTMLElement, lang: Language) {
  const text = shownText(el);
  expect(text, `${lang}: rule id`).not.toMatch(RULE_ID);
  expect(text, `${lang}: schema path`).not.toMatch(SCHEMA_PATH);
  expect(text, `${lang}: raw evidence`).not.toMatch(RAW_EVIDENCE);
  if (lang === 'en') expect(text, 'en: Chinese names in the English interface').not.toMatch(HAN);
}

describe.each(LANGUAGES)('classification in words (%s)', (lang) => {
  it('on the console’s visitor page', async () => {
    await i18n.changeLanguage(lang);
    render(<ClassificationTable record={classifiedRecord()} onCorrect={async () => undefined} />);
    const table = screen.getByTestId('classification');
    expectWords(table, lang);
    // And it does say why: the rules are named.
    const why = { 'zh-CN': '固定电话区号', 'zh-TW': '固定電話區號', en: 'landline area code' }[lang];
    expect(table.textContent).toContain(why);
  });

  it('on the desk’s walk-in form', async () => {
    await i18n.changeLanguage(lang);
    const input = { ...EMPTY_WALK_IN, name: 'Tom', company: 'Acme Semiconductor Ltd', mobile: '+44 7400 123456', email: 'tom@acme.de', province: '440000', interests: ['sensors'] };
    render(<WalkInClassification input={input} taxonomies={DEFAULT_TAXONOMIES} view={taxonomyView(DEFAULT_TAXONOMIES, lang)} countries={[]} onCorrections={() => undefined} />);
    const section = screen.getByTestId('walkin-classification');
    expectWords(section, lang);
    expect(section.querySelector('tr[data-field="industry"]')?.textContent).toMatch(lang === 'en' ? /Manufacturing/ : /制造业|製造業/);
  });
});

afterEach(async () => {
  await i18n.changeLanguage('en');
});
