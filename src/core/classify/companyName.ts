/**
 * A company name read as it is built. A Chinese registered name is 行政区划 + 字号 + 行业表述 +
 * 组织形式 (place, brand, trade statement, legal form: 深圳市 · 华强 · 电子科技 · 有限公司), an
 * English one brand + trade + legal form (Sunrise · Electronics · Co., Ltd.). What is returned is
 * the part that carries the brand and the trade: the legal form, a branch's own part
 * ("…有限公司赣州分公司", "…深圳分行", "…驻华代表处"), text in brackets ("（深圳）", "(集团)") and,
 * in Latin script, the place names that end it ("… Hong Kong", "… in Shanghai"). The trade
 * statement is then the words at its end (industry.ts).
 */
import { placeDictionary } from './places';
import { fold, type FoldedText } from './text';

/** A slice of folded text (the three forms stay aligned, as fold() guarantees). */
function slice(text: FoldedText, start: number, end: number = text.lower.length): FoldedText {
  return { shown: text.shown.slice(start, end), cased: text.cased.slice(start, end), lower: text.lower.slice(start, end) };
}

function without(text: FoldedText, pattern: RegExp): FoldedText {
  let { shown, cased, lower } = text;
  let m: RegExpExecArray | null;
  // Every removal keeps the three forms aligned: the same ranges are cut from each.
  while ((m = pattern.exec(lower))) {
    const start = m.index;
    const end = start + m[0].length;
    shown = shown.slice(0, start) + shown.slice(end);
    cased = cased.slice(0, start) + cased.slice(end);
    lower = lower.slice(0, start) + lower.slice(end);
    pattern.lastIndex = 0;
  }
  return { shown, cased, lower };
}

function trimmed(text: FoldedText): FoldedText {
  const start = text.lower.length - text.lower.trimStart().length;
  const end = text.lower.trimEnd().length;
  return slice(text, start, Math.max(start, end));
}

const BRACKETS = /\s*[(（][^()（）]*[)）]/g;

const CJK_FORM = /(?:(?:集团)?股份有限公司|有限责任公司|有限公司|股份公司|集团公司|总公司|集团|公司|(?:特殊)?普通合伙|有限合伙)$/;
const CJK_FORM_INSIDE = /^(.+?(?:有限责任公司|有限公司|股份公司|公司))(.+)$/;
const CJK_BRANCH = /(?:分公司|分行|支行|分院|分厂|分店|营业部|分理处|(?<!街道)办事处|代表处|办公室)$/;
// A unit of a company named after its parent's legal form (…有限责任公司东莞供电局): its words are the unit's own.
const CJK_UNIT = /(?:分公司|分行|支行|分院|分厂|分店|营业部|分理处|办事处|代表处|局)$/;
const POSTED = /(?:驻华|驻中国|驻京|驻沪|驻穗|驻港)$/;

// Legal forms of many countries, matched at the end of the name, repeatedly ("Co., Ltd.", "GmbH & Co. KG").
const LATIN_FORMS = [
  String.raw`co\.?,?\s*ltd\.?`, String.raw`company\s+limited`, String.raw`pte\.?\s*ltd\.?`, String.raw`pty\.?\s*ltd\.?`, String.raw`sdn\.?\s*bhd\.?`,
  String.raw`gmbh(?:\s*(?:&|\+)\s*co\.?\s*kg(?:aa)?)?`, String.raw`se\s*(?:&|\+)\s*co\.?\s*kg(?:aa)?`, String.raw`ag\s*&\s*co\.?\s*kgaa`, String.raw`s\.?\s?a\.?\s+de\s+c\.?\s?v\.?`,
  String.raw`s\.?p\.?a\.?`, String.raw`s\.?r\.?l\.?`, String.raw`s\.?a\.?s\.?`, String.raw`s\.?a\.?`, String.raw`s\.?l\.?`, String.raw`b\.?v\.?`, String.raw`n\.?v\.?`,
  String.raw`sa\/nv`, String.raw`a\/s`, String.raw`p\/f`, String.raw`oyj(?:\s+abp)?`, String.raw`oy`, String.raw`asa`, String.raw`as`, String.raw`ab(?:\s*\(publ\))?`,
  String.raw`aktiengesellschaft`, String.raw`gmbh`, String.raw`kgaa`, String.raw`kg`, String.raw`ag`, String.raw`se`, String.raw`e\.\s?v\.?`,
  String.raw`k\.\s?k\.?`, String.raw`kabushiki\s+kaisha`, String.raw`ltd\.?`, String.raw`limited`, String.raw`inc\.?`, String.raw`incorporated`, String.raw`l\.?l\.?c\.?`, String.raw`l\.?l\.?p\.?`,
  String.raw`l\.?p\.?`, String.raw`p\.?l\.?c\.?`, String.raw`corp\.?`, String.raw`corporation`, String.raw`company`, String.raw`co\.?`, String.raw`berhad`, String.raw`bhd\.?`,
  String.raw`pcl`, String.raw`tbk`, String.raw`ltda\.?`, String.raw`s\.r\.o\.`, String.raw`sp\.\s*z\s*o\.\s*o\.`, String.raw`holdings?`, String.raw`group(?:e)?`,
];
const LATIN_FORM = new RegExp(String.raw`(?:^|[\s,]+)(?:${LATIN_FORMS.join('|')})[\s.,]*$`, 'i');
const LEADING_THE = /^the\s+/i;

