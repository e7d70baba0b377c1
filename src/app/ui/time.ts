/**
 * Times on screen in the current language. Clock formatters are made once per language: building
 * one (what Date.toLocaleTimeString does on every call) cost about a millisecond, and the desk
 * formats its twenty latest check-ins at each scan (a tenth of a scan's time with a 200,000 roster).
 */
import i18n from 'i18next';

const clocks = new Map<string, Intl.DateTimeFormat>();

/**
 * "2 min ago" in the current language, from the app's own texts. Not Intl.RelativeTimeFormat: the
 * sync bar shows this on every screen's first render, and the first RelativeTimeFormat loads ICU's
 * locale data, about 100 ms of a cold start on a slow tablet (decisions, 35). A time in the future
 * (a device clock ahead of the server's) reads as "just now".
 */
export function relativeTime(iso: string | null, now: number): string | null {
  if (!iso) return null;
  const seconds = Math.max(0, Math.round((now - new Date(iso).getTime()) / 1000));
  if (seconds < 45) return i18n.t('time.justNow', { ns: 'common' });
  if (seconds < 45 * 60) return i18n.t('time.minutesAgo', { ns: 'common', count: Math.round(seconds / 60) });
  if (seconds < 22 * 3600) return i18n.t('time.hoursAgo', { ns: 'common', count: Math.round(seconds / 3600) });
  return i18n.t('time.daysAgo', { ns: 'common', count: Math.round(seconds / 86400) });
}

export function clockTime(iso: string, lang: string): string {
  let clock = clocks.get(lang);
  if (!clock) clocks.set(lang, (clock = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', second: '2-digit' })));
  return clock.format(new Date(iso));
}
