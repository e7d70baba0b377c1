/**
 * The parts of a card line found by pattern: email and web addresses, and phone numbers with the
 * label in front of them (手机/电话/传真, M/T/F, Mobile/Tel/Fax…). Each is returned with the span it
 * took, so the parser can read what is left of the line as a name, company or address.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { parsePhone, type PhoneNumber } from '../phone';
import { toHalfWidth } from '../text/normalise';
import { normaliseEmail } from '../text/normalise';
import { EMAIL_LABELS, FAX_LABELS, MOBILE_LABELS, PHONE_LABELS, WEB_LABELS, type PhoneKind } from './patterns';

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const EMAIL_LABEL_TAIL = new RegExp(`(?:${[...EMAIL_LABELS].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})\\s*[:.]?\\s*$`, 'i');
const WEB_LABEL_TAIL = new RegExp(`(?:${[...WEB_LABELS].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})\\s*[:.]?\\s*$`, 'i');

const PHONE_LABEL_LIST: Array<{ label: string; kind: PhoneKind }> = [
  ...MOBILE_LABELS.map((label) => ({ label, kind: 'mobile' as const })),
  ...FAX_LABELS.map((label) => ({ label, kind: 'fax' as const })),
  ...PHONE_LABELS.map((label) => ({ label, kind: 'phone' as const })),
].sort((a, b) => b.label.length - a.label.length);
const PHONE_LABEL_RE = new RegExp(`(?<![a-z])(${PHONE_LABEL_LIST.map((l) => escapeRe(l.label)).join('|')})(?![a-z])`, 'gi');
const PHONE_KIND = new Map(PHONE_LABEL_LIST.map((l) => [l.label.toLowerCase(), l.kind]));

// ─── emails and web addresses ──────────────────────────────────────────────────────────────────

const EMAIL_RE = /([A-Za-z0-9][A-Za-z0-9._%+-]*)\s?@\s?([A-Za-z0-9-]+(?:\s?\.\s?[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/g;
const TLDS = 'com|cn|net|org|info|biz|io|co|de|uk|hk|tw|jp|kr|sg|us|eu|fr|it|es|nl|ch|at|au|ca|in|ru|gov|edu|top|xyz|cc|tv|me|asia|shop|tech|online|site|mo|my|vn|th|ae';
const WEB_RE = new RegExp(
  `((?:https?:\\/\\/)?(?:www\\d?\\.)?[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.(?:${TLDS})(?:\\.(?:cn|hk|tw|uk|jp|au|sg))?(?::\\d{2,5})?(?:\\/[\\w\\-./?%&=#~+]*)?)(?![a-z0-9-])`,
  'gi',
);

export interface Span {
  start: number;
  end: number;
}

export function removeSpans(text: string, spans: Span[]): string {
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue;
    out += `${text.slice(at, s.start)}  `;
    at = s.end;
  }
  return (out + text.slice(at))
    .replace(/\s+/g, ' ')
    .replace(/^[\s:;,./|-]+|[\s:;,/|-]+$/g, '')
    .trim();
}

/** Pulls the label in front of a value back into the span, so it leaves the line with the value. */
function withLabel(text: string, span: Span, tail: RegExp): Span {
  const before = text.slice(0, span.start);
  const m = tail.exec(before);
  return m ? { start: m.index, end: span.end } : span;
}

export function findEmails(text: string): { emails: string[]; spans: Span[] } {
  const emails: string[] = [];
  const spans: Span[] = [];
  for (const m of text.matchAll(EMAIL_RE)) {
    const local = m[1] ?? '';
    const domain = (m[2] ?? '').replace(/\s/g, '');
    emails.push(normaliseEmail(`${local}@${domain}`.replace(/^[._-]+/, '')));
    spans.push(withLabel(text, { start: m.index, end: m.index + m[0].length }, EMAIL_LABEL_TAIL));
  }
  return { emails, spans };
}

export function findWebsites(text: string, taken: Span[]): { sites: string[]; spans: Span[] } {
  const sites: string[] = [];
  const spans: Span[] = [];
  for (const m of text.matchAll(WEB_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((s) => start < s.end && end > s.start)) continue;
    const site = m[1] ?? '';
    const before = text.slice(0, start);
    const labelled = WEB_LABEL_TAIL.test(before);
    const explicit = /^(https?:\/\/|www\d?\.)/i.test(site);
    // A bare "name.com" counts only when lower case or labelled: "Co.Ltd", "P.R.China" and
    // "St.Louis" are not web addresses.
    if (!explicit && !labelled && (/[A-Z]/.test(site) || !/\.[a-z]{2,}/.test(site))) continue;
    if (/^\d+(\.\d+)+$/.test(site)) continue;
    // "wwww." is "www." read with a stutter (blur, motion).
    sites.push(site.replace(/[./]+$/, '').replace(/^((?:https?:\/\/)?)w{4,}\./i, '$1www.').replace(/^(https?:\/\/)?(.*)$/i, (_a, scheme: string | undefined, host: string) => `${scheme ?? ''}${host.replace(/^[^/]+/, (h) => h.toLowerCase())}`));
    spans.push(withLabel(text, { start, end }, WEB_LABEL_TAIL));
  }
  return { sites, spans };
}