// An association's form (e.V.): not a company's.
const LATIN_ASSOCIATION = /(?:^|[\s,]+)e\.\s?v\.?[\s.,]*$/i;

function stripLatinForms(text: FoldedText): { core: FoldedText; company: boolean } {
  let current = text;
  let company = false;
  for (let i = 0; i < 6; i++) {
    const m = LATIN_FORM.exec(current.lower);
    if (!m || m.index === 0) break;
    if (!LATIN_ASSOCIATION.test(m[0])) company = true;
    current = trimmed(slice(current, 0, m.index));
  }
  const the = LEADING_THE.exec(current.lower);
  return { core: the && the[0].length < current.lower.length ? slice(current, the[0].length) : current, company };
}

function endingPlace(text: FoldedText): number | null {
  let found: number | null = null;
  for (const m of placeDictionary().matcher.scan(text)) if (m.end === text.lower.length) found = m.start;
  return found;
}

interface CjkParts {
  core: FoldedText;
  /** A branch's or unit's own words (胜利油田 of …股份有限公司胜利油田分公司), without the branch word. */
  branch: FoldedText | null;
}

function stripCjkForms(text: FoldedText): CjkParts {
  let current = text;
  let branch: FoldedText | null = null;
  // A branch: the part after the company's own legal form, or the branch word with the place before it.
  const inside = CJK_FORM_INSIDE.exec(current.lower);
  if (inside?.[1] && inside[2] && CJK_UNIT.test(inside[2])) {
    const own = slice(current, inside[1].length);
    const word = CJK_BRANCH.exec(own.lower);
    branch = trimmed(word ? slice(own, 0, word.index) : own);
    current = slice(current, 0, inside[1].length);
  } else if (CJK_BRANCH.test(current.lower)) {
    const m = CJK_BRANCH.exec(current.lower);
    if (m && m.index > 0) {
      current = slice(current, 0, m.index);
      for (let i = 0; i < 3; i++) {
        const posted = POSTED.exec(current.lower);
        if (posted && posted.index > 0) {
          current = slice(current, 0, posted.index);
          continue;
        }
        const place = endingPlace(current);
        if (place === null || place === 0) break;
        current = slice(current, 0, place);
      }
    }
  }
  for (let i = 0; i < 4; i++) {
    const m = CJK_FORM.exec(current.lower);
    if (!m || m.index === 0) break;
    current = slice(current, 0, m.index);
  }
  return { core: current, branch: branch?.lower ? branch : null };
}

/** "… Hong Kong", "… in Shanghai", "… China": where the company is, not what it does. */
function stripTrailingPlaces(text: FoldedText): FoldedText {
  let current = text;
  for (let i = 0; i < 3; i++) {
    const at = endingPlace(current);
    if (at === null || at === 0) break;
    current = trimmed(slice(current, 0, at));
    const joined = /(?:\s+in|\s*[,\-–])$/i.exec(current.lower);
    if (joined && joined.index > 0) current = trimmed(slice(current, 0, joined.index));
  }
  return current;
}

export interface CompanyNameReading {
  /** The name as given, folded (simplified, half-width). */
  whole: FoldedText;
  /** Brand and trade statement: what the industry rule reads. */
  core: FoldedText;
  /** A branch's or unit's own words, read before the parent's (…胜利油田分公司: 胜利油田). */
  branch: FoldedText | null;
  /** Written in Chinese characters (else read as a Latin-script name). */
  cjk: boolean;
  /**
   * The Chinese legal form: a company limited by shares (股份有限公司), a group (集团, 控股: an
   * enterprise group registers as one only above a size), a limited-liability company (有限公司),
   * or another form (a shop, an institution, a name without one). A Latin-script name with a
   * company's legal form (Ltd., Inc., GmbH …) is 'limited'.
   */
  form: 'shares' | 'group' | 'limited' | 'other';
}

const HAS_CJK = /[\u3400-\u9fff]/;

export function readCompanyName(name: string): CompanyNameReading {
  const whole = fold(name);
  const cjk = HAS_CJK.test(whole.lower);
  let core = trimmed(without(whole, new RegExp(BRACKETS.source, 'g')));
  if (!core.lower) core = whole;
  let branch: FoldedText | null = null;
  let latinCompany = false;
  if (cjk) ({ core, branch } = stripCjkForms(core));
  else {
    const stripped = stripLatinForms(core);
    latinCompany = stripped.company;
    core = stripTrailingPlaces(stripped.core);
  }
  core = trimmed(core);
  const form = /股份(?:有限)?公司/.test(whole.lower) ? 'shares' : /集团|控股/.test(whole.lower) ? 'group' : /有限(?:责任)?公司/.test(whole.lower) || latinCompany ? 'limited' : 'other';
  return { whole, core: core.lower ? core : whole, branch, cjk, form };
}
