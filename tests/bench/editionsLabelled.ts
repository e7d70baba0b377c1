/**
 * Matching quality of the cross-edition linking (issue 15), on a labelled set made here: three
 * editions of a show whose visitors and exhibitors are known people and companies, written as the
 * files organizers import (roster CSV with 到场, exhibitor XLSX) and imported with the real CLI,
 * so parsing, phone normalisation, in-edition merging and linking all take part.
 *
 * Noise, per record: a mobile or email changed for good, one typed wrong in one edition, left
 * out; names written in pinyin, in Western order, with a homophone typo, as an English name;
 * colleagues registering with the company's info@ address; family members sharing one mobile.
 * Held out (made after the rules were written, never tuned on, reported apart): a company's
 * switchboard given as everyone's "mobile", numbers recycled to another person between editions,
 * names in traditional characters, and exhibitor contacts moving to another company.
 *
 * Precision: of the record pairs (of different editions) put under one customer, the share that
 * are one person (or company). Recall: of the pairs of one person that share a mobile, email or
 * credit code, the share put under one customer (the issue's target population); recall over all
 * pairs of one person is printed beside it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { creditCodeCheckChar } from '../../src/core/editions/creditCode';
import { runCommand } from '../../src/server/cli/commands/index';
import type { CliContext } from '../../src/server/cli/context';
import { loadConfig } from '../../src/server/config';
import { migrate } from '../../src/server/db/migrate';
import { openPostgres } from '../../src/server/db/postgres';
import type { Db } from '../../src/server/db/types';
import { ensureEvent } from '../../src/server/events/events';
import { startPostgres } from '../support/postgres';
import type { Report } from './report';

/** mulberry32: the same set on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES: Array<[string, string, string]> = [
  ['王', '王', 'wang'],
  ['李', '李', 'li'],
  ['张', '張', 'zhang'],
  ['刘', '劉', 'liu'],
  ['陈', '陳', 'chen'],
  ['杨', '楊', 'yang'],
  ['黄', '黃', 'huang'],
  ['赵', '趙', 'zhao'],
  ['吴', '吳', 'wu'],
  ['周', '周', 'zhou'],
  ['徐', '徐', 'xu'],
  ['孙', '孫', 'sun'],
  ['马', '馬', 'ma'],
  ['朱', '朱', 'zhu'],
  ['胡', '胡', 'hu'],
  ['郭', '郭', 'guo'],
  ['何', '何', 'he'],
  ['林', '林', 'lin'],
  ['罗', '羅', 'luo'],
  ['郑', '鄭', 'zheng'],
];
// Given-name characters: simplified, traditional, pinyin, and a homophone (same sound, another character).
const GIVEN: Array<[string, string, string, string]> = [
  ['伟', '偉', 'wei', '玮'],
  ['芳', '芳', 'fang', '方'],
  ['娜', '娜', 'na', '纳'],
  ['敏', '敏', 'min', '民'],
  ['静', '靜', 'jing', '晶'],
  ['丽', '麗', 'li', '莉'],
  ['强', '強', 'qiang', '蔷'],
  ['磊', '磊', 'lei', '蕾'],
  ['军', '軍', 'jun', '君'],
  ['洋', '洋', 'yang', '阳'],
  ['勇', '勇', 'yong', '永'],
  ['艳', '艷', 'yan', '燕'],
  ['杰', '傑', 'jie', '洁'],
  ['涛', '濤', 'tao', '韬'],
  ['明', '明', 'ming', '铭'],
  ['超', '超', 'chao', '潮'],
  ['华', '華', 'hua', '桦'],
  ['鹏', '鵬', 'peng', '朋'],
  ['辉', '輝', 'hui', '晖'],
  ['斌', '斌', 'bin', '彬'],
];
const ENGLISH = ['David', 'Michael', 'Linda', 'Grace', 'Kevin', 'Jason', 'Amy', 'Tony', 'Helen', 'Peter'];
const FREE_MAIL = ['qq.com', '163.com', '126.com', 'sina.com', 'foxmail.com'];

interface Person {
  id: number;
  surname: number;
  given: number[];
  english: string;
  company: number;
  mobile: string;
  email: string;
  /** Held-out families this person belongs to. */
  heldOut: boolean;
  /** Registers with the company's info@ address instead of their own. */
  roleEmail: boolean;
  /** Gives the company's switchboard as their mobile (held out). */
  switchboard: boolean;
}

