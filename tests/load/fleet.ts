/**
 * A fleet of simulated tablets for the load test. Each device pairs through the real API (its own
 * client address, as behind the venue's proxy), then every interval pushes a batch of new records
 * (desks: check-ins; kiosks: complaints) exactly as the app does: the same batch is sent again
 * until the server answers 200, and every record it answers for is then delivered. Some answers
 * are "lost" on purpose (the batch is sent again, maybe to the other server), some batches are
 * sent to both servers at the same moment: the server must store each record once regardless.
 */
import { newId } from '../../src/core/ids';
import type { MutationEnvelope, PushResult } from '../../src/core/schema/sync';

export interface FleetOptions {
  devices: number;
  /** Share of kiosks (the rest are desks). */
  kioskShare: number;
  intervalMs: number;
  /** Records per push: 1 to this many. */
  maxBatch: number;
  /** Chance that the answer to a push is "lost" and the same batch goes again. */
  lostAnswer: number;
  /** Chance that a batch is sent to two servers at once (only with two servers). */
  race: number;
}

export interface PairedSim {
  deviceId: string;
  token: string;
  eventId: string;
  role: 'desk' | 'kiosk';
  address: string;
  seq: number;
}

export interface PushSample {
  /** When it was sent (ms since the epoch). */
  at: number;
  ms: number;
  records: number;
  status: number;
}

export interface FleetStats {
  /** Every record id generated (and so owed to the database), by table. */
  generated: { checkins: Set<string>; feedback: Set<string> };
  mutations: Set<string>;
  samples: PushSample[];
  statuses: Record<PushResult['status'], number>;
  replays: number;
  races: number;
  retries: number;
  rejected: string[];
}

export function emptyStats(): FleetStats {
  return { generated: { checkins: new Set(), feedback: new Set() }, mutations: new Set(), samples: [], statuses: { applied: 0, duplicate: 0, rejected: 0 }, replays: 0, races: 0, retries: 0, rejected: [] };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function pairFleet(servers: readonly string[], codes: ReadonlyArray<{ code: string; role: 'desk' | 'kiosk' }>): Promise<PairedSim[]> {
  return Promise.all(
    codes.map(async ({ code, role }, i) => {
      const address = `10.${100 + Math.floor(i / 250)}.${Math.floor(i / 250) % 250}.${(i % 250) + 1}`;
      const res = await fetch(`${servers[i % servers.length]}/api/v1/devices/pair`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        body: JSON.stringify({ code, deviceName: `${role} ${i + 1}` }),
      });
      if (res.status !== 200) throw new Error(`pairing device ${i} failed: ${res.status} ${await res.text()}`);
      const body = (await res.json()) as { deviceId: string; token: string; eventId: string };
      return { ...body, role, address, seq: 0 };
    }),
  );
}

function records(device: PairedSim, count: number, stats: FleetStats): MutationEnvelope[] {
  return Array.from({ length: count }, () => {
    const capturedAt = new Date().toISOString();
    const id = newId();
    const data =
      device.role === 'desk'
        ? { id, eventId: device.eventId, deviceId: device.deviceId, capturedAt, code: `LOAD-${id.slice(-12)}`, method: 'scanner', attendeeId: null, category: null, name: null, company: null, flags: ['unknown'] }
        : {
            id,
            eventId: device.eventId,
            deviceId: device.deviceId,
            capturedAt,
            type: 'suggestion',
            category: 'other',
            severity: 'low',
            description: `Load test case ${id.slice(-6)}`,
            channel: 'desk',
            audience: 'public_visitor',
            contactName: '',
            contactEmail: '',
            contactPhone: '',
            preferredLanguage: 'zh-CN',
            consentContact: false,
            attendeeId: null,
            hasPhoto: false,
          };
    (device.role === 'desk' ? stats.generated.checkins : stats.generated.feedback).add(id);
    const m: MutationEnvelope = { id: newId(), seq: ++device.seq, type: device.role === 'desk' ? 'checkin' : 'feedback', op: 'create', data, capturedAt };
    stats.mutations.add(m.id);
    return m;
  });
}

/** One POST of a batch; null when the network failed (the device will try again). */
async function post(server: string, device: PairedSim, batch: readonly MutationEnvelope[]): Promise<{ status: number; results: PushResult[]; ms: number } | null> {
  const started = performance.now();
  try {
    const res = await fetch(`${server}/api/v1/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${device.token}`, 'x-forwarded-for': device.address },
      body: JSON.stringify({ deviceId: device.deviceId, mutations: batch, unsynced: batch.length }),
    });
    const body = res.status === 200 ? ((await res.json()) as { results: PushResult[] }) : (await res.text(), { results: [] });
    return { status: res.status, results: body.results, ms: performance.now() - started };
  } catch {
    return null;
  }
}

/** Sends until a 200, as the device's sync engine does (with a short pause instead of its backoff). */
async function deliver(servers: readonly string[], pick: () => number, device: PairedSim, batch: readonly MutationEnvelope[], stats: FleetStats, timed: boolean): Promise<PushResult[]> {
  for (let attempt = 0; ; attempt++) {
    const answer = await post(servers[pick()] ?? servers[0] ?? '', device, batch);
    if (answer && timed && attempt === 0) stats.samples.push({ at: Date.now() - answer.ms, ms: answer.ms, records: batch.length, status: answer.status });
    if (answer?.status === 200) return answer.results;
    stats.retries++;
    if (attempt > 50) throw new Error(`device ${device.deviceId}: the server refused a batch 50 times (${answer?.status ?? 'network error'})`);
    await sleep(200 + Math.random() * 800);
  }
}

function count(results: readonly PushResult[], stats: FleetStats): void {
  for (const r of results) {
    stats.statuses[r.status]++;
    if (r.status === 'rejected') stats.rejected.push(`${r.id}: ${r.error ?? ''}`);
  }
}

/**
 * Runs the fleet for `durationMs`: each device pushes every interval (never two of its own pushes
 * at once), to `servers` in turn. Resolves when every device's last push has been delivered.
 */
export async function runFleet(fleet: readonly PairedSim[], servers: readonly string[], opts: FleetOptions, durationMs: number, stats: FleetStats): Promise<void> {
  const until = Date.now() + durationMs;
  await Promise.all(
    fleet.map(async (device, index) => {
      let turn = index;
      const next = () => turn++ % servers.length;
      await sleep(Math.random() * opts.intervalMs);
      while (Date.now() < until) {
        const started = Date.now();
        const batch = records(device, 1 + Math.floor(Math.random() * opts.maxBatch), stats);
        if (servers.length > 1 && Math.random() < opts.race) {
          // The same batch to both servers at the same moment (a retry racing the original).
          stats.races++;
          const both = await Promise.all(servers.map((_, i) => deliver(servers, () => i, device, batch, stats, false)));
          for (const results of both) count(results, stats);
        } else {
          count(await deliver(servers, next, device, batch, stats, true), stats);
          if (Math.random() < opts.lostAnswer) {
            // The answer never reached the tablet: it sends the same batch again, maybe elsewhere.
            stats.replays++;
            count(await deliver(servers, next, device, batch, stats, false), stats);
          }
        }
        await sleep(Math.max(0, opts.intervalMs - (Date.now() - started)));
      }
    }),
  );
}
