/**
 * A classified value in words, for whoever receives it: its status (declared, inferred, unknown),
 * the rule that produced it by a name, and the evidence as sentences — in zh-CN, zh-TW or en. The
 * exports, the desk and the console all show these words, never a rule id such as
 * "industry.company-name" nor a raw line such as "declared: 440000".
 *
 * Rules store their evidence as short machine-readable lines (classify/*.ts; they are what the
 * audit trail keeps and what tests assert). This module is the one place that reads those lines
 * back: every form a rule writes, including the forms earlier versions stored, has a sentence
 * here; a line of another form is shown as it is (it is then the visitor's own text). The texts
 * live here rather than in the app's locale files because the server's exports need them too, and
 * the server never imports the app; like the taxonomy labels, each carries all three languages.
 */
import { RETIRED_RULES, RULES, type ClassificationStatus, type ClassifiedValue } from '../classify/types';
import { placeDictionary } from '../classify/places';
import { GBT_4754_2017, isGbtSection } from '../taxonomy/industrySections';
import { gbtTitle } from '../taxonomy/gbt4754Classes';
import { gbtSectionOf } from '../taxonomy/gbt4754Codes';
import { placeNameToTraditional } from '../taxonomy/hanzi';
import type { TaxonomyLocale } from '../taxonomy/labels';
import type { LabelKind } from '../stats/labels';

export type ExplainedField = 'country' | 'province' | 'city' | 'industry' | 'companySize' | 'interests';

export interface ExplainContext {
  lang: TaxonomyLocale;
  /** Names of codes in the event's taxonomies (labeller() of core/stats/labels.ts). */
  name(kind: LabelKind, code: string): string | null;
  /** The id of the industry entry with this name in any language (labeller().industryByName); for lines of earlier versions that stored names. */
  industryByName?(name: string): string | null;
  /** Exhibitors' names by id, for interests inferred from booth scans. */
  exhibitor?(id: string): string | null;
}

export interface Explained {
  status: string;
  rule: string;
  evidence: string;
}

type Words = Readonly<Record<TaxonomyLocale, string>>;
const w = (zhCN: string, zhTW: string, en: string): Words => ({ 'zh-CN': zhCN, 'zh-TW': zhTW, en });

const STATUS: Readonly<Record<ClassificationStatus | 'corrected', Words>> = {
  declared: w('本人填写', '本人填寫', 'Declared'),
  inferred: w('推断', '推斷', 'Inferred'),
  unknown: w('不详', '不詳', 'Unknown'),
  corrected: w('工作人员已更正', '工作人員已更正', 'Corrected by staff'),
};

const RULE_NAMES: Readonly<Record<string, Words>> = {
  [RULES.declared]: w('观众本人填写', '觀眾本人填寫', 'the visitor’s own answer'),
  [RULES.corrected]: w('工作人员更正', '工作人員更正', 'correction by staff'),
  [RULES.regionDeclaredParent]: w('由填写的城市或省份推出', '由填寫的城市或省份推出', 'from the city or province given'),
  [RULES.regionPhoneCountryCode]: w('电话号码的国家代码', '電話號碼的國家代碼', 'country code of the phone number'),
  [RULES.regionPhoneNationalFormat]: w('电话号码的格式', '電話號碼的格式', 'format of the phone number'),
  [RULES.regionAreaCode]: w('固定电话区号', '固定電話區號', 'landline area code'),
  [RULES.regionAddress]: w('地址', '地址', 'address'),
  [RULES.regionEmailCcTld]: w('邮箱域名', '電子郵件網域', 'e-mail domain'),
  [RULES.sizeEmployeeCount]: w('员工人数', '員工人數', 'number of employees'),
  [RULES.sizeAmbiguous]: w('员工人数跨越多个档位', '員工人數跨越多個級距', 'employee range spans several bands'),
  [RULES.sizeUnreadable]: w('员工人数无法识别', '員工人數無法辨識', 'employee number not readable'),
  [RULES.industryDeclaredText]: w('观众填写的行业文字', '觀眾填寫的行業文字', 'the visitor’s answer, read as a trade'),
  [RULES.industryBusinessScope]: w('经营范围', '經營範圍', 'business scope'),
  [RULES.industryCompanyName]: w('公司名称中的行业表述', '公司名稱中的行業表述', 'trade stated in the company name'),
  [RULES.industryAmbiguous]: w('名称所述行业可作多种理解', '名稱所述行業可作多種理解', 'the stated trade fits several industries'),
  [RULES.industryNoEntry]: w('行业列表中没有对应项', '行業列表中沒有對應項', 'no entry of the list for this industry'),
  [RULES.industryUnrecognised]: w('未识别出行业', '未辨識出行業', 'no trade recognised'),
  [RETIRED_RULES.industryCompanyKeyword]: w('公司名称关键词（旧规则）', '公司名稱關鍵詞（舊規則）', 'keyword in the company name (earlier rule)'),
  [RETIRED_RULES.industryDeclaredTextKeyword]: w('填写文字中的关键词（旧规则）', '填寫文字中的關鍵詞（舊規則）', 'keyword in the visitor’s answer (earlier rule)'),
  [RULES.interestScannedAtBooth]: w('在展商展位扫描胸卡', '在展商攤位掃描胸卡', 'badge scanned at exhibitors’ booths'),
};

