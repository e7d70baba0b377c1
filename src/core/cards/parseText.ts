/**
 * Business-card text → fields. The input is what OCR read, line by line in reading order (with
 * each line's glyph height when known: the name is usually the largest text). The rules are
 * those a person uses on Chinese and English cards:
 *
 *  1. Email and web addresses by pattern; numbers by libphonenumber (E.164), labelled mobile /
 *     phone / fax by the word in front of them (手机/电话/传真, M/T/F, Mobile/Tel/Fax…), else by
 *     the number's type (a Chinese 1xx number is a mobile).
 *  2. What is left of each line is an address (地址 label, 省/市/区/路/号…, street words with a
 *     number, postal codes, countries), a company (有限公司, Co., Ltd., GmbH, Inc.…), a job title
 *     (经理/总监/Manager/Director…) or a name (2–4 Han characters, best with a known surname, or
 *     2–4 capitalised words), in that order of precedence.
 *  3. On bilingual cards the Chinese version of a field wins: these are Chinese shows and the
 *     organizer's database sorts visitors by the Chinese company name.
 *
 * Every field may be null; staff confirm or correct what was found.
 */
import type { CountryCode } from 'libphonenumber-js';
import { toHalfWidth } from '../text/normalise';
import { escapeRe, findEmails, findNumbers, findWebsites, isLabelOnly, phoneFieldValue, phoneLabelsIn, removeSpans, type FoundNumber } from './contacts';
import { emptyCardFields, type CardFields } from './fields';
import { addressScore, enAddressScore, hanCount, isCompanyText, isTitleText, zhAddressScore } from './lineKinds';
import { emailSpellsName, enName, hasSurname, isBrandText, zhName, type BrandEvidence, type NameGuess } from './names';
import { ADDRESS_LABELS, COMPANY_LABELS, COMPANY_SUFFIX_ONLY, COMPOUND_STREET, COUNTRY_WORDS, EMAIL_LABELS, EN_STREET_WORDS, FAX_LABELS, MOBILE_LABELS, PHONE_LABELS, WEB_LABELS, EN_COMPANY_SUFFIX, EN_POSTAL_LINE, EN_TITLE_WORDS, NAME_LABELS, TITLE_LABELS, ZH_ADDRESS_MARKERS, ZH_COMPANY_SUFFIX, type PhoneKind } from './patterns';

export interface CardTextLine {
  text: string;
  /** Glyph height in pixels of the source image; only compared between lines of one card. */
  height?: number;
}

export interface ParseCardOptions {
  /** Country for numbers printed without a country code. */
  defaultCountry?: CountryCode;
}

interface Line {
  index: number;
  /** Normalised text. */
  text: string;
  /** Text left after numbers, emails, web addresses and their labels were taken out. */
  rest: string;
  height: number;
  taken: boolean;
}

/**
 * A label at the start of a text. Chinese labels may stand without a colon ("地址 北京市…");
 * English ones need a colon or full stop, or a non-letter after the space ("Address 12 Main St"),
 * so "Company Limited" is no "Company:" label; single letters need a colon or a space.
 */
function labelRe(labels: readonly string[]): RegExp {
  const sorted = [...labels].sort((a, b) => b.length - a.length);
  const han = sorted.filter((l) => /[^a-z]/i.test(l) && !/^[a-z-]+$/i.test(l)).map(escapeRe);
  const latin = sorted.filter((l) => /^[a-z-]+$/i.test(l) && l.length > 1).map(escapeRe);
  const short = sorted.filter((l) => l.length === 1).map(escapeRe);
  const parts: string[] = [];
  if (han.length) parts.push(`(?:${han.join('|')})\\s*[:.]?`);
  // …or Chinese text right after it ("Add湖北省…" on a bilingual card).
  if (latin.length) parts.push(`(?:${latin.join('|')})(?![a-z])(?:\\s*[:.]|\\s+(?=[^\\p{L}])|\\s*(?=\\p{Script=Han}))`);
  if (short.length) parts.push(`(?:${short.join('|')})(?:\\s*[:.]|\\s)`);
  return new RegExp(`^\\s*(?:${parts.join('|')})\\s*`, 'iu');
}

const ADDRESS_LABEL = labelRe(ADDRESS_LABELS);
const NAME_LABEL = labelRe(NAME_LABELS);
const COMPANY_LABEL = labelRe(COMPANY_LABELS);
const TITLE_LABEL = labelRe(TITLE_LABELS);