interface Row {
  ref: string;
  truth: number;
  heldOut: boolean;
  cells: string[];
}

interface CompanyTruth {
  id: number;
  code: string;
  name: string;
  contactName: string;
  mobile: string;
  email: string;
  heldOut: boolean;
}

const PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156', '157', '158', '159', '176', '177', '180', '181', '186', '187', '188', '189'];
const mobileOf = (r: () => number) => `${PREFIXES[Math.floor(r() * PREFIXES.length)]}${String(Math.floor(r() * 1e8)).padStart(8, '0')}`;
const swapDigits = (m: string) => {
  const i = 3 + Math.floor(((m.charCodeAt(5) ?? 0) % 7) + 0);
  return m.slice(0, i) + (m[i + 1] ?? '') + (m[i] ?? '') + m.slice(i + 2);
};
const typoEmail = (e: string) => {
  const at = e.indexOf('@');
  return at > 2 ? e.slice(0, at - 2) + (e[at - 1] ?? '') + (e[at - 2] ?? '') + e.slice(at) : `x${e}`;
};

function makeSet(seed: number) {
  const r = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const COMPANIES = 300;
  const companies: CompanyTruth[] = Array.from({ length: COMPANIES }, (_, i) => {
    const base = `91${String(110000 + Math.floor(r() * 540000)).padStart(6, '0')}${String(Math.floor(r() * 1e9)).padStart(9, '0')}`.replace(/[IOZSV]/g, '0');
    return {
      id: i,
      code: `${base}${creditCodeCheckChar(base)}`,
      name: `${pick(['华南', '东方', '远大', '恒信', '金石', '新星', '宏达', '安泰', '博远', '瑞丰'])}${pick(['机械', '电子', '贸易', '科技', '化工', '纺织', '物流', '家居'])}${i}有限公司`,
      contactName: '',
      mobile: mobileOf(r),
      email: `sales@co${i}.com`,
      heldOut: false,
    };
  });
  const switchboards = companies.map((_, i) => `+86755${String(80000000 + i * 37).padStart(8, '0')}`);

  const PEOPLE = 3000;
  const people: Person[] = [];
  for (let i = 0; i < PEOPLE; i++) {
    const surname = Math.floor(Math.pow(r(), 1.6) * SURNAMES.length);
    const given = Array.from({ length: r() < 0.3 ? 1 : 2 }, () => Math.floor(Math.pow(r(), 1.4) * GIVEN.length));
    const company = Math.floor(r() * COMPANIES);
    const switchboard = r() < 0.04;
    const roleEmail = !switchboard && r() < 0.08;
    const pin = `${SURNAMES[surname]?.[2]}${given.map((g) => GIVEN[g]?.[2]).join('')}`;
    people.push({
      id: i,
      surname,
      given,
      english: pick(ENGLISH),
      company,
      mobile: switchboard ? (switchboards[company] as string) : mobileOf(r),
      email: roleEmail ? `info@co${company}.com` : `${pin}${Math.floor(r() * 1000)}@${r() < 0.5 ? `co${company}.com` : pick(FREE_MAIL)}`,
      heldOut: switchboard,
      roleEmail,
      switchboard,
    });
  }
  // Families: the second of each pair registers with the first's mobile.
  for (let i = 0; i < 150; i++) {
    const a = people[Math.floor(r() * PEOPLE)] as Person;
    const b = people[Math.floor(r() * PEOPLE)] as Person;
    if (a === b || a.switchboard || b.switchboard) continue;
    b.mobile = a.mobile;
  }

  const EDITIONS = 3;
  const rows: Row[][] = [[], [], []];
  const exhibitorRows: Array<Array<{ truth: number; heldOut: boolean; cells: string[] }>> = [[], [], []];
  let attendedBefore = new Set<number>();
  let seq = 0;
  // Numbers given up after edition 1 and taken by someone else in edition 3 (held out).
  const recycled = new Map<number, string>();
  for (let e = 0; e < EDITIONS; e++) {
    const now = new Set<number>();
    for (const p of people) {
      const prob = e === 0 ? 0.6 : attendedBefore.has(p.id) ? 0.65 : 0.3;
      if (r() >= prob) continue;
      now.add(p.id);
      // Lasting changes between editions.
      if (e > 0 && !p.switchboard && r() < 0.08) {
        if (e === 1 && r() < 0.25) recycled.set(p.id, p.mobile);
        p.mobile = mobileOf(r);
      }
      if (e > 0 && !p.roleEmail && r() < 0.06) p.email = `${p.email.split('@')[0]}${e}@${pick(FREE_MAIL)}`;
      let mobile = p.mobile;
      let email = p.email;
      let heldOut = p.heldOut;
      if (r() < 0.02) mobile = swapDigits(mobile);
      if (r() < 0.02) email = typoEmail(email);
      if (r() < 0.1) email = '';
      if (r() < 0.03) mobile = '';
      const s = SURNAMES[p.surname] as [string, string, string];
      const g = p.given.map((x) => GIVEN[x] as [string, string, string, string]);
      const variant = r();
      let name = s[0] + g.map((x) => x[0]).join('');
      if (variant < 0.04) name = `${s[2][0]?.toUpperCase()}${s[2].slice(1)} ${g.map((x) => x[2]).join('').replace(/^./, (c) => c.toUpperCase())}`;
      else if (variant < 0.06) name = `${g.map((x) => x[2]).join('').replace(/^./, (c) => c.toUpperCase())} ${s[2].toUpperCase()}`;
      else if (variant < 0.08) name = s[0] + g.map((x, i) => (i === g.length - 1 ? x[3] : x[0])).join('');
      else if (variant < 0.1) name = `${p.english} ${s[2][0]?.toUpperCase()}${s[2].slice(1)}`;
      else if (variant < 0.12) {
        name = s[1] + g.map((x) => x[1]).join('');
        heldOut = true;
      }
      const days = 1 + Math.floor(r() * 3);
      rows[e]?.push({
        ref: `R${e + 1}-${++seq}`,
        truth: p.id,
        heldOut,
        cells: [`R${e + 1}-${seq}`, name, companies[p.company]?.name ?? '', mobile, email, '专业观众', String(days)],
      });
    }
    if (e === 2) {
      // A stranger now holds a number its first owner gave up (and the first owner is not here).
      for (const [owner, number] of recycled) {
        if (now.has(owner)) continue;
        const stranger = PEOPLE + owner;
        rows[e]?.push({ ref: `R3-${++seq}`, truth: stranger, heldOut: true, cells: [`R3-${seq}`, `${pick(['钱', '冯', '蒋', '沈'])}${pick(['晓', '子', '佳'])}${pick(['东', '涵', '琪'])}`, '', number, '', '专业观众', '1'] });
      }
    }
    attendedBefore = now;

    for (const c of companies) {
      if (r() >= (e === 0 ? 0.7 : 0.75)) continue;
      let heldOut = c.heldOut;
      if (e > 0 && r() < 0.05) c.name = c.name.replace('有限公司', `${pick(['集团', '科技', '国际'])}有限公司`);
      if (e > 0 && r() < 0.1) {
        c.mobile = mobileOf(r);
        c.email = `contact${e}@co${c.id}.com`;
      }
      const code = r() < 0.08 ? '' : c.code;
      let mobile = c.mobile;
      let email = c.email;
      // The contact person moved to another company and gives their old mobile and email there (held out).
      if (e > 0 && r() < 0.03) {
        const other = companies[(c.id + 1 + Math.floor(r() * (COMPANIES - 1))) % COMPANIES] as CompanyTruth;
        mobile = other.mobile;
        email = other.email;
        heldOut = true;
      }
      exhibitorRows[e]?.push({ truth: c.id, heldOut, cells: [c.name, code, '中国', '广东', '联系人', mobile, email, `B${c.id}`, String(9 * (1 + (c.id % 6))), String(10000 * (1 + (c.id % 20)))] });
    }
  }
  return { rows, exhibitorRows };
}