const T = {
  none: w('—', '—', '—'),
  otherRule: w('其他规则', '其他規則', 'another rule'),
  company: w('公司名称', '公司名稱', 'company name'),
  answer: w('填写', '填寫', 'answer'),
  scope: w('经营范围', '經營範圍', 'business scope'),
  mobile: w('手机', '手機', 'mobile'),
  phone: w('电话', '電話', 'phone'),
  email: w('邮箱', '電子郵件', 'e-mail'),
  address: w('地址', '地址', 'address'),
  corrected: w('更正值', '更正值', 'corrected value'),
  employees: w('员工人数', '員工人數', 'employees'),
  booths: w('扫描胸卡的展商', '掃描胸卡的展商', 'scanned at the booths of'),
  boothCount: w('在 {n} 家展商的展位扫描胸卡', '在 {n} 家展商的攤位掃描胸卡', 'badge scanned at {n} exhibitors’ booths'),
  section: w('门类', '門類', 'section'),
  division: w('大类', '大類', 'division'),
  group: w('中类', '中類', 'group'),
  class: w('小类', '小類', 'class'),
  retired: w('（已停用）', '（已停用）', ' (retired)'),
  notUsed: w('（未采用）', '（未採用）', ' (not used)'),
  doesNotFit: w('（与其他信息不符）', '（與其他資訊不符）', ' (does not fit the rest)'),
} as const;

const sep: Words = w('；', '；', '; ');
const colon: Words = w('：', '：', ': ');
const quote = (text: string, lang: TaxonomyLocale) => (lang === 'zh-TW' ? `「${text}」` : `“${text}”`);

function tw(text: string, lang: TaxonomyLocale): string {
  return lang === 'zh-TW' ? placeNameToTraditional(text) : text;
}

/** "39" → "制造业（GB/T 4754 大类 39 计算机、通信和其他电子设备制造业）", in the context's language. */
function gbtWords(code: string, lang: TaxonomyLocale): string {
  const section = gbtSectionOf(code);
  if (!section || !isGbtSection(section)) return code;
  const sectionName = GBT_4754_2017[section].labels[lang];
  if (code === section) return lang === 'en' ? `${sectionName} (GB/T 4754 section ${section})` : `${sectionName}（GB/T 4754 ${T.section[lang]} ${section}）`;
  const level = code.length === 2 ? T.division : code.length === 3 ? T.group : T.class;
  // The standard's titles are Chinese; zh-CN readers get them in full.
  const title = lang === 'zh-CN' ? gbtTitle(code) : undefined;
  return lang === 'en' ? `${sectionName} (GB/T 4754 ${level.en} ${code})` : `${sectionName}（GB/T 4754 ${level[lang]} ${code}${title ? ` ${title}` : ''}）`;
}

function sectionOnly(code: string, lang: TaxonomyLocale): string {
  const section = gbtSectionOf(code);
  return section && isGbtSection(section) ? GBT_4754_2017[section].labels[lang] : code;
}

/** A place name the region rules wrote in zh-CN ("东莞市"), named in the context's language. */
function placeWords(text: string, ctx: ExplainContext): string {
  const d = placeDictionary();
  const city = d.cities.exact(text)?.[0];
  if (city) return ctx.name('city', city) ?? text;
  const province = d.provinces.exact(text)?.[0];
  if (province) return ctx.name('province', province) ?? text;
  const country = d.countries.exact(text)?.[0];
  if (country) return ctx.name('country', country) ?? text;
  return text;
}