/** Icons and separators printed on cards that OCR reads as characters. */
const NOISE = /[•●▪■□◆◇★☆☎☏✆✉|｜¦]|[\u{1F300}-\u{1FAFF}]/gu;

/**
 * OCR of Latin text often drops the spaces between words ("PurchasingManager", "58KingStreet",
 * "Hamburg,Germany"). Put back the ones a camel-case or digit/word join gives away, except inside
 * email and web addresses. The model's dictionary has no "ß": "straSe"/"straBe" is "straße".
 */
function respace(token: string): string {
  if (/@|www\.|https?:|\.(com|cn|net|org)\b/i.test(token)) return token;
  return token
    .replace(/(?<=\p{Ll})stra[SB8]e(?=\b|\d)/gu, 'straße')
    .replace(/(?<=\p{Ll}{2})(?=\p{Lu}\p{Ll})/gu, ' ')
    .replace(/(?<=\p{Ll}{2})(?=\p{Lu}{2,}\.?$)/gu, ' ')
    .replace(/(?<=(?:^|[^\p{L}])\p{Lu}{2})(?=\d{5}\b)/gu, ' ')
    .replace(/(?<=\d)(?=\p{Lu}\p{Ll}{2})/gu, ' ')
    .replace(/(?<=\p{Ll}{3})(?=\d)/gu, ' ')
    .replace(/,(?=\p{L})/gu, ', ')
    // A degree run into the name ("McAllisterMSc").
    .replace(/(?<=\p{Ll}{2})(?=(?:PhD|MSc|BSc|MBA|MEng|BEng|MPhil|DPhil|CPA|P\.E\.)\.?$)/gu, ' ')
    // A zero in front of lower-case letters is an O ("0ceanwide"); "C080202" after a city is "CO 80202".
    .replace(/(?<![\p{L}\d])0(?=\p{Ll}{2})/gu, 'O')
    .replace(/^([A-Z])0(\d{5})$/, '$1O $2');
}

/**
 * One-letter labels printed with no gap read as part of the value: "Ewalter.thornton@…",
 * "Wwww.…", "Wwindrose-global.co.uk", "AMainzer Landstrasse 6", "E-mailp.thornton@…". A space
 * puts the label back on its own, where the label rules take it. Only where the value's shape
 * says so: an email's local part and a host are lower case, a street starts with a capital or a
 * number.
 */
function unglueLabel(token: string, first: boolean): string {
  return token
    .replace(/^([\u3400-\u9fff]*)((?:E-?mail|EMAIL|E-MAIL|Mail)[:.]?)(?=[a-z0-9][a-z0-9._%+-]*@)/, '$1$2 ')
    // Letters glued in front of "www." are a label, whole or in part ("Webwww.", "ebsitewww.").
    .replace(/^([\u3400-\u9fff]*[A-Za-z]{1,8}[:.]?)(?=www\d?\.[a-z0-9-]+\.)/, '$1 ')
    .replace(/^W(?=www\d?\.|[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/\S*)?$)/, 'W ')
    .replace(first ? /^A(?=\p{Lu}\p{Ll}|\d)/u : /^$/, 'A ');
}

const ALL_LABELS = [...ADDRESS_LABELS, ...EMAIL_LABELS, ...WEB_LABELS, ...MOBILE_LABELS, ...PHONE_LABELS, ...FAX_LABELS, ...NAME_LABELS, ...COMPANY_LABELS, ...TITLE_LABELS]
  .filter((l) => /^[a-z-]+$/i.test(l))
  .sort((a, b) => b.length - a.length)
  .map(escapeRe);
/**
 * "Address | Suite 8.19", "Email / x@y", "T|+86…", and the bar read as a capital I ("FI+86…",
 * "WI qinghe-tech.com", "Web I https://…"): a separator after a label is a colon.
 */
const LABEL_BAR = new RegExp(`^(\\s*(?:${ALL_LABELS.join('|')}))\\s*(?:[|｜¦/]|I(?=\\s|[+(\\d]))(?!\\s*(?:${ALL_LABELS.join('|')})\\b)\\s*`, 'i');

