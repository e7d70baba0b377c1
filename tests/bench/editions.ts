/**
 * The customer database across editions at full size (issue 15): five editions of one show with
 * 200,000 visitor records and 3,000 exhibitors each, on PostgreSQL. Timed: linking each edition's
 * records to the contacts and companies of the editions before it (the fifth is the figure with a
 * target: 800,000 records already linked), the retention figures, a customer's page, the lists
 * behind the numbers, tiers. Matching quality is its own benchmark (`matching`, editionsLabelled.ts).
 *
 * Visitors are made with set-based SQL through the same triggers an import goes through: a
 * population of 440,000 people, each edition 190,000 of them in a sliding window (so about 70 %
 * come back the next time) plus 10,000 who come back after missing the previous edition; 8 % change mobile
 * at some edition and keep it; 10 % give no email in an edition; 90 % attend 1–3 days (attendance
 * imported as a past edition's file would). Exhibitors: 4,500 companies with valid credit codes,
 * 3,000 per edition in a sliding window, 5 % without a code and found by email and name.
 */
import { creditCodeCheckChar } from '../../src/core/editions/creditCode';
import { linkEdition, type LinkSummary } from '../../src/server/customers/link';
import { customerPage } from '../../src/server/customers/page';
import { retentionFigures, retentionList, retentionTrend } from '../../src/server/customers/retention';
import { computeTiers } from '../../src/server/customers/tiers';
import { lostCustomers } from '../../src/server/customers/lost';
import { addEdition, useEdition } from '../../src/server/editions/editions';
import { migrate } from '../../src/server/db/migrate';
import { openPostgres } from '../../src/server/db/postgres';
import type { Db } from '../../src/server/db/types';
import { ensureEvent } from '../../src/server/events/events';
import { startPostgres } from '../support/postgres';
import { percentile, type Report } from './report';

const EDITIONS = 5;
const PER_EDITION = 200_000;
const STEP = 60_000;
const COMPANIES_PER_EDITION = 3_000;
const COMPANY_STEP = 375;
const RUNS = 7;

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

async function measure(fn: () => Promise<unknown>): Promise<{ median: number; p95: number; max: number }> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push((await timed(fn)).ms);
  return { median: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times) };
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split('');
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国文斌宇浩凯晨阳雪梅琳婷欣怡子涵俊杰鑫宁波海燕亮飞志红春梅金凤秀兰晓东'.split('');

/** Person p's attributes at edition e, as SQL expressions over p and e. */
const PERSON = {
  name: `($3::text[])[1 + p % ${SURNAMES.length}] || ($4::text[])[1 + (p / ${SURNAMES.length}) % ${GIVEN.length}] || CASE WHEN p % 3 = 0 THEN '' ELSE ($4::text[])[1 + (p / 7) % ${GIVEN.length}] END`,
  // 8 % change mobile once, at an edition of their own, and keep the new one.
  mobile: `CASE WHEN p % 12 = 0 AND e >= 1 + (p / 12) % ${EDITIONS} THEN '+8615' ELSE '+8613' END || lpad(p::text, 9, '0')`,
  email: `CASE WHEN (p * 7 + e * 13) % 10 = 0 THEN '' ELSE 'u' || p || '@mail' || (p % 997) || '.cn' END`,
  company: `'公司' || (p % 40000)`,
};

