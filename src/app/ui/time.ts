/**
 * Times on screen in the current language. Formatters are made once per language: building one
 * (what Date.toLocaleTimeString does on every call) cost about a millisecond, and the desk formats
 * its twenty latest check-ins at each scan (a tenth of a scan's time with a 200,000 roster).
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function cached<F extends Intl.DateTimeFormat | Intl.RelativeTimeFormat>(key: string, make: () => F): F {
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = make()));
  return f as F;
}

/** "2 minutes ago" in the current language. */
export function relativeTime(iso: string | null, now: number, lang: string): string | null {
  if (!iso) return null;
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const rtf = cached(`relative:${lang}`, () => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }));
  const abs = Math.abs(seconds);
  if (abs < 45) return rtf.format(0, 'second');
  if (abs < 45 * 60) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 22 * 3600) return rtf.format(Math.round(seconds / 3600), 'hour');
  return rtf.format(Math.round(seconds / 86400), 'day');
}

export function clockTime(iso: string, lang: string): string {
  return cached(`clock:${lang}`, () => new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', second: '2-digit' })).format(new Date(iso));
}
