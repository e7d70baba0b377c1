// @vitest-environment node
/**
 * Roster search as staff use it at a desk with a 200,000-visitor roster: pinyin (full and
 * initials), characters, company, the last digits of the mobile, email.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { RosterIndex, type SearchEntry } from '../../../src/app/desk/search/rosterIndex';
import { nameSearchKeys } from '../../../src/core/text/pinyin';

const SURNAMES = ['王', '李', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗', '郑'];
const GIVEN = ['芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '霞', '平', '刚', '鹏'];

function person(i: number, overrides: Partial<SearchEntry> = {}): SearchEntry {
  const name = `${SURNAMES[i % 20]}${GIVEN[Math.floor(i / 20) % 20]}${GIVEN[Math.floor(i / 400) % 20]}`;
  return {
    id: `id-${i}`,
    name,
    company: `示例${i % 997}科技有限公司`,
    title: '经理',
    category: 'trade',
    mobile: `+86139${String(i).padStart(8, '0')}`,
    email: `v${i}@example.cn`,
    badgeCode: `SF1X${i}`,
    ...nameSearchKeys(name),
    ...overrides,
  };
}

describe('roster search on 200,000 visitors', () => {
  const index = new RosterIndex();
  const zhangWei = person(123_457, { id: 'zhang-wei', name: '张伟', mobile: '+8613912348888', email: 'zhang.wei@acme.cn', company: '苏州精密机械有限公司', ...nameSearchKeys('张伟') });
  const shanTian = person(123_458, { id: 'shan', name: '单田芳', ...nameSearchKeys('单田芳') });

  beforeAll(() => {
    const all: SearchEntry[] = [];
    for (let i = 0; i < 200_000; i++) all.push(person(i));
    all[123_457] = zhangWei;
    all[123_458] = shanTian;
    index.upsert(all);
  }, 60_000);

  it('holds every visitor once', () => {
    expect(index.size).toBe(200_000);
  });

  it('finds 张伟 by full pinyin, initials, characters, company and email', () => {
    expect(index.search('zhangwei')[0]?.entry.id).toBe('zhang-wei');
    expect(index.search('Zhang Wei')[0]?.entry.id).toBe('zhang-wei');
    expect(index.search('zw').map((h) => h.entry.id)).toContain('zhang-wei');
    expect(index.search('张伟')[0]?.entry.id).toBe('zhang-wei');
    expect(index.search('苏州精密').map((h) => h.entry.id)).toEqual(['zhang-wei']);
    expect(index.search('zhang.wei@')[0]?.entry.id).toBe('zhang-wei');
  });

  it('reads surnames with their surname pronunciation (单 is shan)', () => {
    expect(index.search('shantianfang')[0]?.entry.id).toBe('shan');
    expect(index.search('dantianfang')).toEqual([]);
  });

  it('finds a visitor by the last four digits of the mobile', () => {
    const hits = index.search('8888');
    expect(hits.map((h) => h.entry.id)).toContain('zhang-wei');
    expect(hits.every((h) => h.entry.mobile.endsWith('8888'))).toBe(true);
  });

  it('puts exact matches first and caps the list', () => {
    const hits = index.search('wang', 20);
    expect(hits).toHaveLength(20);
    expect(hits.every((h) => h.entry.pinyin.startsWith('wang'))).toBe(true);
  });

  it('finds nobody for a name that is not there', () => {
    expect(index.search('欧阳锋')).toEqual([]);
    expect(index.search('0000000000001')).toEqual([]);
  });

  it('offers the existing visitor for a mobile or email already registered', () => {
    expect(index.findContact('+86 139 1234 8888', '').map((e) => e.id)).toEqual(['zhang-wei']);
    expect(index.findContact('', 'ZHANG.WEI@acme.cn').map((e) => e.id)).toEqual(['zhang-wei']);
    expect(index.findContact('+8613700000000', 'nobody@example.cn')).toEqual([]);
  });

  it('follows updates and removals', () => {
    index.upsert([{ ...zhangWei, company: '杭州新公司' }]);
    expect(index.search('杭州新公司').map((h) => h.entry.id)).toEqual(['zhang-wei']);
    index.remove(['zhang-wei']);
    expect(index.search('zhangwei').map((h) => h.entry.id)).not.toContain('zhang-wei');
    expect(index.size).toBe(199_999);
    expect(index.get('shan')?.name).toBe('单田芳');
  });
});

describe('search as staff say it', () => {
  const named = (id: string, name: string, extra: Partial<SearchEntry> = {}): SearchEntry => person(0, { id, name, ...nameSearchKeys(name), ...extra });
  const index = new RosterIndex();
  index.upsert([
    named('zhang-wei', '张伟'),
    named('he-wei', '何伟'),
    named('wei-ming', '魏明'),
    named('zhang-xiaoming', '张晓明'),
    named('zhang-li', '张丽'),
    named('guang-wu', '关武'), // "guangwu" holds "angw" across its syllables, not "wei"
    named('huang-xm', '黄晓明'),
    named('huang-xm-tw', '黃曉明'),
    named('xian', '王先'),
    named('xi-an', '王西安'),
    named('wang-tw', '王志偉', { company: '臺灣精密機械股份有限公司' }),
  ]);
  const ids = (q: string) => index.search(q, 100).map((h) => h.entry.id);

  it('one syllable finds every name holding it, at a syllable start only', () => {
    expect(ids('wei')).toEqual(expect.arrayContaining(['zhang-wei', 'he-wei', 'wei-ming', 'wang-tw']));
    // The surname reading first (a prefix), then the names where it is a later syllable.
    expect(ids('wei')[0]).toBe('wei-ming');
    expect(ids('angw')).toEqual([]);
    expect(ids('ming')).toEqual(expect.arrayContaining(['wei-ming', 'zhang-xiaoming', 'huang-xm', 'huang-xm-tw']));
  });

  it('a surname said finds every one of them', () => {
    expect(ids('zhang').sort()).toEqual(['zhang-li', 'zhang-wei', 'zhang-xiaoming']);
  });

  it('several syllables from the middle of a name', () => {
    expect(ids('xiaoming').sort()).toEqual(['huang-xm', 'huang-xm-tw', 'zhang-xiaoming']);
  });

  it('cuts ambiguous pinyin by the number of characters (先 xian, 西安 xi-an)', () => {
    expect(ids('an')).toEqual(['xi-an']);
    expect(ids('xian').sort()).toEqual(['xi-an', 'xian']);
  });

  it('traditional and simplified characters find each other', () => {
    expect(ids('黃曉明').sort()).toEqual(['huang-xm', 'huang-xm-tw']);
    expect(ids('黄晓明').sort()).toEqual(['huang-xm', 'huang-xm-tw']);
    expect(ids('王志伟')).toEqual(['wang-tw']);
    expect(ids('台湾精密')).toEqual(['wang-tw']);
  });
});
