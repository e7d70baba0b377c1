import i18n from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { relativeTime } from '../../../src/app/ui/time';

const NOW = Date.parse('2026-05-10T10:00:00Z');
const ago = (seconds: number) => new Date(NOW - seconds * 1000).toISOString();

describe('relative time on the sync bar and the fleet', () => {
  afterEach(() => i18n.changeLanguage('en'));

  it('says nothing when there was no sync', () => {
    expect(relativeTime(null, NOW)).toBeNull();
  });

  it('counts seconds as "just now", then minutes, hours and days, in English with plurals', async () => {
    await i18n.changeLanguage('en');
    expect(relativeTime(ago(10), NOW)).toBe('just now');
    expect(relativeTime(ago(60), NOW)).toBe('1 min ago');
    expect(relativeTime(ago(10 * 60), NOW)).toBe('10 min ago');
    expect(relativeTime(ago(3600), NOW)).toBe('1 hour ago');
    expect(relativeTime(ago(5 * 3600), NOW)).toBe('5 hours ago');
    expect(relativeTime(ago(3 * 86400), NOW)).toBe('3 days ago');
  });

  it('speaks both Chinese scripts', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(relativeTime(ago(5), NOW)).toBe('刚刚');
    expect(relativeTime(ago(2 * 3600), NOW)).toBe('2 小时前');
    await i18n.changeLanguage('zh-TW');
    expect(relativeTime(ago(20 * 60), NOW)).toBe('20 分鐘前');
  });

  it('reads a time ahead of this clock as "just now", not as a negative age', async () => {
    await i18n.changeLanguage('en');
    expect(relativeTime(ago(-2 * 86400), NOW)).toBe('just now');
  });
});
