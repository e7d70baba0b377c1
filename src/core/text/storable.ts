/**
 * Text PostgreSQL cannot hold: the NUL character (in text and in jsonb alike) and half of a UTF-16
 * surrogate pair. A scanner or a broken keyboard can send either, and a valid record must never
 * become a dead letter over it ("recorded and flagged, never dropped"): such text is stored with
 * U+FFFD in their place, and the original is kept beside it in escaped form (JSON string syntax,
 * `"AB\u0000C"`), which holds every character as plain ASCII.
 */
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const REPLACEMENT = '\uFFFD';

export function isStorable(text: string): boolean {
  UNSTORABLE.lastIndex = 0;
  return !UNSTORABLE.test(text);
}

/** The text with every character the database refuses replaced by U+FFFD. */
export function storableText(text: string): string {
  return text.replace(UNSTORABLE, REPLACEMENT);
}

/** The original in escaped form: what to keep beside storableText(text). */
export function escapedText(text: string): string {
  return JSON.stringify(text);
}

/**
 * A copy of a JSON-like value with every string made storable, and the escaped originals of the
 * strings that changed, by path (`contact.name`, `answers.q1.0`); null when nothing changed.
 */
export function storableCopy<T>(value: T): { value: T; verbatim: Record<string, string> | null } {
  // JSON escapes exactly these (and a backslash typed before "u0000", a harmless false alarm): most records skip the walk.
  if (!/\\u0000|\\ud[89a-f]/i.test(JSON.stringify(value) ?? '')) return { value, verbatim: null };
  const verbatim: Record<string, string> = {};
  const walk = (node: unknown, path: string): unknown => {
    if (typeof node === 'string') {
      if (isStorable(node)) return node;
      verbatim[path] = escapedText(node);
      return storableText(node);
    }
    if (Array.isArray(node)) return node.map((item, i) => walk(item, path ? `${path}.${i}` : String(i)));
    if (node !== null && typeof node === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(node)) {
        const safeKey = isStorable(key) ? key : storableText(key);
        out[safeKey] = walk(item, path ? `${path}.${safeKey}` : safeKey);
      }
      return out;
    }
    return node;
  };
  const copy = walk(value, '') as T;
  return { value: copy, verbatim: Object.keys(verbatim).length ? verbatim : null };
}
