import { describe, expect, it } from 'vitest';
import { escapedText, isStorable, storableCopy, storableText } from '../../../src/core/text/storable';

describe('text the database cannot hold', () => {
  it('replaces NUL and half surrogate pairs with U+FFFD, and keeps whole pairs, controls and emoji', () => {
    expect(storableText('A\u0000B')).toBe('A\ufffdB');
    expect(storableText('x\ud83dy\ude00z')).toBe('x\ufffdy\ufffdz');
    expect(storableText('ok 😀 \u001d\u0007 张')).toBe('ok 😀 \u001d\u0007 张');
    expect(isStorable('ok 😀')).toBe(true);
    expect(isStorable('\u0000')).toBe(false);
  });

  it('keeps the original in escaped form that reads back exactly', () => {
    const scanned = 'SF1.\u0000\ud800\u001d"\\';
    expect(JSON.parse(escapedText(scanned))).toBe(scanned);
    expect(escapedText(scanned)).toMatch(/^[\x20-\x7e]+$/);
  });

  it('copies a record with every string made storable, and says which by path', () => {
    const record = { code: 'A\u0000', nested: { list: ['fine', 'b\u0000'] }, n: 3, ok: null };
    const { value, verbatim } = storableCopy(record);
    expect(value).toEqual({ code: 'A\ufffd', nested: { list: ['fine', 'b\ufffd'] }, n: 3, ok: null });
    expect(verbatim).toEqual({ code: '"A\\u0000"', 'nested.list.1': '"b\\u0000"' });
    expect(record.code).toBe('A\u0000');
  });

  it('hands back the same object when nothing needs it, even with a typed backslash-u', () => {
    const record = { text: 'C:\\u0000dir', emoji: '😀' };
    expect(storableCopy(record)).toEqual({ value: record, verbatim: null });
  });
});
