/**
 * Text folding and phrase matching shared by the address, industry and declared-answer rules.
 *
 * Folding makes the forms people type compare equal: NFKC and half-width (full-width digits and
 * letters from Chinese IMEs), accents dropped ("Lüliang", "Türkiye"), traditional characters
 * folded to simplified, runs of white space collapsed, ASCII lower case. Every step maps one
 * character to one character after the first two, so offsets in the folded text point into the
 * readable text kept beside it (for evidence) and into a case-preserving copy (for keywords
 * written in capitals, such as "IT" or "PCB").
 */
import { toSimplified } from '../taxonomy/hanzi';
import { toHalfWidth } from '../text/normalise';

export interface FoldedText {
  /** Readable form, same length as `lower`: shown as evidence. */
  shown: string;
  /** Simplified, case preserved. */
  cased: string;
  /** Simplified, ASCII lower case: what keys are matched against. */
  lower: string;
}

// Text made only of these needs no Unicode normalisation (most input: ASCII, CJK, full-width
// forms that toHalfWidth handles, Chinese punctuation), which is most of the cost of folding.
const PLAIN = /^[\x20-\x7e\u3000-\u3002\u3400-\u9fff\uff01-\uff5e\s]*$/;

export function fold(text: string): FoldedText {
  const normalised = PLAIN.test(text) ? text : text.normalize('NFKC').normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  const shown = toHalfWidth(normalised)
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  const cased = toSimplified(shown);
  return { shown, cased, lower: cased.replace(/[A-Z]/g, (c) => c.toLowerCase()) };
}

/** The key form of a dictionary entry: folded and lower-cased unless it is to match case. */
export function foldKey(key: string, caseSensitive = false): string {
  const folded = fold(key);
  return caseSensitive ? folded.cased : folded.lower;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const ASCII_ALNUM = /[a-z0-9]/i;

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

export function isAsciiAlnum(ch: string | undefined): boolean {
  return ch !== undefined && ASCII_ALNUM.test(ch);
}

export interface PhraseMatch<T> {
  start: number;
  end: number;
  key: string;
  payloads: readonly T[];
}

interface Key<T> {
  text: string;
  caseSensitive: boolean;
  /** Latin keys must start and end on word boundaries; CJK text has no spaces to anchor on. */
  wordStart: boolean;
  wordEnd: boolean;
  payloads: T[];
}

/**
 * A dictionary of phrases, scanned left to right taking the longest key at each position and
 * skipping past it, so "湖南" is read before "南非" could be and "中国香港" before "中国". Keys are
 * bucketed by their first two characters (one-character keys apart), which keeps a scan linear
 * in the text for dictionaries of a few thousand keys.
 */
export class PhraseMatcher<T> {
  private readonly buckets = new Map<string, Array<Key<T>>>();
  private readonly byText = new Map<string, Key<T>>();

  /** Adds a phrase; the same folded phrase added twice keeps both payloads. */
  add(phrase: string, payload: T, options: { caseSensitive?: boolean } = {}): void {
    const caseSensitive = options.caseSensitive ?? false;
    const text = foldKey(phrase, caseSensitive);
    if (!text) return;
    const id = `${caseSensitive ? 'C' : 'i'}${text}`;
    const existing = this.byText.get(id);
    if (existing) {
      if (!existing.payloads.includes(payload)) existing.payloads.push(payload);
      return;
    }
    const key: Key<T> = { text, caseSensitive, wordStart: isAsciiAlnum(text[0]), wordEnd: isAsciiAlnum(text[text.length - 1]), payloads: [payload] };
    this.byText.set(id, key);
    const prefix = text.slice(0, 2).toLowerCase();
    const bucket = this.buckets.get(prefix) ?? [];
    bucket.push(key);
    bucket.sort((a, b) => b.text.length - a.text.length);
    this.buckets.set(prefix, bucket);
  }

  /** Payloads of a phrase matched as a whole (declared answers), or undefined. */
  exact(phrase: string): readonly T[] | undefined {
    const folded = fold(phrase);
    return this.byText.get(`i${folded.lower}`)?.payloads ?? this.byText.get(`C${folded.cased}`)?.payloads;
  }

  scan(text: FoldedText, accept?: (match: PhraseMatch<T>) => boolean): Array<PhraseMatch<T>> {
    const { lower, cased } = text;
    const matches: Array<PhraseMatch<T>> = [];
    for (let i = 0; i < lower.length; i++) {
      const atWordStart = !isAsciiAlnum(lower[i - 1]);
      // Every key that starts with a letter or digit must start a word: inside one, skip ahead.
      if (!atWordStart && isAsciiAlnum(lower[i])) continue;
      const two = this.buckets.get(lower.slice(i, i + 2));
      const one = this.buckets.get(lower[i] as string);
      if (!two && !one) continue;
      for (const key of two && one ? [...two, ...one] : (two ?? one ?? [])) {
        if (key.wordStart && !atWordStart) continue;
        const source = key.caseSensitive ? cased : lower;
        if (!source.startsWith(key.text, i)) continue;
        const end = i + key.text.length;
        if (key.wordEnd && isAsciiAlnum(lower[end])) continue;
        const match: PhraseMatch<T> = { start: i, end, key: key.text, payloads: key.payloads };
        if (accept && !accept(match)) continue;
        matches.push(match);
        i = end - 1;
        break;
      }
    }
    return matches;
  }
}
