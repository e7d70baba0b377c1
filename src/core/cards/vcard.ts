/**
 * QR codes on business cards: vCard 2.1 / 3.0 / 4.0 and DoCoMo MECARD (and the rarer BIZCARD),
 * read into the same fields as card text. What the QR code says is taken as given: numbers that
 * libphonenumber cannot read are kept as printed rather than dropped.
 *
 * vCard 2.1 values may be QUOTED-PRINTABLE (or BASE64) bytes in a CHARSET such as UTF-8 or GBK;
 * they are decoded with TextDecoder, which knows GBK/GB18030/Big5 in browsers and in Node (full
 * ICU). A CHARSET on a plain value means nothing here: the QR decoder already made it a string.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { parsePhone } from '../phone';
import { normaliseEmail } from '../text/normalise';
import { emptyCardFields, type CardFields } from './fields';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

interface Property {
  name: string;
  params: Map<string, string[]>;
  /** Bare 2.1 parameters ("TEL;CELL;VOICE:") and TYPE values, lower case. */
  types: Set<string>;
  raw: string;
}

// ─── low level: lines, parameters, encodings ───────────────────────────────────────────────────

function splitUnquoted(text: string, sep: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (ch === sep && !quoted) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

/** Splits on `sep` not preceded by a backslash (structured values: N, ADR, ORG). */
function splitEscaped(text: string, sep: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '\\' && i + 1 < text.length) {
      current += ch + (text[i + 1] as string);
      i++;
    } else if (ch === sep) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

function unescapeText(text: string): string {
  return text.replace(/\\([nN,;:\\"])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function decodeBytes(bytes: Uint8Array, charset: string | undefined): string {
  const label = (charset ?? 'utf-8').toLowerCase().replace(/^gb2312$/, 'gbk');
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    // An unknown charset label: UTF-8 is what nearly every phone writes.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function decodeQuotedPrintable(text: string, charset: string | undefined): string {
  const bytes: number[] = [];
  const source = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    const hex = source.slice(i + 1, i + 3);
    if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      // Literal characters of a QP value are ASCII; anything else is passed through as UTF-8.
      for (const b of new TextEncoder().encode(ch)) bytes.push(b);
    }
  }
  return decodeBytes(Uint8Array.from(bytes), charset);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function decodeBase64(text: string, charset: string | undefined): string {
  const clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of clean) {
    buffer = (buffer << 6) | B64.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return decodeBytes(Uint8Array.from(bytes), charset);
}

function isQuotedPrintable(params: Map<string, string[]>, types: Set<string>): boolean {
  return types.has('quoted-printable') || (params.get('encoding') ?? []).some((e) => e.toLowerCase() === 'quoted-printable');
}

function isBase64(params: Map<string, string[]>, types: Set<string>): boolean {
  return types.has('base64') || (params.get('encoding') ?? []).some((e) => /^(b|base64)$/i.test(e));
}

function parseProperty(line: string): Property | null {
  const colon = splitUnquoted(line, ':');
  if (colon.length < 2) return null;
  const head = colon[0] as string;
  const raw = line.slice(head.length + 1);
  const [nameWithGroup = '', ...paramParts] = splitUnquoted(head, ';');
  const name = (nameWithGroup.split('.').at(-1) ?? '').trim().toUpperCase();
  const params = new Map<string, string[]>();
  const types = new Set<string>();
  for (const part of paramParts) {
    const eq = part.indexOf('=');
    if (eq < 0) {
      types.add(part.trim().toLowerCase());
      continue;
    }
    const key = part.slice(0, eq).trim().toLowerCase();
    const values = splitUnquoted(part.slice(eq + 1), ',').map((v) => v.trim().replace(/^"|"$/g, ''));
    const expanded = values.flatMap((v) => v.split(','));
    params.set(key, [...(params.get(key) ?? []), ...expanded]);
    if (key === 'type') for (const v of expanded) types.add(v.toLowerCase());
    if (key === 'pref') types.add('pref');
  }
  return { name, params, types, raw };
}

/** Physical lines → logical lines: RFC folding (a leading space or tab) and 2.1 quoted-printable soft breaks. */
function logicalLines(text: string): string[] {
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const out: string[] = [];
  for (const line of physical) {
    const previous = out.at(-1);
    if (previous !== undefined && /^[ \t]/.test(line)) {
      out[out.length - 1] = previous + line.slice(1);
    } else if (previous !== undefined && /quoted-printable/i.test(previous.split(':')[0] ?? '') && previous.endsWith('=')) {
      out[out.length - 1] = previous.slice(0, -1) + line;
    } else {
      out.push(line);
    }
  }
  return out.filter((l) => l.trim());
}

/** A property's value components, decoded (QP/BASE64 + CHARSET) and unescaped. */
function components(p: Property, sep: string = ';'): string[] {
  const charset = p.params.get('charset')?.[0];
  const qp = isQuotedPrintable(p.params, p.types);
  const b64 = isBase64(p.params, p.types);
  return splitEscaped(p.raw, sep).map((part) => {
    const decoded = qp ? decodeQuotedPrintable(part, charset) : b64 ? decodeBase64(part, charset) : part;
    return unescapeText(decoded).trim();
  });
}

function value(p: Property): string {
  return components(p, '\u0000').join('').trim();
}

// ─── shared: names, addresses, numbers ─────────────────────────────────────────────────────────

function joinName(family: string, given: string, extra: string[] = []): string {
  if (HAN.test(family + given)) return `${family}${given}`.trim();
  return [given, ...extra, family].filter(Boolean).join(' ').trim();
}

/** Structured address (pobox, extended, street, city, region, postcode, country) in the order its language writes it. */
function joinAddress(parts: string[]): string {
  const [pobox = '', ext = '', street = '', city = '', region = '', code = '', country = ''] = parts.map((p) => p.replace(/\n/g, ' ').trim());
  if (HAN.test(parts.join(''))) return [country, region, city, street, ext].filter(Boolean).join('');
  const regionCode = [region, code].filter(Boolean).join(' ');
  return [pobox, ext, street, city, regionCode, country].filter(Boolean).join(', ');
}

function phoneValue(text: string): string | null {
  const uri = text.replace(/^tel:/i, '').trim();
  // RFC 3966 keeps the extension as a parameter ("+1-201-555-0123;ext=1234"); it is part of the number.
  const ext = /;\s*ext=(\d{1,6})/i.exec(uri)?.[1];
  const cleaned = uri.replace(/;.*$/, '').trim();
  if (!cleaned) return null;
  const main = parsePhone(cleaned)?.e164 ?? parsePhoneNumberFromString(cleaned)?.number ?? cleaned;
  return ext ? `${main} ext. ${ext}` : main;
}

interface Tel {
  number: string;
  kind: 'mobile' | 'phone' | 'fax' | null;
  pref: boolean;
}

function assignPhones(fields: CardFields, tels: Tel[]): void {
  const ordered = [...tels].sort((a, b) => Number(b.pref) - Number(a.pref));
  for (const tel of ordered) {
    // No type given: the number's own type decides, as on a printed card.
    const kind = tel.kind ?? (parsePhone(tel.number.replace(/ ext\. \d+$/, ''))?.type === 'MOBILE' ? 'mobile' : 'phone');
    if (!fields[kind]) fields[kind] = tel.number;
  }
}

// ─── vCard ─────────────────────────────────────────────────────────────────────────────────────

export function parseVCard(text: string): CardFields {
  const fields = emptyCardFields();
  const props = logicalLines(text)
    .map(parseProperty)
    .filter((p): p is Property => p !== null);
  const tels: Tel[] = [];
  let structuredName: string | null = null;
  let role: string | null = null;
  let label: string | null = null;
  const addresses: Array<{ text: string; work: boolean; pref: boolean }> = [];
  const emails: Array<{ text: string; pref: boolean }> = [];

  for (const p of props) {
    switch (p.name) {
      case 'FN':
        fields.name ??= value(p) || null;
        break;
      case 'N': {
        const [family = '', given = '', middle = '', prefix = '', suffix = ''] = components(p);
        structuredName ??= joinName(family, given, [middle].filter(Boolean)) || [prefix, suffix].filter(Boolean).join(' ') || null;
        break;
      }
      case 'ORG':
        fields.company ??= components(p).find(Boolean) ?? null;
        break;
      case 'TITLE':
        fields.title ??= value(p) || null;
        break;
      case 'ROLE':
        role ??= value(p) || null;
        break;
      case 'TEL': {
        const number = phoneValue(value(p));
        if (!number) break;
        const t = p.types;
        const kind = t.has('fax') ? 'fax' : t.has('cell') || t.has('mobile') || t.has('iphone') ? 'mobile' : t.size && [...t].some((x) => ['work', 'voice', 'home', 'main', 'msg', 'text'].includes(x)) ? 'phone' : null;
        tels.push({ number, kind, pref: t.has('pref') });
        break;
      }
      case 'EMAIL': {
        const email = value(p).replace(/^mailto:/i, '');
        if (email) emails.push({ text: normaliseEmail(email), pref: p.types.has('pref') });
        break;
      }
      case 'URL':
        fields.website ??= value(p) || null;
        break;
      case 'ADR': {
        const labelParam = p.params.get('label')?.[0];
        const text = labelParam ? unescapeText(labelParam).replace(/\n/g, ', ') : joinAddress(components(p));
        if (text) addresses.push({ text, work: p.types.has('work'), pref: p.types.has('pref') });
        break;
      }
      case 'LABEL':
        label ??= value(p).replace(/\n/g, ', ') || null;
        break;
      default:
        break;
    }
  }
  fields.name ??= structuredName;
  fields.title ??= role;
  fields.email = [...emails].sort((a, b) => Number(b.pref) - Number(a.pref))[0]?.text ?? null;
  fields.address = [...addresses].sort((a, b) => Number(b.pref) - Number(a.pref) || Number(b.work) - Number(a.work))[0]?.text ?? label;
  assignPhones(fields, tels);
  return fields;
}

// ─── MECARD and BIZCARD ────────────────────────────────────────────────────────────────────────

function mecardEntries(text: string, prefix: RegExp): Array<[string, string]> {
  const body = text.trim().replace(prefix, '');
  return splitEscaped(body, ';')
    .map((entry) => {
      const [key = '', ...rest] = splitEscaped(entry, ':');
      return [key.trim().toUpperCase(), unescapeText(rest.join(':')).trim()] as [string, string];
    })
    .filter(([key, v]) => key && v);
}

export function parseMecard(text: string): CardFields {
  const fields = emptyCardFields();
  const tels: Tel[] = [];
  const body = text.trim().replace(/^MECARD:/i, '');
  for (const entry of splitEscaped(body, ';')) {
    const [rawKey = '', ...rest] = splitEscaped(entry, ':');
    const key = rawKey.trim().toUpperCase();
    const raw = rest.join(':');
    const v = unescapeText(raw).trim();
    if (!key || !v) continue;
    switch (key) {
      case 'N': {
        const [family = '', given = ''] = splitEscaped(raw, ',').map((s) => unescapeText(s).trim());
        fields.name ??= joinName(family, given) || null;
        break;
      }
      case 'ORG':
        fields.company ??= v;
        break;
      case 'TITLE':
        fields.title ??= v;
        break;
      case 'TEL': {
        const number = phoneValue(v);
        if (number) tels.push({ number, kind: null, pref: false });
        break;
      }
      case 'EMAIL':
        fields.email ??= normaliseEmail(v);
        break;
      case 'URL':
        fields.website ??= v;
        break;
      case 'ADR': {
        const parts = splitEscaped(raw, ',').map((s) => unescapeText(s).trim());
        fields.address ??= parts.length === 7 ? joinAddress(parts) : v;
        break;
      }
      default:
        break;
    }
  }
  assignPhones(fields, tels);
  return fields;
}

export function parseBizcard(text: string): CardFields {
  const fields = emptyCardFields();
  const entries = new Map(mecardEntries(text, /^BIZCARD:/i));
  fields.name = joinName(entries.get('X') ?? '', entries.get('N') ?? '') || null;
  fields.title = entries.get('T') ?? null;
  fields.company = entries.get('C') ?? null;
  fields.address = entries.get('A') ?? null;
  fields.email = entries.has('E') ? normaliseEmail(entries.get('E') ?? '') : null;
  fields.phone = phoneValue(entries.get('B') ?? '');
  fields.mobile = phoneValue(entries.get('M') ?? '');
  fields.fax = phoneValue(entries.get('F') ?? '');
  return fields;
}

/** The fields of a business-card QR code, or null when the code is not a contact (a URL, a badge…). */
export function cardFieldsFromQr(text: string): CardFields | null {
  const t = text.replace(/^\uFEFF/, '').trim();
  if (/^BEGIN:VCARD/i.test(t)) return parseVCard(t);
  if (/^MECARD:/i.test(t)) return parseMecard(t);
  if (/^BIZCARD:/i.test(t)) return parseBizcard(t);
  return null;
}