interface Pairs {
  predicted: number;
  correct: number;
  truePairs: number;
  trueShared: number;
  foundShared: number;
  foundAll: number;
}

/** Cross-edition record pairs: predicted (same customer), true (same truth), sharing a key. */
interface Scored {
  id: string;
  label?: string;
  event: string;
  truth: number;
  heldOut: boolean;
  customer: string;
  keys: string[];
}

function score(records: Scored[], include: (a: Scored, b: Scored) => boolean): Pairs {
  const out: Pairs = { predicted: 0, correct: 0, truePairs: 0, trueShared: 0, foundShared: 0, foundAll: 0 };
  const byCustomer = new Map<string, Scored[]>();
  const byTruth = new Map<number, Scored[]>();
  for (const rec of records) {
    byCustomer.set(rec.customer, [...(byCustomer.get(rec.customer) ?? []), rec]);
    byTruth.set(rec.truth, [...(byTruth.get(rec.truth) ?? []), rec]);
  }
  for (const list of byCustomer.values()) {
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i]!, list[j]!];
        if (a.event === b.event || !include(a, b)) continue;
        out.predicted++;
        if (a.truth === b.truth) out.correct++;
        else if (process.env.BENCH_VERBOSE) console.log(`    wrong: ${a.label} | ${b.label}`);
      }
  }
  for (const list of byTruth.values()) {
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i]!, list[j]!];
        if (a.event === b.event || !include(a, b)) continue;
        out.truePairs++;
        const shared = a.keys.some((k) => b.keys.includes(k));
        const found = a.customer === b.customer;
        if (shared) out.trueShared++;
        if (shared && found) out.foundShared++;
        if (shared && !found && process.env.BENCH_VERBOSE) console.log(`    missed: ${a.label} | ${b.label}`);
        if (found) out.foundAll++;
      }
  }
  return out;
}