// ─── phone numbers ─────────────────────────────────────────────────────────────────────────────

const EXT_WORDS = '(?:转|轉|分机|分機|内线|內線|ext\\.?|extn\\.?|extension|x)';
const NUMBER_RE = new RegExp(`(?:\\+\\s?|00)?(?:\\(\\s*\\+?\\d{1,4}\\s*\\)\\s*)?\\d(?:[\\d\\s\\-.()]*\\d)?(?:\\s*${EXT_WORDS}\\s*\\d{1,6})?`, 'gi');
const EXT_TAIL = new RegExp(`\\s*${EXT_WORDS}\\s*(\\d{1,6})$`, 'i');

export interface FoundNumber {
  e164: string;
  type: string | undefined;
  span: Span;
  kinds: PhoneKind[];
  /** The extension printed after the number ("转 8021", "ext. 12", "x204"). */
  ext?: string;
  /** Not a valid number by libphonenumber's tables, kept because a label or a country code says it is one. */
  unverified?: boolean;
}

/** The field value of a number: E.164, then " ext. N" when an extension was printed. */
export function phoneFieldValue(n: { e164: string; ext?: string }): string {
  return n.ext ? `${n.e164} ext. ${n.ext}` : n.e164;
}

/**
 * A phone field as staff confirm it: E.164 when the number parses, with its extension kept
 * (" ext. N", also from "转 8021", "x204", ";ext=12"); otherwise the text as typed.
 */
