/**
 * Load (`npm run test:load`): 200 simulated tablets, paired through the real API, push every 5 s
 * for 5 minutes to one server process on a real PostgreSQL; then two server processes share the
 * database and the tablets alternate between them, with answers lost and batches raced to both
 * servers. Afterwards the database holds every generated record exactly once (compared id by id),
 * the servers answered `applied` exactly once per mutation and never `rejected`, and push latency
 * (p50, p99) and throughput go to bench/RESULTS.md. Durations and fleet size come from the
 * environment: LOAD_DURATION_S (default 300), LOAD_DUAL_DURATION_S (120), LOAD_DEVICES (200).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/server/db/postgres';
import type { Db } from '../../src/server/db/types';
import { requireEvent } from '../../src/server/events/events';
import { createPairingCode } from '../../src/server/devices/pairing';
import { Report, percentile } from '../bench/report';
import { startPostgres, type PgCluster } from '../support/postgres';
import { emptyStats, pairFleet, runFleet, type FleetOptions, type FleetStats, type PairedSim } from './fleet';
import { startServerProcess, type ServerProcess } from './servers';

const ROOT = path.resolve(new URL('../..', import.meta.url).pathname);
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const DURATION_S = env('LOAD_DURATION_S', 300);
const DUAL_DURATION_S = env('LOAD_DUAL_DURATION_S', 120);
const DEVICES = env('LOAD_DEVICES', 200);
const OPTIONS: FleetOptions = { devices: DEVICES, kioskShare: 0.1, intervalMs: 5_000, maxBatch: 5, lostAnswer: env('LOAD_LOST', 0.03), race: env('LOAD_RACE', 0.02) };

const report = new Report();
const span = (s: number) => (s >= 60 && s % 60 === 0 ? `${s / 60} min` : `${s} s`);

async function ids(db: Db, sql: string): Promise<Set<string>> {
  return new Set((await db.query<{ id: string }>(sql)).rows.map((r) => r.id));
}

function difference(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  return [...a].filter((x) => !b.has(x));
}

/** Every record generated is in the database exactly once, and nothing else is. */
async function expectExactlyOnce(db: Db, all: FleetStats[]): Promise<void> {
  const union = (pick: (s: FleetStats) => Set<string>) => new Set(all.flatMap((s) => [...pick(s)]));
  const checkins = union((s) => s.generated.checkins);
  const feedback = union((s) => s.generated.feedback);
  const mutations = union((s) => s.mutations);
  const storedCheckins = await ids(db, 'SELECT id::text AS id FROM checkins');
  const storedFeedback = await ids(db, 'SELECT id::text AS id FROM feedback');
  const storedMutations = await ids(db, `SELECT id::text AS id FROM mutations`);
  expect({ lost: difference(checkins, storedCheckins).length, unexpected: difference(storedCheckins, checkins).length }).toEqual({ lost: 0, unexpected: 0 });
  expect({ lost: difference(feedback, storedFeedback).length, unexpected: difference(storedFeedback, feedback).length }).toEqual({ lost: 0, unexpected: 0 });
  expect({ lost: difference(mutations, storedMutations).length, unexpected: difference(storedMutations, mutations).length }).toEqual({ lost: 0, unexpected: 0 });
  // Row counts equal the distinct ids: nothing stored twice under the same record.
  const { rows } = await db.query<{ c: number; f: number; m: number }>('SELECT (SELECT count(*)::int FROM checkins) AS c, (SELECT count(*)::int FROM feedback) AS f, (SELECT count(*)::int FROM mutations) AS m');
  expect(rows[0]).toEqual({ c: checkins.size, f: feedback.size, m: mutations.size });
}

