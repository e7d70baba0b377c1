// @vitest-environment node
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv, UTF8_BOM } from '../../../src/core/csv';
import { emptyCardFields } from '../../../src/core/cards/fields';
import { parseVCard } from '../../../src/core/cards/vcard';
import { leadTable } from '../../../src/core/leads/exportTable';
import { filterLeads, staffOf, type ListedLead } from '../../../src/core/leads/filters';
import { initialStamps, mergeLeads } from '../../../src/core/leads/merge';
import { leadSchema, LEAD_PARTS, type Lead } from '../../../src/core/leads/schema';
import { foldLine, leadsToVcf } from '../../../src/core/leads/vcardExport';

const T0 = Date.parse('2025-06-01T02:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms).toISOString();

function lead(over: Partial<ListedLead> = {}): ListedLead {
  return {
    id: '0190a000-0000-7000-8000-000000000001',
    eventId: '0190a000-0000-7000-8000-0000000000e1',
    deviceId: '0190a000-0000-7000-8000-0000000000d1',
    exhibitorId: '0190a000-0000-7000-8000-0000000000a1',
    capturedAt: at(0),
    source: 'badge',
    badgeCode: 'SF1X',
    attendeeId: '0190a000-0000-7000-8000-0000000000f1',
    contact: { ...emptyCardFields(), name: '张伟', company: '华南机械有限公司' },
    rating: null,
    answers: {},
    interests: [],
    notes: '',
    followUp: null,
    staff: '王经理',
    hasPhoto: false,
    cardText: '',
    cardUnread: false,
    deletedAt: null,
    stamps: initialStamps(at(0)),
    updatedAt: at(0),
    ...over,
  };
}

function edit(l: Lead, change: Partial<Lead>, parts: Array<keyof Lead['stamps']>, ms: number): Lead {
  const stamps = { ...l.stamps };
  for (const p of parts) stamps[p] = at(ms);
  return { ...l, ...change, stamps, updatedAt: at(ms) };
}

describe('lead merge', () => {
  const base = lead();
  const a = edit(base, { rating: 'hot', notes: 'A notes' }, ['rating', 'notes'], 1000);
  const b = edit(base, { notes: 'B notes later', interests: ['p1'] }, ['notes', 'interests'], 2000);
  const c = edit(base, { deletedAt: at(3000) }, ['deleted'], 3000);

  it('takes each part from the copy that edited it last', () => {
    const m = mergeLeads(a, b);
    expect(m).toMatchObject({ rating: 'hot', notes: 'B notes later', interests: ['p1'], updatedAt: at(2000) });
  });

  it('is order-independent: any order of the same copies gives the same lead', () => {
    const orders = [
      [a, b, c],
      [c, b, a],
      [b, a, c],
      [c, a, b],
    ];
    const results = orders.map(([x, y, z]) => mergeLeads(mergeLeads(x!, y!), z!));
    for (const r of results) expect(r).toEqual(results[0]);
    expect(results[0]).toMatchObject({ deletedAt: at(3000), rating: 'hot', notes: 'B notes later' });
  });

  it('is idempotent, and a tie between different contents is settled the same way on every side', () => {
    expect(mergeLeads(a, a)).toEqual(a);
    const x = edit(base, { notes: 'x' }, ['notes'], 500);
    const y = edit(base, { notes: 'y' }, ['notes'], 500);
    expect(mergeLeads(x, y).notes).toBe(mergeLeads(y, x).notes);
  });

  it('keeps the stored identity and the earlier capture time when a second scan merges in', () => {
    const other = lead({ id: '0190a000-0000-7000-8000-000000000002', deviceId: '0190a000-0000-7000-8000-0000000000d2', capturedAt: at(-5000), stamps: initialStamps(at(-5000)), updatedAt: at(-5000), staff: 'Li' });
    const m = mergeLeads(base, other);
    expect(m.id).toBe(base.id);
    expect(m.staff).toBe('王经理');
    expect(m.capturedAt).toBe(at(-5000));
  });

  it('keeps the card photo and what was read from it', () => {
    const unread = lead({ source: 'card', attendeeId: null, badgeCode: null, hasPhoto: true, cardUnread: true, contact: emptyCardFields() });
    const read = edit(unread, { cardUnread: false, cardText: 'Jane Doe\njane@x.example', contact: { ...emptyCardFields(), name: 'Jane Doe', email: 'jane@x.example' } }, ['contact'], 4000);
    const m = mergeLeads(read, { ...unread, hasPhoto: false });
    expect(m).toMatchObject({ hasPhoto: true, cardUnread: false, cardText: 'Jane Doe\njane@x.example' });
    expect(m.contact.email).toBe('jane@x.example');
  });

  it('every part has a stamp, and the schema refuses a lead without them', () => {
    expect(Object.keys(base.stamps).sort()).toEqual([...LEAD_PARTS].sort());
    expect(leadSchema.safeParse(base).success).toBe(true);
    const { stamps: _s, ...noStamps } = base;
    void _s;
    expect(leadSchema.safeParse(noStamps).success).toBe(false);
  });
});

describe('lead filters', () => {
  const leads: ListedLead[] = [
    lead({ id: 'a', contact: { ...emptyCardFields(), name: '张伟', company: '华南机械有限公司', mobile: '+8613800138000' }, rating: 'hot', interests: ['lathe'], followUp: { action: 'quotation', due: '2030-01-01' }, capturedAt: at(1) }),
    lead({ id: 'b', contact: { ...emptyCardFields(), name: 'Tom Lee', company: 'Fabrikam Inc.' }, rating: 'cold', staff: 'Li', notes: 'Wants a ＣＡＴＡＬＯＧＵＥ', capturedAt: at(2) }),
    lead({ id: 'c', contact: { ...emptyCardFields(), name: '李娜' }, shared: { email: 'li.na@example.cn', mobile: '' }, capturedAt: at(3) }),
    lead({ id: 'd', contact: { ...emptyCardFields(), name: 'Deleted' }, deletedAt: at(4), capturedAt: at(4) }),
  ];
  const ids = (f: Parameters<typeof filterLeads>[1]) => filterLeads(leads, f).map((l) => l.id);

  it('lists live leads newest first; deleted ones only on request', () => {
    expect(ids({})).toEqual(['c', 'b', 'a']);
    expect(ids({ includeDeleted: true })).toEqual(['d', 'c', 'b', 'a']);
  });

  it('filters by rating (and unrated), interest, follow-up (and none), staff', () => {
    expect(ids({ rating: 'hot' })).toEqual(['a']);
    expect(ids({ rating: 'unrated' })).toEqual(['c']);
    expect(ids({ interest: 'lathe' })).toEqual(['a']);
    expect(ids({ followUp: 'quotation' })).toEqual(['a']);
    expect(ids({ followUp: 'none' })).toEqual(['c', 'b']);
    expect(ids({ staff: 'Li' })).toEqual(['b']);
    expect(ids({ rating: 'hot', staff: 'Li' })).toEqual([]);
  });

  it('searches names, companies, notes (full-width too), shared email and phone digits', () => {
    expect(ids({ query: '华南' })).toEqual(['a']);
    expect(ids({ query: 'tom fabrikam' })).toEqual(['b']);
    expect(ids({ query: 'catalogue' })).toEqual(['b']);
    expect(ids({ query: 'li.na@' })).toEqual(['c']);
    expect(ids({ query: '138 0013' })).toEqual(['a']);
    expect(ids({ query: 'nobody' })).toEqual([]);
  });

  it('lists the staff who took leads', () => {
    expect(staffOf(leads)).toEqual(['Li', '王经理']);
  });
});

describe('lead exports', () => {
  const card = lead({
    id: '0190a000-0000-7000-8000-000000000009',
    source: 'card',
    contact: {
      name: '陈, 晨; 博士',
      title: '采购经理',
      company: '深圳示例科技有限公司',
      mobile: '+8613912345678',
      phone: '+862088886666',
      fax: null,
      email: 'chen@example.cn',
      website: 'https://example.cn',
      address: '广东省深圳市南山区科技园路1号\n A座',
    },
    notes: '=cmd|\' /C calc\'!A0 很感兴趣',
  });

  it('writes a vCard 3.0 that reads back with the same Chinese name, company and numbers', () => {
    const vcf = leadsToVcf([card, lead({ shared: { email: 'zhang@example.cn', mobile: '+8613800138001' } })]);
    expect(vcf.match(/BEGIN:VCARD\r\nVERSION:3\.0\r\n/g)).toHaveLength(2);
    expect(vcf.endsWith('END:VCARD\r\n')).toBe(true);
    const [first] = vcf.split('END:VCARD');
    const parsed = parseVCard(`${first}END:VCARD`);
    expect(parsed).toMatchObject({ name: '陈, 晨; 博士', company: '深圳示例科技有限公司', title: '采购经理', mobile: '+8613912345678', email: 'chen@example.cn' });
    expect(vcf).toContain('EMAIL;TYPE=INTERNET:zhang@example.cn');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const long = `NOTE:${'展会很好'.repeat(20)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
  });

  it('makes a CSV table in the chosen language whose formula-looking cells are escaped', () => {
    const { header, rows } = leadTable([card], {
      lang: 'zh-CN',
      products: [],
      questions: [{ id: 'budget', label: '预算', type: 'multiple', options: [{ id: 'a', label: '小' }, { id: 'b', label: '大' }] }],
    });
    const csv = toCsv(header, rows);
    const parsed = Papa.parse<string[]>(csv.slice(UTF8_BOM.length), { skipEmptyLines: true }).data;
    expect(parsed[0]).toContain('姓名');
    expect(parsed[0]).toContain('预算');
    const row = parsed[1]!;
    expect(row[parsed[0]!.indexOf('姓名')]).toBe('陈, 晨; 博士');
    expect(row[parsed[0]!.indexOf('备注')]).toBe('\'=cmd|\' /C calc\'!A0 很感兴趣');
    expect(row[parsed[0]!.indexOf('来源')]).toBe('名片');
  });
});
