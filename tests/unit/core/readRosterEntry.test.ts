import { describe, expect, it } from 'vitest';
import { readRosterEntry, rosterEntrySchema } from '../../../src/core/schema/config';
import { readChange, changeSchema } from '../../../src/core/schema/sync';

const valid = {
  id: '0192f1a8-7c3e-7d4a-9b2c-1e2f3a4b5c6d',
  name: '王芳',
  company: '杭州示例科技有限公司',
  title: '采购经理',
  category: 'trade',
  mobile: '+8613800138000',
  email: 'wang.fang@example.cn',
  badgeCode: 'SF1AAAA',
  pinyin: 'wangfang',
  initials: 'wf',
  shortCode: 'K7M29QXA4',
};

const samples: Array<[string, unknown]> = [
  ['a complete entry', valid],
  ['no pinyin or initials (an older server)', { ...valid, pinyin: undefined, initials: undefined }],
  ['pinyin null', { ...valid, pinyin: null }],
  ['extra fields', { ...valid, country: 'CN', extra: { a: 1 } }],
  ['an upper-case id', { ...valid, id: valid.id.toUpperCase() }],
  ['the nil uuid', { ...valid, id: '00000000-0000-0000-0000-000000000000' }],
  ['an id that is no uuid', { ...valid, id: 'not-a-uuid' }],
  ['a uuid of version 0', { ...valid, id: '0192f1a8-7c3e-0d4a-9b2c-1e2f3a4b5c6d' }],
  ['an unknown category', { ...valid, category: 'vip' }],
  ['a number for a name', { ...valid, name: 42 }],
  ['no badge code', { ...valid, badgeCode: undefined }],
  ['empty strings', { ...valid, name: '', company: '', title: '', mobile: '', email: '', badgeCode: '' }],
  ['null', null],
  ['an array', [valid]],
  ['a string', 'attendee'],
];

describe('reading a roster entry by hand', () => {
  it.each(samples)('agrees with rosterEntrySchema on %s', (_name, value) => {
    const zod = rosterEntrySchema.safeParse(value);
    expect(readRosterEntry(value)).toEqual(zod.success ? zod.data : null);
  });

  it('accepts the complete entry and fills what an older server leaves out', () => {
    expect(readRosterEntry(valid)).toEqual(valid);
    expect(readRosterEntry({ ...valid, pinyin: undefined, initials: undefined })).toMatchObject({ pinyin: '', initials: '' });
    expect(readRosterEntry({ ...valid, shortCode: undefined })).toMatchObject({ shortCode: '' });
  });

  it.each<[string, unknown]>([
    ['a change', { kind: 'attendee', key: 'k', data: valid }],
    ['a tombstone', { kind: 'attendee', key: 'k', data: null }],
    ['a key that is a number', { kind: 'attendee', key: 1, data: null }],
    ['no kind', { key: 'k', data: null }],
    ['null', null],
  ])('reads %s of a pull page as changeSchema does', (_name, value) => {
    const zod = changeSchema.safeParse(value);
    expect(readChange(value)).toEqual(zod.success ? zod.data : null);
  });
});