describe('load on PostgreSQL', () => {
  let cluster: PgCluster;
  let db: Db;
  let serverA: ServerProcess;
  let serverB: ServerProcess | undefined;
  let fleet: PairedSim[];
  const phases: FleetStats[] = [];

  beforeAll(async () => {
    report.start('load');
    cluster = await startPostgres();
    serverA = await startServerProcess(cluster.url);
    db = openPostgres(cluster.url, 4);
    const event = await requireEvent(db);
    const kiosks = Math.round(DEVICES * OPTIONS.kioskShare);
    const codes = await Promise.all(
      Array.from({ length: DEVICES }, async (_, i) => {
        const role = i < kiosks ? ('kiosk' as const) : ('desk' as const);
        return { code: (await createPairingCode(db, { eventId: event.id, role })).code, role };
      }),
    );
    fleet = await pairFleet([serverA.url], codes);
  });

  afterAll(async () => {
    report.write(ROOT);
    await serverB?.stop();
    await serverA?.stop();
    await db?.close();
    cluster?.stop();
  });

  it(`one server: ${DEVICES} devices pushing every 5 s for ${DURATION_S} s, every record stored exactly once`, async () => {
    expect(fleet).toHaveLength(DEVICES);
    const stats = emptyStats();
    phases.push(stats);
    const started = performance.now();
    await runFleet(fleet, [serverA.url], { ...OPTIONS, race: 0 }, DURATION_S * 1000, stats);
    const seconds = (performance.now() - started) / 1000;
    const latencies = stats.samples.filter((s) => s.status === 200).map((s) => s.ms);
    const records = stats.generated.checkins.size + stats.generated.feedback.size;
    report.add({
      issue: '#7',
      name: `Load: ${DEVICES} devices pushing every 5 s for ${span(DURATION_S)} to one server (PostgreSQL, fsync on): push latency`,
      value: `p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms`,
      target: '–',
      note: `${latencies.length} timed pushes of 1–${OPTIONS.maxBatch} records; ${stats.replays} answers lost and sent again (all duplicate); ${stats.retries} retries after a failure`,
    });
    report.add({
      issue: '#7',
      name: 'Load: throughput, one server',
      value: `${(records / seconds).toFixed(0)} records/s, ${(stats.samples.length / seconds).toFixed(1)} pushes/s`,
      target: '–',
      note: `${records} records (${stats.generated.checkins.size} check-ins, ${stats.generated.feedback.size} complaints) in ${seconds.toFixed(0)} s; lost 0, duplicated 0 (compared id by id)`,
    });

    expect(stats.rejected).toEqual([]);
    // Each mutation was answered `applied` once; every replay was a duplicate.
    expect(stats.statuses.applied).toBe(stats.mutations.size);
    await expectExactlyOnce(db, phases);
  });

  it(`two servers on one PostgreSQL, devices alternating, answers lost and batches raced: still exactly once`, async () => {
    serverB = await startServerProcess(cluster.url);
    // A fresh process compiles its code paths on its first requests: a few pushes warm it up, as
    // a load balancer's health checks and first users would (their records are checked too).
    const warmUp = emptyStats();
    phases.push(warmUp);
    await runFleet(fleet.slice(0, 20), [serverB.url], { ...OPTIONS, race: 0, lostAnswer: 0 }, 6_000, warmUp);
    const stats = emptyStats();
    phases.push(stats);
    const started = performance.now();
    await runFleet(fleet, [serverA.url, serverB.url], OPTIONS, DUAL_DURATION_S * 1000, stats);
    const seconds = (performance.now() - started) / 1000;
    const latencies = stats.samples.filter((s) => s.status === 200).map((s) => s.ms);
    const records = stats.generated.checkins.size + stats.generated.feedback.size;
    report.add({
      issue: '#7',
      name: `Load: ${DEVICES} devices alternating between two servers on one PostgreSQL for ${span(DUAL_DURATION_S)}`,
      value: `p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms, ${(records / seconds).toFixed(0)} records/s`,
      target: '–',
      note: `${records} records; ${stats.replays} answers lost and resent to the other server, ${stats.races} batches sent to both at once; lost 0, duplicated 0`,
    });

    expect(stats.rejected).toEqual([]);
    if (OPTIONS.race > 0) expect(stats.races).toBeGreaterThan(0);
    expect(stats.statuses.applied).toBe(stats.mutations.size);
    await expectExactlyOnce(db, phases);
  });
});