/** An industry entry stored by its name (in any of the three languages, or its id), named in the context's language. */
function industryNamed(stored: string, ctx: ExplainContext): string | null {
  return ctx.name('industry', stored) ?? (ctx.industryByName ? ctx.name('industry', ctx.industryByName(stored) ?? '') : null);
}

/** A value code (or a name) of a field, named. */
function valueWords(field: ExplainedField, value: string, ctx: ExplainContext): string {
  const region: LabelKind[] = /^[A-Z]{2}$/.test(value) ? ['country'] : /^\d{6}$/.test(value) ? ['province', 'city'] : [];
  const kinds: LabelKind[] = field === 'interests' ? ['interest'] : field === 'country' || field === 'province' || field === 'city' ? region : [field];
  for (const kind of kinds) {
    const named = ctx.name(kind, value);
    if (named) return named;
  }
  return field === 'country' || field === 'province' || field === 'city' ? placeWords(value, ctx) : value;
}

const SOURCE_WORDS: Readonly<Record<string, keyof typeof T>> = { mobile: 'mobile', phone: 'phone', email: 'email', address: 'address', declared: 'answer', corrected: 'corrected', company: 'company', scope: 'scope' };

function statusWords(value: ClassifiedValue<unknown>, lang: TaxonomyLocale): string {
  return (value.rule === RULES.corrected ? STATUS.corrected : STATUS[value.status])[lang];
}

/** A rule's name in words; a rule this version does not know is "another rule", never its id. */
export function ruleWords(rule: string | undefined, lang: TaxonomyLocale): string {
  if (!rule) return T.none[lang];
  return (RULE_NAMES[rule] ?? T.otherRule)[lang];
}

export function statusName(status: ClassificationStatus, lang: TaxonomyLocale, corrected = false): string {
  return (corrected ? STATUS.corrected : STATUS[status])[lang];
}

function who(by: string, lang: TaxonomyLocale): string {
  const [role = '', id = ''] = by.split(/:(.*)/s);
  if (role === 'organizer') return lang === 'en' ? `${id} (organizer)` : `${id}（主办方）`;
  if (role === 'desk') {
    // A device id is long and means little: its last characters tell two desks apart.
    const desk = id ? ` ${id.slice(-6)}` : '';
    const spaced = desk ? `${desk} ` : '';
    return lang === 'en' ? (desk ? `staff at registration desk${desk}` : 'staff at the registration desk') : lang === 'zh-TW' ? `登記台${spaced}的工作人員` : `登记台${spaced}的工作人员`;
  }
  return by;
}

function when(at: string | undefined, lang: TaxonomyLocale): string {
  if (!at) return '';
  const shown = at.replace('T', ' ').replace(/:\d\d(?:\.\d+)?Z$/, ' UTC');
  return lang === 'en' ? ` on ${shown}` : `，${shown}`;
}