export function normaliseCardPhone(text: string, country: CountryCode = 'CN'): string {
  const trimmed = text.trim();
  const m = /\s*(?:;\s*ext=|转|轉|分机|分機|内线|內線|\bext\.?|\bextn\.?|\bextension|x|#)\s*(\d{1,6})\s*$/i.exec(trimmed);
  const main = m ? trimmed.slice(0, m.index) : trimmed;
  const parsed = parsePhone(main, country);
  if (!parsed) return trimmed;
  return phoneFieldValue({ e164: parsed.e164, ext: m?.[1] });
}

/** Letters OCR reads instead of digits, fixed only where they sit between digits. */
function fixDigitConfusions(text: string): string {
  return text
    // Not at the end of a word: the "l" of "Tel0757…" is a letter.
    .replace(/(?<=\d[\s-]?)[Oo](?=[\s-]?\d)|(?<=\d)[Oo]|(?<![A-Za-z])[Oo](?=\d{2})/g, '0')
    .replace(/(?<=\d[\s-]?)[lI](?=[\s-]?\d)|(?<=\d)[lI]|(?<![A-Za-z])[lI](?=\d{2})/g, '1');
}

/**
 * A number libphonenumber does not know as allocated, which a card still prints: kept when it
 * has a possible length and either a country code or a label says it is a phone number (issue
 * #17: a person is never refused for a number). Chinese mobiles of 11 digits starting with 1 are
 * recognised by shape.
 */
function lenientNumber(text: string, country: CountryCode, labelled: boolean): PhoneNumber | null {
  const t = toHalfWidth(text).trim();
  const international = /^(\+|00|\(\s*\+)/.test(t);
  const digits = t.replace(/\D/g, '');
  const cnMobileShape = !international && /^1\d{10}$/.test(digits);
  if (!labelled && !international && !cnMobileShape) return null;
  const parsed = parsePhoneNumberFromString(t.replace(/^00/, '+'), country);
  if (!parsed || !parsed.isPossible()) return null;
  return { e164: parsed.number, country: parsed.country, type: cnMobileShape && parsed.countryCallingCode === '86' ? 'MOBILE' : undefined };
}

interface NumberPart {
  text: string;
  offset: number;
  parsed: PhoneNumber;
}

/** Splits a run of digit groups into valid numbers, longest first ("138 0013 8000 139 0013 9000" is two). */
function splitNumbers(candidate: string, country: CountryCode, labelled: boolean): NumberPart[] {
  const direct = parsePhone(candidate, country);
  if (direct) return [{ text: candidate, offset: 0, parsed: direct }];
  // "+44 7700 900123" (an unallocated range) is one number of that country, never "7700 900123"
  // read as a number of the default country once its country code is split off.
  const international = /^(\+|00)/.test(toHalfWidth(candidate).trim()) ? lenientNumber(candidate, country, labelled) : null;
  if (international) return [{ text: candidate, offset: 0, parsed: international }];
  const groups = [...candidate.matchAll(/\S+/g)];
  const out: NumberPart[] = [];
  let i = 0;
  while (i < groups.length) {
    let matched = 0;
    for (let j = groups.length; j > i; j--) {
      const first = groups[i];
      const last = groups[j - 1];
      if (!first || !last) continue;
      const text = candidate.slice(first.index, last.index + last[0].length);
      if ((text.match(/\d/g)?.length ?? 0) < 7) break;
      const parsed = parsePhone(text, country);
      if (parsed) {
        out.push({ text, offset: first.index, parsed });
        matched = j - i;
        break;
      }
    }
    i += Math.max(1, matched);
  }
  if (out.length) return out;
  const lenient = lenientNumber(candidate, country, labelled);
  return lenient ? [{ text: candidate, offset: 0, parsed: lenient }] : [];
}

export function phoneLabelsIn(prefix: string): Array<{ kind: PhoneKind; index: number; end: number; single: boolean }> {
  const found: Array<{ kind: PhoneKind; index: number; end: number; single: boolean }> = [];
  for (const m of prefix.matchAll(PHONE_LABEL_RE)) {
    const kind = PHONE_KIND.get((m[1] ?? '').toLowerCase());
    if (kind) found.push({ kind, index: m.index, end: m.index + m[0].length, single: (m[1] ?? '').length === 1 });
  }
  return found;
}

/** The kinds the label(s) right in front of a number give it: "Tel/Fax:" gives both. */
function kindsFromPrefix(prefix: string): PhoneKind[] {
  const labels = phoneLabelsIn(prefix);
  const last = labels.at(-1);
  if (!last) return [];
  const after = prefix.slice(last.end);
  // A single letter is a label only right before the number ("M: 138…", "T +86…"), never "Suite 5 D 1208".
  if (last.single && !/^\s*[:.]?\s*$/.test(after)) return [];
  if (!last.single && /[A-Za-z\u3400-\u9fff]{2,}/.test(after.replace(/[(（][^)）]*[)）]/g, ''))) return [];
  const kinds: PhoneKind[] = [last.kind];
  for (let i = labels.length - 2; i >= 0; i--) {
    const label = labels[i];
    const next = labels[i + 1];
    if (!label || !next || !/^\s*[/&、,及和]\s*$/.test(prefix.slice(label.end, next.index))) break;
    kinds.unshift(label.kind);
  }
  return kinds;
}

export function findNumbers(text: string, country: CountryCode, previousLabelOnly: PhoneKind[]): FoundNumber[] {
  const fixed = fixDigitConfusions(text);
  const found: FoundNumber[] = [];
  let prefixStart = 0;
  for (const m of fixed.matchAll(NUMBER_RE)) {
    const raw = m[0];
    if ((raw.match(/\d/g)?.length ?? 0) < 7) continue;
    const trimmed = raw.trim();
    const extMatch = EXT_TAIL.exec(trimmed);
    const body = extMatch ? trimmed.slice(0, extMatch.index) : trimmed;
    const bodyStart = m.index + raw.indexOf(trimmed);
    const labelled = kindsFromPrefix(fixed.slice(prefixStart, bodyStart)).length > 0 || (prefixStart === 0 && previousLabelOnly.length > 0);
    const parts = splitNumbers(body, country, labelled);
    parts.forEach((part, k) => {
      const start = bodyStart + part.offset;
      let kinds = kindsFromPrefix(fixed.slice(prefixStart, start));
      if (!kinds.length && !found.length && prefixStart === 0 && !/\S/.test(fixed.slice(0, start).replace(/[:：+]/g, ''))) kinds = previousLabelOnly;
      const last = k === parts.length - 1;
      const end = last && extMatch ? bodyStart + trimmed.length : start + part.text.length;
      const valid = parsePhone(part.text, country) !== null;
      found.push({ e164: part.parsed.e164, type: part.parsed.type, span: { start: prefixStart, end }, kinds, ext: last ? extMatch?.[1] : undefined, unverified: !valid || undefined });
      prefixStart = end;
    });
  }
  // The removed span runs from the end of the previous number: labels go with their number.
  return found.map((f) => {
    const text = fixed.slice(f.span.start, f.span.end);
    const numberStart = text.search(/[+(\d]/);
    // Only the labels right in front of the number ("Tel/Fax:"), not a letter of the name before
    // them on the same line ("Raymond O'Hara PhD M|+1…").
    let from = Math.max(0, numberStart);
    for (const label of phoneLabelsIn(text.slice(0, from)).reverse()) {
      if (!/^[\s:：/|.,-]*$/.test(text.slice(label.end, from))) break;
      from = label.index;
    }
    const start = f.span.start + from;
    return { ...f, span: { start, end: f.span.end } };
  });
}

export function isLabelOnly(text: string): PhoneKind[] {
  const m = /^\s*([^\d\s:]+)\s*[:.]?\s*$/.exec(text);
  const kind = m?.[1] ? PHONE_KIND.get(m[1].toLowerCase()) : undefined;
  return kind && (m?.[1]?.length ?? 0) > 1 ? [kind] : [];
}