async function generateVisitors(db: Db, eventId: string, e: number): Promise<void> {
  let t = performance.now();
  const step = (what: string) => {
    console.log(`    ${what}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    t = performance.now();
  };
  for (let from = 1; from <= PER_EDITION; from += 50_000) {
    await db.query(
      `INSERT INTO attendees (id, event_id, import_key, badge_code, name, company, mobile, email, category, source)
       SELECT md5('bench-ed-' || e || '-' || p)::uuid, $1, 'bench:' || p, 'ED' || e || '-' || p, ${PERSON.name}, ${PERSON.company}, ${PERSON.mobile}, ${PERSON.email},
              CASE WHEN p % 50 = 0 THEN 'press' WHEN p % 20 = 1 THEN 'vip_buyer' ELSE 'trade' END, 'roster'
         FROM (SELECT $2::int AS e, CASE WHEN k <= 190000 THEN ($2::int - 1) * ${STEP} + k
                                          -- Back after missing the previous edition: from the window of the one before it.
                                          WHEN $2::int >= 3 THEN ($2::int - 3) * ${STEP} + (k - 190000)
                                          ELSE 1000000 + $2::int * 20000 + k END AS p
                 FROM generate_series($5::int, $6::int) k) x`,
      [eventId, e, SURNAMES, GIVEN, from, Math.min(PER_EDITION, from + 49_999)],
    );
  }
  step('records');
  // Attendance as a past edition's file gives it: 90 % came, on 1 to 3 of the three show days.
  await db.query(
    `INSERT INTO attendance_imports (attendee_id, day, event_id)
     SELECT a.id, e.starts_on + d, a.event_id FROM attendees a JOIN events e ON e.id = a.event_id, generate_series(0, 2) d
      WHERE a.event_id = $1 AND abs(hashtext(a.import_key)) % 10 <> 0 AND d <= abs(hashtext(a.import_key || 'd')) % 3`,
    [eventId],
  );
  step('attendance');
  await db.query('SELECT sf_rebuild_attendance($1)', [eventId]);
  step('attendance counted');
}

function creditCodes(n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const base = `9144030${String(1_000_000_000 + i).slice(1)}`;
    return `${base}${creditCodeCheckChar(base)}`;
  });
}

async function generateExhibitors(db: Db, eventId: string, e: number, codes: string[]): Promise<void> {
  await db.query(
    `INSERT INTO exhibitors (id, event_id, name, credit_code, country, province, contact_name, mobile, email, booth, floor_area, contract_amount, import_key)
     SELECT md5('bench-ex-' || $2 || '-' || c)::uuid, $1, '展商' || c || CASE WHEN c % 17 = 0 AND $2::int > 3 THEN '科技' ELSE '' END || '有限公司',
            CASE WHEN (c + $2::int) % 20 = 0 THEN '' ELSE ($3::text[])[c] END, 'CN', '440000', '联系人' || c, '+8617' || lpad(c::text, 9, '0'), 'ex' || c || '@co' || c || '.cn',
            'B' || c, 9 * (1 + c % 8), 10000 * (1 + c % 30), 'credit:' || c
       FROM (SELECT ($2::int - 1) * ${COMPANY_STEP} + k AS c FROM generate_series(1, ${COMPANIES_PER_EDITION}) k) x`,
    [eventId, e, codes],
  );
}

export async function benchEditions(report: Report): Promise<void> {
  const cluster = await startPostgres({ fsync: false });
  const db = openPostgres(cluster.url);
  try {
    await migrate(db);
    const first = await ensureEvent(db);
    await db.query(`UPDATE events SET name = 'Bench Expo 2021', starts_on = '2021-05-11', ends_on = '2021-05-13' WHERE id = $1`, [first.id]);
    const events = [first.id];
    for (let e = 2; e <= EDITIONS; e++) {
      const { edition } = await addEdition(db, { name: `Bench Expo ${2019 + e}`, startsOn: `${2019 + e}-05-11`, endsOn: `${2019 + e}-05-13`, copyFrom: null }, 'bench');
      events.push(edition.id);
    }
    const codes = creditCodes((EDITIONS - 1) * COMPANY_STEP + COMPANIES_PER_EDITION);
    let t = performance.now();
    for (let e = 1; e <= EDITIONS; e++) {
      await generateVisitors(db, events[e - 1] as string, e);
      await generateExhibitors(db, events[e - 1] as string, e, codes);
      console.log(`  edition ${e}: ${PER_EDITION.toLocaleString('en')} visitor records and ${COMPANIES_PER_EDITION} exhibitors made in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      t = performance.now();
    }
    await db.exec('VACUUM ANALYZE');
    // The edition being linked last is the current one: its roster is what desks pull, so its
    // returning marks are written (and timed) as part of linking it.
    await useEdition(db, events.at(-1) as string);

    const summaries: LinkSummary[] = [];
    for (let e = 1; e <= EDITIONS; e++) {
      for (const kind of ['contact', 'company'] as const) {
        const s = await linkEdition(db, events[e - 1] as string, kind, (step, ms) => console.log(`      ${step}: ${(ms / 1000).toFixed(1)} s`));
        summaries.push(s);
        console.log(`  linked edition ${e} ${kind}s: ${s.records} records, ${s.linked} to earlier customers, ${s.newCustomers} new, ${s.reviews} reviews, ${(s.ms / 1000).toFixed(1)} s`);
      }
      // What autovacuum would have done between two editions, months apart.
      await db.exec('ANALYZE');
    }
    const last = summaries.filter((s) => s.kind === 'contact').at(-1) as LinkSummary;
    const lastCompanies = summaries.filter((s) => s.kind === 'company').at(-1) as LinkSummary;
    report.add({
      issue: '#15',
      name: `Linking a new edition's ${last.records.toLocaleString('en')} visitor records to contacts (4 editions, 800,000 records linked before; PostgreSQL)`,
      value: `${(last.ms / 1000).toFixed(1)} s`,
      target: '≤ 60 s',
      note: `${last.linked.toLocaleString('en')} linked (${Object.entries(last.byReason).map(([r, n]) => `${r} ${n}`).join(', ')}), ${last.newCustomers.toLocaleString('en')} new contacts, ${last.reviews} for review; participations and the desk's returning marks kept in the same transaction`,
    });
    report.add({ issue: '#15', name: `Linking the same edition's ${lastCompanies.records} exhibitors to companies`, value: `${(lastCompanies.ms / 1000).toFixed(1)} s`, target: '≤ 60 s', note: `${lastCompanies.linked} linked (${Object.entries(lastCompanies.byReason).map(([r, n]) => `${r} ${n}`).join(', ')})` });

    const current = events.at(-1) as string;
    const f = await retentionFigures(db, current);
    console.log(`  visitors: ${JSON.stringify(f.visitors)}`);
    console.log(`  exhibitors: ${JSON.stringify(f.exhibitors)}`);
    const scale = `${EDITIONS} editions × ${(PER_EDITION / 1000).toFixed(0)}k visitors + ${COMPANIES_PER_EDITION.toLocaleString('en')} exhibitors`;
    const r = await measure(() => retentionFigures(db, current));
    report.add({ issue: '#15', name: `Retention figures, both sides (${scale})`, value: `median ${r.median.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms`, target: '≤ 500 ms', note: `retention ${f.visitors.retentionRatePct}% / renewal ${f.exhibitors.renewalRatePct}%` });

    const { rows: sample } = await db.query<{ id: string }>(
      `SELECT customer_id AS id FROM participations WHERE event_id = $1 AND role = 'visitor' ORDER BY md5(customer_id::text) LIMIT 20`,
      [current],
    );
    const { rows: companies } = await db.query<{ id: string }>(`SELECT customer_id AS id FROM participations WHERE event_id = $1 AND role = 'exhibitor' ORDER BY md5(customer_id::text) LIMIT 5`, [current]);
    const pageTimes: number[] = [];
    for (const c of [...sample, ...companies]) {
      await customerPage(db, c.id);
      pageTimes.push((await timed(() => customerPage(db, c.id))).ms);
    }
    report.add({
      issue: '#15',
      name: `A customer's page (history over editions, timeline, links; ${scale})`,
      value: `median ${percentile(pageTimes, 50).toFixed(0)} ms, p95 ${percentile(pageTimes, 95).toFixed(0)} ms`,
      target: '≤ 200 ms',
      note: '20 contacts and 5 companies of the last edition, each timed warm',
    });

    const list = await measure(() => retentionList(db, current, 'visitors', 'lost', { limit: 50 }));
    report.add({ issue: '#15', name: `The list behind "lost visitors": first page of 50 with its total (${scale})`, value: `median ${list.median.toFixed(0)} ms`, target: '–' });
    const trend = await measure(() => retentionTrend(db, current, 'visitors'));
    report.add({ issue: '#15', name: `Trend over the five editions, one side`, value: `median ${trend.median.toFixed(0)} ms`, target: '–' });
    const tiers = await timed(() => computeTiers(db, events.at(-2) as string));
    report.add({ issue: '#15', name: 'ABC tiers of an edition computed and stored, both sides', value: `${(tiers.ms / 1000).toFixed(1)} s`, target: '–', note: JSON.stringify(tiers.value) });
    const lost = await measure(() => lostCustomers(db, current, 'visitors', { limit: 50 }));
    report.add({ issue: '#15', name: 'Lost A/B buyers: first page of 50', value: `median ${lost.median.toFixed(0)} ms`, target: '–' });
  } finally {
    await db.close();
    cluster.stop();
  }
}