/** One evidence line in words. */
function line(field: ExplainedField, text: string, ctx: ExplainContext): string {
  const { lang } = ctx;
  let m: RegExpExecArray | null;

  // Industry (classify/industry.ts).
  if ((m = /^trade: (.+) → ([A-T]|\d{2,4})$/.exec(text))) return `${quote(m[1] as string, lang)} → ${gbtWords(m[2] as string, lang)}`;
  if ((m = /^with: (.+) → ([A-T]|\d{2,4})$/.exec(text))) {
    const cue = quote(m[1] as string, lang);
    const section = sectionOnly(m[2] as string, lang);
    return lang === 'en' ? `read with ${cue}: ${section}` : lang === 'zh-TW' ? `連同${cue}理解為${section}` : `连同${cue}理解为${section}`;
  }
  if ((m = /^keyword: (.+) → (.+)$/.exec(text))) {
    const entry = ctx.name('industry', m[2] as string) ?? (m[2] as string);
    return lang === 'en' ? `the show’s keyword ${quote(m[1] as string, lang)} places it in “${entry}”` : lang === 'zh-TW' ? `展會關鍵詞${quote(m[1] as string, lang)}歸入「${entry}」` : `展会关键词${quote(m[1] as string, lang)}归入“${entry}”`;
  }
  if ((m = /^ambiguous: (.+) → (.+)$/.exec(text))) {
    const codes = (m[2] as string).split('|');
    const names = [...new Set(codes.map((c) => sectionOnly(c, lang)))];
    const term = quote(m[1] as string, lang);
    if (codes.length === 2 && codes[1] === 'F' && gbtSectionOf(codes[0] as string) === 'C') {
      return lang === 'en' ? `${term} names a product but not whether the company makes or sells it: left unknown` : lang === 'zh-TW' ? `${term}只說明產品，未說明是製造還是銷售，不作推斷` : `${term}只说明产品，未说明是制造还是销售，不作推断`;
    }
    return lang === 'en' ? `${term} may mean ${names.join(' or ')}: left unknown` : lang === 'zh-TW' ? `${term}可指${names.join('或')}，不作推斷` : `${term}可指${names.join('或')}，不作推断`;
  }
  if ((m = /^unused: (.+) → ([A-T]|\d{2,4})$/.exec(text))) {
    const term = quote(m[1] as string, lang);
    return lang === 'en' ? `${term} inside the brand, not the trade statement${T.notUsed.en}` : lang === 'zh-TW' ? `字號中的${term}不是行業表述${T.notUsed[lang]}` : `字号中的${term}不是行业表述${T.notUsed[lang]}`;
  }
  if ((m = /^no entry: ([A-T]|\d{2,4})$/.exec(text))) {
    const what = gbtWords(m[1] as string, lang);
    return lang === 'en' ? `no entry of the show’s list covers ${what}` : lang === 'zh-TW' ? `展會行業列表中沒有涵蓋${what}的項` : `展会行业列表中没有覆盖${what}的项`;
  }
  if ((m = /^unrecognised: (.+)$/.exec(text)) || (m = /^declared “(.+)” not recognised$/.exec(text))) {
    return lang === 'en' ? `answer not recognised: ${m[1]}` : lang === 'zh-TW' ? `未能辨識的填寫：${m[1]}` : `未能识别的填写：${m[1]}`;
  }
  // Industry lines earlier versions stored.
  if ((m = /^keyword “(.+)” → (.+)$/.exec(text))) {
    // The target was stored as the entry's zh-CN name: named again in the reader's language.
    const target = industryNamed(m[2] as string, ctx) ?? tw(m[2] as string, lang);
    return lang === 'en' ? `keyword ${quote(m[1] as string, lang)} → ${target}` : `${lang === 'zh-TW' ? '關鍵詞' : '关键词'}${quote(m[1] as string, lang)} → ${target}`;
  }
  if ((m = /^also names (.+) \(not used\)$/.exec(text))) {
    const other = industryNamed(m[1] as string, ctx) ?? tw(m[1] as string, lang);
    return lang === 'en' ? `also names ${other}${T.notUsed.en}` : `也指向${other}${T.notUsed[lang]}`;
  }

  // Region (classify/region.ts).
  if ((m = /^area code (\d+)( \(retired\))? → (.+?)(?:, shared by (.+))?$/.exec(text))) {
    const where = placeWords(m[3] as string, ctx);
    const shared = m[4] ? (/^\d+ cities/.test(m[4]) ? m[4].replace(/^(\d+) cities and counties$/, lang === 'en' ? 'shared by $1 cities and counties' : lang === 'zh-TW' ? '由 $1 個市縣共用' : '由 $1 个市县共用') : (lang === 'en' ? 'shared by ' : lang === 'zh-TW' ? '共用：' : '共用：') + (m[4].split('/').map((p) => placeWords(p, ctx)).join('/'))) : '';
    const retired = m[2] ? T.retired[lang] : '';
    const head = lang === 'en' ? `area code ${m[1]}${retired} → ${where}` : `${lang === 'zh-TW' ? '區號' : '区号'} ${m[1]}${retired} → ${where}`;
    return shared ? `${head}${lang === 'en' ? ', ' : '，'}${shared}` : head;
  }
  if ((m = /^domain \.(\S+)$/.exec(text))) return lang === 'en' ? `domain .${m[1]}` : `${lang === 'zh-TW' ? '網域' : '域名'} .${m[1]}`;
  if ((m = /^(\w+) suggests (.+) \((not used|does not fit)\)$/.exec(text))) {
    const source = SOURCE_WORDS[m[1] as string];
    const what = source ? T[source][lang] : (m[1] as string);
    const tail = m[3] === 'not used' ? T.notUsed[lang] : T.doesNotFit[lang];
    return lang === 'en' ? `${what} suggests ${placeWords(m[2] as string, ctx)}${tail}` : `${what}${lang === 'zh-TW' ? '指向' : '指向'}${placeWords(m[2] as string, ctx)}${tail}`;
  }

  // Company size (classify/companySize.ts).
  if ((m = /^spans (.+)$/.exec(text))) {
    const bands = (m[1] as string).split(', ').map((b) => ctx.name('companySize', b) ?? b);
    return lang === 'en' ? `spans the bands ${bands.join(', ')}` : `${lang === 'zh-TW' ? '跨越級距' : '跨越档位'}：${bands.join('、')}`;
  }
  if ((m = /^declared “(.+)” is not a band$/.exec(text))) return lang === 'en' ? `answer ${quote(m[1] as string, lang)} is not a band` : lang === 'zh-TW' ? `填寫的${quote(m[1] as string, lang)}不是規模級距` : `填写的${quote(m[1] as string, lang)}不是规模档位`;

  // Corrections (classify/correction.ts).
  if ((m = /^corrected by (.+?)(?: at (\S+))?$/.exec(text))) {
    const by = who(m[1] as string, lang);
    return lang === 'en' ? `corrected by ${by}${when(m[2], lang)}` : `${lang === 'zh-TW' ? '由' : '由'}${by}更正${when(m[2], lang)}`;
  }
  if ((m = /^previously (.+) \((declared|inferred|unknown)(?:, (.+))?\)$/.exec(text))) {
    const value = m[1] === 'unknown' ? STATUS.unknown[lang] : valueWords(field, m[1] as string, ctx);
    const how = [STATUS[m[2] as ClassificationStatus][lang], m[3] ? ruleWords(m[3], lang) : ''].filter(Boolean).join(lang === 'en' ? ', ' : '，');
    return lang === 'en' ? `previously ${value} (${how})` : `${lang === 'zh-TW' ? '原為' : '原为'}${value}（${how}）`;
  }

  // "source: text" lines (every rule): the source named, the text as read.
  if ((m = /^(mobile|phone|email|address|declared|corrected|company|scope|employees): (.*)$/s.exec(text))) {
    const source = m[1] as string;
    const label = source === 'employees' ? T.employees[lang] : T[SOURCE_WORDS[source] ?? 'answer'][lang];
    const shown = source === 'declared' || source === 'corrected' ? valueWords(field, m[2] as string, ctx) : m[2];
    return `${label}${colon[lang]}${shown}`;
  }
  return text;
}