function normaliseLine(raw: string): string {
  return toHalfWidth(raw.normalize('NFKC'))
    .replace(LABEL_BAR, (_m, label: string) => `${label}: `)
    // "Address Rm 3219…" with its bar lost to blur: no address or email begins with that word.
    .replace(/^\s*(address|e-?mail)\s+(?=\S)/i, '$1: ')
    .replace(/^A[Il|](?=\p{Lu}\p{Ll})/u, 'A: ')
    // A one-letter label with its bar read as "I" before a number ("MI+49…", "TI+49…").
    .replace(/(?<![\p{L}])([MTFP])I(?=\s?[+(]?\d)/gu, '$1: ')
    .replace(NOISE, ' ')
    .replace(/[‐‑‒–—―−]/g, '-')
    .split(/\s+/)
    .map((token, i) => unglueLabel(token, i === 0))
    .join(' ')
    .split(/\s+/)
    .map(respace)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * "Ewalter.thornton@…" is the label E glued to the email, but "Emma@…" is Emma's email: the E
 * is a label unless the local part, E included, is a word printed elsewhere on the card (her name).
 */
function unglueEmailE(lines: Line[]): void {
  for (const line of lines) {
    const m = /(^|\s)E([a-z0-9][a-z0-9._%+-]*)@/.exec(line.text);
    if (!m) continue;
    const local = `e${m[2] ?? ''}`;
    // "emma" of "Emma Wilson" begins "emma@", "emmawilson@", "emma.wilson@".
    const elsewhere = lines.filter((l) => l !== line).flatMap((l) => l.text.toLowerCase().split(/[^a-z]+/));
    if (elsewhere.some((w) => w.length >= 3 && w.startsWith('e') && local.startsWith(w))) continue;
    line.text = `${line.text.slice(0, m.index + (m[1] ?? '').length)}E ${line.text.slice(m.index + (m[1] ?? '').length + 1)}`;
    line.rest = line.text;
  }
}

function toLines(input: ReadonlyArray<string | CardTextLine>): Line[] {
  const lines: Line[] = [];
  for (const item of input) {
    const raw = typeof item === 'string' ? item : item.text;
    for (const part of raw.split(/\r?\n/)) {
      const text = normaliseLine(part);
      if (!text) continue;
      const height = typeof item === 'string' ? 0 : (item.height ?? 0);
      lines.push({ index: lines.length, text, rest: text, height, taken: false });
    }
  }
  unglueEmailE(lines);
  return lines;
}

// ─── addresses, companies, titles, names ───────────────────────────────────────────────────────

/** Takes the label off a text; bilingual cards print two in a row ("地址 Add:", "手机 Mobile:"). */
function stripLabel(text: string, re: RegExp): { text: string; labelled: boolean } {
  let rest = text;
  for (let i = 0; i < 2; i++) {
    const m = re.exec(rest);
    if (!m || m[0].length >= rest.length) break;
    rest = rest.slice(m[0].length).trim();
  }
  return { text: rest, labelled: rest !== text };
}

/**
 * "合伙人 Partner", "海外事业部经理Overseas Business Manager": a bilingual card prints the
 * title twice on one line; the Chinese one is the field (decision 12).
 */
function chineseTitle(text: string): string {
  const m = /^([^A-Za-z]*\p{Script=Han}[^A-Za-z]*?)\s*[/|(（]?\s*[A-Za-z][A-Za-z .,&'’()-]{2,}$/u.exec(text);
  return m?.[1] && isTitleText(m[1]) ? m[1].trim() : text;
}

/**
 * A line of title-case words the size of the company line below it, which is neither a job title
 * nor a street. Only with known text heights: by its words alone "Suzhou Chuangxin Auto" could be
 * a person's name, and the name is nearly always printed larger.
 */
function isWrappedEnglishPart(part: Line, company: Line): boolean {
  if (!part.height || !company.height || part.rest.replace(/\W/g, '').length < 2) return false;
  // "Hefei Qinghe Fine Chemicals Co.," / "Ltd.": a line ending in "Co." is a company's head however long.
  const words = /\bco\.?,?$/i.test(part.rest) ? '{1,8}' : '{1,4}';
  return !hanCount(part.rest) && new RegExp(`^(\\p{Lu}[\\p{L}&'.,-]*\\s?)${words}$`, 'u').test(part.rest) && similarHeight(part, company) && !isTitleText(part.rest) && !isCompanyText(part.rest) && !COUNTRY_WORDS.test(part.rest);
}

function similarHeight(a: Line, b: Line): boolean {
  if (!a.height || !b.height) return true;
  return Math.max(a.height, b.height) / Math.min(a.height, b.height) < 1.3;
}

/**
 * A name printed in capitals with its space lost ("AMELIALINDQVIST,CPA",
 * "FREDERICKHUGHES-WHITFIELD"): the email's local part ("alindqvist", "kowalski.amelia") says
 * where the given name ends.
 */
function splitGluedName(text: string, email: string | null): string {
  const m = /^(\p{Lu}[\p{Lu}-]{5,})(\s*,.*|\s+\S{1,6})?$/u.exec(text);
  if (!m || !email || /\s/.test(m[1] ?? '')) return text;
  const token = m[1] ?? '';
  const letters = token.toLowerCase().replace(/[^a-z]/g, '');
  const local = (email.split('@')[0] ?? '').toLowerCase();
  const parts = local.split(/[._-]+/).filter((p) => p.length >= 3);
  const bare = local.replace(/[^a-z]/g, '');
  // "alindqvist" is an initial and the surname: the whole local part would also end "AMELIALINDQVIST".
  const candidates = [...(bare[0] === letters[0] ? [bare.slice(1)] : []), ...parts, bare.slice(0, -1)].filter((c) => c.length >= 3 && c.length <= letters.length - 2);
  let at = -1;
  for (const c of candidates) {
    if (letters.endsWith(c)) at = letters.length - c.length;
    else if (letters.startsWith(c)) at = c.length;
    if (at > 0) break;
  }
  if (at <= 1 || at >= letters.length - 1) return text;
  // The split point counted in letters, back in the token (which may hold a hyphen).
  let seen = 0;
  let cut = 0;
  while (cut < token.length && seen < at) if (/[A-Z]/i.test(token[cut++] ?? '')) seen++;
  return `${token.slice(0, cut)} ${token.slice(cut)}${m[2] ?? ''}`;
}

/** A title that already ends in its head noun is complete ("Sales Manager"); "Regional Sales" is not. */
const TITLE_HEAD_NOUN = /\b(manager|director|engineer|officer|president|consultant|specialist|representative|executive|assistant|coordinator|analyst|designer|architect|founder|partner|chairman|owner|supervisor|advisor|developer|scientist|professor|secretary|administrator|agent|associate|buyer|accountant|editor|head|lead|chief|ceo|cto|cfo|coo|vp)$/i;

// ─── the parser ────────────────────────────────────────────────────────────────────────────────

export function parseCardText(input: ReadonlyArray<string | CardTextLine>, options: ParseCardOptions = {}): CardFields {
  const country = options.defaultCountry ?? 'CN';
  const lines = toLines(input);
  const fields = emptyCardFields();
  const phones: Record<PhoneKind, Array<{ e164: string; labelled: boolean }>> = { mobile: [], phone: [], fax: [] };
  const unlabelled: FoundNumber[] = [];

  // 1. Emails, web addresses and numbers: found by pattern, wherever they are.
  let previousLabel: PhoneKind[] = [];
  for (const line of lines) {
    const { emails, spans: emailSpans } = findEmails(line.text);
    if (emails[0] && !fields.email) fields.email = emails[0];
    const { sites, spans: webSpans } = findWebsites(line.text, emailSpans);
    if (sites[0] && !fields.website) fields.website = sites[0];
    const taken = [...emailSpans, ...webSpans];
    const remaining = removeSpans(line.text, taken);
    // Numbers are looked for in what is left, so digits of an email ("li88@…") are never a phone.
    const numbers = zhAddressScore(remaining) >= 3 && !phoneLabelsIn(remaining).length ? [] : findNumbers(remaining, country, previousLabel);
    for (const n of numbers) {
      if (n.kinds.length) for (const kind of n.kinds) phones[kind].push({ e164: phoneFieldValue(n), labelled: true });
      else unlabelled.push(n);
    }
    line.rest = removeSpans(remaining, numbers.map((n) => n.span));
    previousLabel = isLabelOnly(line.rest);
    if (previousLabel.length) line.rest = '';
  }
  const ambiguous = unlabelled.filter((n) => n.type === 'FIXED_LINE_OR_MOBILE');
  for (const n of unlabelled) {
    // Without a label the number's type decides; a Chinese 1xx number is always a mobile. Where
    // the type cannot tell (North America), the only such number on a card is taken as the mobile:
    // the one number people print is the one that reaches them.
    const kind: PhoneKind =
      n.type === 'MOBILE' || (n.type === 'FIXED_LINE_OR_MOBILE' && !phones.mobile.length && (/^\+861/.test(n.e164) || ambiguous.length === 1)) ? 'mobile' : 'phone';
    phones[kind].push({ e164: phoneFieldValue(n), labelled: false });
  }
  for (const kind of ['mobile', 'phone', 'fax'] as const) {
    const list = phones[kind];
    fields[kind] = (list.find((p) => p.labelled) ?? list[0])?.e164 ?? null;
  }
  // A number printed once as "Tel/Fax" is both; one printed as mobile is not also the phone.
  if (fields.phone && fields.phone === fields.mobile && phones.phone.every((p) => !p.labelled)) fields.phone = null;

  // 2. Addresses: labelled, or lines that read as one; neighbouring address lines are one address.
  const rest = lines.filter((l) => l.rest);
  const blocks: Array<{ lines: Line[]; labelled: boolean; zh: boolean; score: number }> = [];
  for (let i = 0; i < rest.length; i++) {
    const line = rest[i] as Line;
    const labelled = stripLabel(line.rest, ADDRESS_LABEL);
    const score = labelled.labelled && addressScore(labelled.text) + (hanCount(labelled.text) >= 4 || /\d/.test(labelled.text) ? 2 : 0) >= 2 ? 4 : addressScore(line.rest);
    if (score < 2) continue;
    if (labelled.labelled && score === 4) line.rest = labelled.text;
    const previous = blocks.at(-1);
    const last = previous?.lines.at(-1);
    const zh = hanCount(line.rest) > 0;
    if (previous && last && last.index === line.index - 1 && previous.zh === zh && !labelled.labelled) {
      previous.lines.push(line);
      previous.score = Math.max(previous.score, score);
    } else {
      blocks.push({ lines: [line], labelled: labelled.labelled && score === 4, zh, score });
    }
  }
  // A Chinese address wrapped onto a short next line ("…华强大" / "厦30楼").
  for (const block of blocks) {
    if (!block.zh) continue;
    const last = block.lines.at(-1) as Line;
    const next = lines[last.index + 1];
    if (next && next.rest && !next.taken && !blocks.some((b) => b.lines.includes(next)) && hanCount(next.rest) >= 1 && next.rest.length <= 12 && !isCompanyText(next.rest) && !isTitleText(next.rest) && (/\d/.test(next.rest) || ZH_ADDRESS_MARKERS.test(next.rest))) {
      block.lines.push(next);
    }
    ZH_ADDRESS_MARKERS.lastIndex = 0;
  }
  // A street with its number alone on the line above a postcode line ("Am Hafen 84" / "70173 Stuttgart").
  for (const block of blocks) {
    if (block.zh) continue;
    const first = block.lines[0] as Line;
    const above = lines[first.index - 1];
    if (!above || !above.rest || above.taken || blocks.some((b) => b.lines.includes(above)) || hanCount(above.rest)) continue;
    if (isCompanyText(above.rest) || isTitleText(above.rest) || !(EN_POSTAL_LINE.test(first.rest) || COUNTRY_WORDS.test(first.rest))) continue;
    if (/^\p{L}[\p{L}.' -]{2,40}\s\d{1,5}[a-z]?$/u.test(above.rest) || /^\d{1,5}[a-z]?\s+\p{L}[\p{L}.' -]{2,40}$/u.test(above.rest)) block.lines.unshift(above);
  }
  // An English address often ends on a line of its own: a city with a postcode, or a country; or
  // it wraps after a comma ("…, No. 545 Section 4," / "Renmin South Road" / "Wuhou District, …").
  for (const block of [...blocks]) {
    if (block.zh || !blocks.includes(block)) continue;
    for (let guard = 0; guard < 4; guard++) {
      const last = block.lines.at(-1) as Line;
      const next = lines[last.index + 1];
      if (!next || !next.rest || next.taken || hanCount(next.rest)) break;
      // An address that ended on its country is complete; "Harriet Castellano, P.E." below it is a name.
      if (/\b(?:[A-Za-z]{2,}\s*)$/.test(last.rest) && COUNTRY_WORDS.test(last.rest.split(/,\s*/).at(-1) ?? '')) break;
      const other = blocks.find((b) => b !== block && b.lines[0] === next);
      if (other) {
        if (other.zh) break;
        block.lines.push(...other.lines);
        block.score = Math.max(block.score, other.score);
        blocks.splice(blocks.indexOf(other), 1);
        continue;
      }
      if (blocks.some((b) => b.lines.includes(next))) break;
      const between = (l: Line | undefined): l is Line =>
        !!l && !!l.rest && !l.taken && !hanCount(l.rest) && l.rest.length <= 60 && !isCompanyText(l.rest) && !isTitleText(l.rest) && !blocks.some((b) => b.lines.includes(l));
      if (!between(next)) break;
      if (!enName(next.rest) && (enAddressScore(next.rest) >= 1 || /^[A-Za-z][A-Za-z .'-]+,\s*[A-Za-z][A-Za-z .'-]+$/.test(next.rest))) {
        block.lines.push(next);
        continue;
      }
      // Lines between the street and the city ("Haus C", "Renmin South Road") belong to the
      // address when the city or country line comes within two more lines.
      const after = [lines[next.index + 1], lines[next.index + 2]];
      const isCity = (l: Line | undefined): l is Line => !!l && !!l.rest && !l.taken && !hanCount(l.rest) && (EN_POSTAL_LINE.test(l.rest) || COUNTRY_WORDS.test(l.rest));
      const cityAt = after.findIndex((l, k) => isCity(l) && after.slice(0, k).every(between));
      if (cityAt < 0) break;
      const city = after[cityAt] as Line;
      const cityBlock = blocks.find((b) => b !== block && !b.zh && b.lines[0] === city);
      if (blocks.some((b) => b !== cityBlock && b.lines.includes(city))) break;
      block.lines.push(next, ...(after.slice(0, cityAt) as Line[]), ...(cityBlock ? cityBlock.lines : [city]));
      if (cityBlock) blocks.splice(blocks.indexOf(cityBlock), 1);
    }
  }
  // Two columns: the street in one, "Tokyo 105-0014, Japan" in the other, read apart. A street
  // block without a city joins a city-or-country block that has no street.
  const hasStreet = (b: (typeof blocks)[number]) => b.lines.some((l) => (EN_STREET_WORDS.test(l.rest) && /\d/.test(l.rest)) || COMPOUND_STREET.test(l.rest) || /^\s*\d+[-\d]*[a-z]?\s*,?\s+\p{L}/u.test(l.rest));
  const hasCity = (b: (typeof blocks)[number]) => b.lines.some((l) => EN_POSTAL_LINE.test(l.rest) || COUNTRY_WORDS.test(l.rest));
  for (const street of blocks) {
    if (street.zh || !hasStreet(street) || hasCity(street)) continue;
    const city = blocks.find((b) => b !== street && !b.zh && b.lines.length <= 2 && !hasStreet(b) && hasCity(b));
    if (city) {
      street.lines.push(...city.lines);
      street.score = Math.max(street.score, city.score);
      blocks.splice(blocks.indexOf(city), 1);
      continue;
    }
    // …or a line of its own too weak to be an address alone ("Tokyo 105-0014, Japan").
    const line = rest.find((l) => !l.taken && !blocks.some((b) => b.lines.includes(l)) && !hanCount(l.rest) && l.rest.length <= 48 && COUNTRY_WORDS.test(l.rest) && /\d/.test(l.rest) && !isCompanyText(l.rest) && !isTitleText(l.rest));
    if (line) street.lines.push(line);
  }
  const address = [...blocks].sort((a, b) => Number(b.labelled) - Number(a.labelled) || Number(b.zh) - Number(a.zh) || b.score - a.score || a.lines[0]!.index - b.lines[0]!.index)[0];
  if (address) {
    fields.address = address.lines
      // Latin before a Chinese address is a label OCR broke up ("Addre Ss:", "Ad址:"), never part of it.
      .map((l) => (address.zh ? l.rest.replace(/^[A-Za-z][A-Za-z\s.]*(?:地?址)?\s*[:：.]?\s*(?=[\u3400-\u9fff])/, '') : l.rest))
      // The postcode printed apart ("邮编：230088") is no part of the address line.
      .map((l) => (address.zh ? l.replace(/\s*(?:邮政编码|郵政編碼|[\u3400-\u9fff]?[编編])\s*[:：]?\s*\d{6}\s*/, '') : l))
      .filter(Boolean)
      .join(address.zh ? '' : ', ')
      .replace(/,\s*,/g, ',')
      // The "U" of "USA" after a state and ZIP code is often lost to blur or glare.
      .replace(/(\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\s*,\s*)SA$/, '$1USA');
    for (const l of address.lines) l.taken = true;
  }
  // Other address blocks (the English version of a Chinese address) are not names or companies.
  for (const b of blocks) for (const l of b.lines) l.taken = true;

  // 3. Company: labelled, or ending in a legal form; a legal form alone joins the line above.
  const companies: Array<{ line: Line; text: string; labelled: boolean; zh: boolean; with?: Line }> = [];
  for (const line of rest) {
    if (line.taken) continue;
    const labelled = stripLabel(line.rest, COMPANY_LABEL);
    // A lone glyph in front is the logo ("瑞 宁波瑞丰…有限公司").
    const text = labelled.text.replace(/^\S\s+(?=\S{2})/, (glyph) => (isCompanyText(labelled.text.slice(glyph.length)) ? '' : glyph));
    const above = lines[line.index - 1];
    const below = lines[line.index + 1];
    const free = (l: Line | undefined): l is Line => !!l && !!l.rest && !l.taken && !/\d|@/.test(l.rest);
    if (COMPANY_SUFFIX_ONLY.test(text.replace(/\s+/g, ' ').trim())) {
      const joiner = hanCount(text) ? '' : ' ';
      const previous = companies.at(-1);
      // "Crestline Electronics" / "PLC": the legal form completes the company found just above.
      if (previous && previous.line.index === line.index - 1) {
        previous.text = `${previous.text}${joiner}${text}`;
        continue;
      }
      // "Hangzhou Zhongke" / "Medical Devices" / "Co., Ltd.": the lines above of the same size are the name.
      const head: Line[] = [];
      if (!hanCount(text)) for (let l = above; free(l) && head.length < 3 && isWrappedEnglishPart(l, line); l = lines[l.index - 1]) head.unshift(l);
      else if (free(above)) head.push(above);
      if (head.length) {
        companies.push({ line, text: `${head.map((l) => l.rest).join(joiner)}${joiner}${text}`, labelled: false, zh: hanCount(head[0]?.rest ?? '') > 0, with: head[0] });
        for (const l of head) l.taken = true;
      }
      continue;
    }
    // "公司" alone (left of a label such as "公司网站：") names no company.
    if (!labelled.labelled && hanCount(text) && !text.replace(ZH_COMPANY_SUFFIX, '').trim()) continue;
    const cut = cutAfterCompanySuffix(text);
    if (labelled.labelled || cut) {
      // An English company name wrapped over lines of the same size in title case ("Suzhou Chuangxin Auto" / "Parts Co., Ltd.").
      const head: Line[] = [];
      if (!labelled.labelled && !hanCount(text) && text.split(/\s+/).length <= 4) {
        for (let l = lines[line.index - 1]; free(l) && head.length < 2 && isWrappedEnglishPart(l, line); l = lines[l.index - 1]) head.unshift(l);
      }
      const joined = [...head.map((l) => l.rest), cut ?? text].join(' ');
      companies.push({ line, text: joined, labelled: labelled.labelled, zh: hanCount(text) > 0, with: head[0] });
      for (const l of head) l.taken = true;
      continue;
    }
    // A Chinese company name wrapped onto the next line ("…集团有限公" / "司"). After "公" only "司"
    // can follow, whatever the model made of the lone character ("同").
    if (hanCount(text) >= 2 && free(below) && hanCount(below.rest) >= 1 && below.rest.length <= 8) {
      const tail = /公$/.test(text) && below.rest.length === 1 ? '司' : below.rest;
      const joined = `${text}${tail}`.replace(/\s+/g, '');
      if (ZH_COMPANY_SUFFIX.test(joined)) companies.push({ line, text: joined, labelled: false, zh: true, with: below });
    }
  }
  const company = [...companies].sort((a, b) => Number(b.labelled) - Number(a.labelled) || Number(b.zh) - Number(a.zh) || a.line.index - b.line.index)[0];
  if (company) fields.company = company.text;
  for (const c of companies) {
    c.line.taken = true;
    if (c.with) c.with.taken = true;
  }

  // 4. Name and title, from the lines still free. The brand (text of the company's name, or the
  //    web domain's pinyin) is no name, and the email that spells a candidate vouches for it.
  const evidence: BrandEvidence = { companies: companies.map((c) => c.text), domains: [fields.email?.split('@')[1], fields.website].filter((d): d is string => !!d) };
  const free = rest.filter((l) => !l.taken);
  for (const line of free) line.rest = splitGluedName(line.rest, fields.email);
  const maxHeight = Math.max(0, ...free.map((l) => l.height));
  const names: Array<NameGuess & { line: Line; score: number }> = [];
  const titles: Array<{ line: Line; text: string; labelled: boolean; zh: boolean }> = [];
  for (const line of free) {
    const nameLabel = stripLabel(line.rest, NAME_LABEL);
    const titleLabel = stripLabel(line.rest, TITLE_LABEL);
    if (titleLabel.labelled) {
      titles.push({ line, text: titleLabel.text, labelled: true, zh: hanCount(titleLabel.text) > 0 });
      continue;
    }
    const guess = zhName(nameLabel.text, evidence) ?? enName(nameLabel.text);
    // A line may read as both ("总监" is no name, but "Sales Lead" is two capitalised words): keep it as a title candidate too.
    if (!nameLabel.labelled && isTitleText(line.rest) && !(guess?.title && guess.name)) titles.push({ line, text: line.rest, labelled: false, zh: hanCount(line.rest) > 0 });
    if (!guess || isBrandText(guess.name, evidence)) continue;
    let score = nameLabel.labelled ? 10 : 0;
    if (guess.zh && hasSurname(guess.name)) score += 3;
    if (maxHeight > 0 && line.height >= maxHeight * 0.95) score += 2;
    else if (maxHeight > 0 && line.height >= maxHeight * 0.75) score += 1;
    if (line.index <= 2) score += 1;
    if (guess.zh) score += 1;
    if (isTitleText(line.rest) && !guess.title) score -= 3;
    score += 2 * emailSpellsName(guess.name, fields.email);
    names.push({ ...guess, line, score });
  }
  const name = [...names].sort((a, b) => b.score - a.score || a.line.index - b.line.index)[0];
  if (name) {
    fields.name = name.name;
    name.line.taken = true;
  }
  // An English title wrapped after a function word ("Head of" / "Procurement").
  for (const t of titles) {
    if (t.zh || t.labelled) continue;
    const above = lines[t.line.index - 1];
    const below = lines[t.line.index + 1];
    const open = (x: string) => /(?:\s|\p{Ll})(?:of|and|for|&|,)$/u.test(x);
    if (above && above.rest && !above.taken && above !== name?.line && !hanCount(above.rest) && open(above.rest)) t.text = `${above.rest} ${t.text}`;
    else if (below && below.rest && !below.taken && below !== name?.line && !hanCount(below.rest) && open(t.text) && /^[\p{L}&' -]{2,40}$/u.test(below.rest)) t.text = `${t.text} ${below.rest}`;
    // "Regional Sales" / "Manager": a lone title word under a title finishes it.
    else if (below && below.rest && !below.taken && below !== name?.line && /^\p{Lu}\p{Ll}+$/u.test(below.rest) && EN_TITLE_WORDS.test(below.rest) && !TITLE_HEAD_NOUN.test(t.text)) {
      t.text = `${t.text} ${below.rest}`;
      below.taken = true;
    }
  }
  const title = [...titles].filter((t) => t.line !== name?.line).sort((a, b) => Number(b.labelled) - Number(a.labelled) || Number(b.zh) - Number(a.zh) || a.line.index - b.line.index)[0];
  const titleText = title?.text ?? name?.title ?? null;
  fields.title = titleText && chineseTitle(titleText);
  return fields;
}

/** "深圳华强科技有限公司 市场部" → the company without the department; null when no legal form ends a clause. */
function cutAfterCompanySuffix(text: string): string | null {
  const trimmed = text.replace(/[\s.,，。]+$/, '');
  if (isCompanyText(trimmed)) return trimmed.endsWith('.') ? trimmed : text.replace(/[\s,，。]+$/, '');
  const parts = trimmed.split(/\s+/);
  for (let i = parts.length - 1; i > 0; i--) {
    const head = parts.slice(0, i).join(' ');
    if (ZH_COMPANY_SUFFIX.test(head) || (EN_COMPANY_SUFFIX.test(head) && /[.,]?\s*$/.test(head))) return head;
  }
  return null;
}