const pct = (n: number, d: number) => (d ? `${((n * 100) / d).toFixed(1)}%` : '–');

async function runCli(db: Db, cwd: string, argv: string[]): Promise<void> {
  const err: string[] = [];
  const ctx: CliContext = { db, config: loadConfig({}), cwd, out: () => undefined, err: (t) => err.push(t) };
  const code = await runCommand(ctx, argv);
  if (code !== 0 && code !== 2) throw new Error(`${argv.join(' ')} exited ${code}: ${err.join('\n')}`);
}

export async function benchMatching(report: Report): Promise<void> {
  const cluster = await startPostgres({ fsync: false });
  const db = openPostgres(cluster.url);
  const dir = mkdtempSync(path.join(tmpdir(), 'showfloor-labelled-'));
  try {
    await migrate(db);
    const first = await ensureEvent(db);
    await db.query(`UPDATE events SET name = 'Labelled 2023', starts_on = '2023-04-11', ends_on = '2023-04-13' WHERE id = $1`, [first.id]);
    const { rows: shows } = await db.query<{ show_id: string }>('SELECT show_id FROM events WHERE id = $1', [first.id]);
    const events = [first.id];
    for (const year of [2024, 2025]) {
      await runCli(db, dir, ['events', 'add', `Labelled ${year}`, '--starts', `${year}-04-11`, '--ends', `${year}-04-13`, '--no-copy']);
      const { rows } = await db.query<{ id: string }>('SELECT id FROM events WHERE show_id = $1 ORDER BY edition DESC LIMIT 1', [shows[0]?.show_id]);
      events.push(rows[0]?.id as string);
    }
    const set = makeSet(20_261_215);
    const truthByRef = new Map<string, { truth: number; heldOut: boolean }>();
    for (let e = 0; e < 3; e++) {
      const csv = ['编号,姓名,公司,手机,邮箱,类别,到场', ...(set.rows[e] ?? []).map((row) => row.cells.join(','))].join('\r\n');
      writeFileSync(path.join(dir, `roster${e}.csv`), `\ufeff${csv}\r\n`);
      for (const row of set.rows[e] ?? []) truthByRef.set(row.ref, { truth: row.truth, heldOut: row.heldOut });
      await runCli(db, dir, ['import-roster', `roster${e}.csv`, '--event', events[e] as string]);
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('展商');
      sheet.addRow(['公司名称', '统一社会信用代码', '国家', '省份', '联系人', '手机', '邮箱', '展位号', '面积', '合同金额']);
      for (const x of set.exhibitorRows[e] ?? []) sheet.addRow(x.cells);
      await workbook.xlsx.writeFile(path.join(dir, `exhibitors${e}.xlsx`));
      await runCli(db, dir, ['import-exhibitors', `exhibitors${e}.xlsx`, '--event', events[e] as string]);
    }

    const { rows: visitorLinks } = await db.query<{ id: string; event_id: string; ref: string; customer_id: string; mobile: string; email: string; name: string; reason: string }>(
      `SELECT a.id, a.event_id, a.ref, l.customer_id, a.mobile, lower(a.email) AS email, a.name, l.reason FROM attendees a JOIN customer_links l ON l.record_id = a.id WHERE a.ref <> ''`,
    );
    const visitors = visitorLinks.map((v) => {
      const t = truthByRef.get(v.ref) ?? { truth: -1, heldOut: false };
      return { id: v.id, label: `${v.name} ${v.mobile} ${v.email} (${v.reason})`, event: v.event_id, truth: t.truth, heldOut: t.heldOut, customer: v.customer_id, keys: [v.mobile && `m:${v.mobile}`, v.email && `e:${v.email}`].filter(Boolean) };
    });
    const heldOutPeople = new Set(visitors.filter((v) => v.heldOut).map((v) => v.truth));
    const tuned = score(visitors, (a, b) => !heldOutPeople.has(a.truth) && !heldOutPeople.has(b.truth));
    const held = score(visitors, (a, b) => heldOutPeople.has(a.truth) || heldOutPeople.has(b.truth));
    const all = score(visitors, () => true);
    const line = (p: Pairs) =>
      `precision ${pct(p.correct, p.predicted)} (${p.correct}/${p.predicted} pairs), recall on shared keys ${pct(p.foundShared, p.trueShared)} (${p.foundShared}/${p.trueShared}), recall on all pairs ${pct(p.foundAll, p.truePairs)}`;
    console.log(`  visitors, tuned families: ${line(tuned)}`);
    console.log(`  visitors, held-out families: ${line(held)}`);
    report.add({ issue: '#15', name: `Matching visitors across 3 editions (${visitors.length} records): precision / recall on records sharing a mobile or email`, value: `${pct(all.correct, all.predicted)} / ${pct(all.foundShared, all.trueShared)}`, target: '≥ 99% / ≥ 95%', note: `all pairs: ${line(all)}` });
    report.add({ issue: '#15', name: 'Matching visitors, families tuned on', value: `${pct(tuned.correct, tuned.predicted)} / ${pct(tuned.foundShared, tuned.trueShared)}`, target: '≥ 99% / ≥ 95%', note: 'changed or mistyped mobile or email, omitted email, pinyin / Western-order / homophone / English names, info@ addresses, families sharing a mobile' });
    report.add({ issue: '#15', name: 'Matching visitors, held-out families (never tuned on)', value: `${pct(held.correct, held.predicted)} / ${pct(held.foundShared, held.trueShared)}`, target: '≥ 99% / ≥ 95%', note: 'switchboard numbers as mobiles, recycled numbers, traditional characters' });

    const { rows: companyLinks } = await db.query<{ id: string; event_id: string; name: string; booth: string; customer_id: string; credit_code: string; mobile: string; email: string }>(
      `SELECT x.id, x.event_id, x.name, x.booth, l.customer_id, x.credit_code, x.mobile, x.email FROM exhibitors x JOIN customer_links l ON l.record_id = x.id`,
    );
    const heldOutCompanies = new Map<string, boolean>();
    for (let e = 0; e < 3; e++) for (const x of set.exhibitorRows[e] ?? []) if (x.heldOut) heldOutCompanies.set(`${events[e]}|B${x.truth}`, true);
    const exhibitors = companyLinks.map((x) => ({
      id: x.id,
      label: `${x.name} ${x.credit_code} ${x.mobile} ${x.email}`,
      event: x.event_id,
      truth: Number(x.booth.slice(1)),
      heldOut: heldOutCompanies.has(`${x.event_id}|${x.booth}`),
      customer: x.customer_id,
      keys: [x.credit_code && `c:${x.credit_code}`, x.mobile && `m:${x.mobile}`, x.email && `e:${x.email}`].filter(Boolean),
    }));
    const ex = score(exhibitors, () => true);
    const exHeld = score(exhibitors, (a, b) => a.heldOut || b.heldOut);
    console.log(`  exhibitors: ${line(ex)}; held-out (contacts who moved company): ${line(exHeld)}`);
    report.add({ issue: '#15', name: `Matching exhibitors across 3 editions (${exhibitors.length} records): precision / recall on records sharing a credit code, mobile or email`, value: `${pct(ex.correct, ex.predicted)} / ${pct(ex.foundShared, ex.trueShared)}`, target: '≥ 99% / ≥ 95%', note: `renamed companies, missing codes, new contacts; held out: contacts moving company — ${line(exHeld)}` });
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await db.close();
    cluster.stop();
  }
}