/** A classified value (one interest for interests) in words. */
export function explainValue(field: ExplainedField, value: ClassifiedValue<unknown>, ctx: ExplainContext): Explained {
  const { lang } = ctx;
  let evidence: string[];
  if (value.rule === RULES.interestScannedAtBooth) {
    const ids = value.evidence ?? [];
    const names = ctx.exhibitor ? ids.map((id) => ctx.exhibitor?.(id) ?? null).filter((n): n is string => n !== null) : [];
    // Exhibitor ids mean nothing to a reader: names when known, else how many booths.
    evidence = names.length === ids.length && names.length ? [`${T.booths[lang]}${colon[lang]}${names.join(lang === 'en' ? ', ' : '、')}`] : ids.length ? [T.boothCount[lang].replace('{n}', String(ids.length))] : [];
  } else {
    evidence = (value.evidence ?? []).map((e) => line(field, e, ctx));
  }
  return { status: statusWords(value, lang), rule: value.status === 'unknown' && !value.rule ? T.none[lang] : ruleWords(value.rule, lang), evidence: evidence.join(sep[lang]) };
}

/** The evidence lines in words, one per line (the desk and the console list them). */
export function explainEvidence(field: ExplainedField, value: ClassifiedValue<unknown>, ctx: ExplainContext): string[] {
  if (value.rule === RULES.interestScannedAtBooth) return explainValue(field, value, ctx).evidence ? [explainValue(field, value, ctx).evidence] : [];
  return (value.evidence ?? []).map((e) => line(field, e, ctx));
}
