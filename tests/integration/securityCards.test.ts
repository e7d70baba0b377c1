/**
 * Issue 13, item 2: one exhibitor login cannot freeze the server with card photos. Card reading
 * runs in a worker pool off the event loop: while a dense 2048×2048 page of print and six ordinary
 * cards are read, health and a desk's push keep answering (measured and printed; asserted only
 * with a generous bound, as the machine's load varies). A login may have two cards in the reader
 * at once and the server a bounded queue: beyond, 429 with Retry-After, and nothing is lost
 * (the same photo sent again later becomes its lead). Images are checked from their header
 * before any decoding: unexpected formats and more than 50 megapixels are refused.
 *
 * Runs on PGlite (the embedded default, where the database shares the event loop too).
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_MAX_PIXELS } from '../../src/server/cards/reader';
import { createExhibitor } from '../../src/server/leads/exhibitors';
import { ensureCardSet } from '../support/cards/generate';
import { startTestServer, type TestServer } from './harness';
import { checkinMutation, pairDevice, type PairedDevice } from './support';
import { consoleCall, consoleSession } from './surveySupport';

/** A page of small print filling 2048 × 2048: thousands of text boxes for the detector. */
async function densePage(): Promise<Buffer> {
  const lines = Array.from({ length: 110 }, (_, i) => {
    const words = Array.from({ length: 14 }, (_, j) => `Item${(i * 14 + j) % 997} 138${String(i * 7919 + j).padStart(8, '0')}`).join(' ');
    return `<text x="12" y="${18 + i * 18.4}" font-family="DejaVu Sans, sans-serif" font-size="14">${words}</text>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2048" height="2048"><rect width="2048" height="2048" fill="#fff"/>${lines}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer();
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length - 1) * p))] ?? 0;

describe('card reading cannot stall the server (PGlite)', () => {
  let server: TestServer;
  let base: string;
  let desk: PairedDevice;
  const logins: string[] = [];
  let cards: Buffer[];
  let dense: Buffer;

  // Uploads through inject: no client timeout however slow a loaded machine reads (health and push go over real HTTP).
  const upload = async (cookie: string, fileName: string, bytes: Buffer) => {
    const res = await server.app.inject({ method: 'POST', url: '/api/v1/exhibitor/cards', headers: { cookie, 'content-type': 'application/json' }, payload: JSON.stringify({ fileName, data: bytes.toString('base64') }) });
    return { status: res.statusCode, headers: { get: (name: string) => String(res.headers[name] ?? '') }, json: async () => res.json() as unknown };
  };

  beforeAll(async () => {
    server = await startTestServer('pglite', { env: { CARD_READERS: '1' } });
    await server.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(server.app.server.address() as { port: number }).port}`;
    const cookie = await consoleSession(server);
    desk = await pairDevice(server, { role: 'desk' });
    for (const name of ['alpha', 'beta', 'gamma', 'delta']) {
      const exhibitor = await createExhibitor(server.db, server.event.id, `Cards ${name}`);
      const made = await consoleCall(server, cookie, 'POST', `/api/v1/console/exhibitors/${exhibitor.id}/accounts`, { username: `cards-${name}`, password: 'long enough password' });
      expect(made.statusCode, made.body).toBe(200);
      const login = await fetch(`${base}/api/v1/exhibitor/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: `cards-${name}`, password: 'long enough password' }) });
      logins.push(`sf_exhibitor=${/sf_exhibitor=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1] ?? ''}`);
    }
    cards = (await ensureCardSet(6)).map((c) => readFileSync(c.clean));
    dense = await densePage();
  }, 300_000);
  afterAll(async () => server?.close());

  it('health and push answer while a dense page and six cards are read (figures printed)', async () => {
    const started = Date.now();
    // The dense page from one login; six cards from three others, two each (a login's share).
    const uploads = [upload(logins[0]!, 'dense.jpg', dense), ...cards.map((card, i) => upload(logins[1 + (i % 3)]!, `card-${i}.png`, card))];
    let running = true;
    const all = Promise.all(uploads).finally(() => (running = false));
    const health: number[] = [];
    const pushes: number[] = [];
    while (running) {
      const t0 = performance.now();
      const res = await fetch(`${base}/api/v1/health`);
      if (running) health.push(performance.now() - t0);
      expect(res.status).toBe(200);
      if (health.length % 5 === 0) {
        const t1 = performance.now();
        const pushed = await fetch(`${base}/api/v1/sync/push`, {
          method: 'POST',
          headers: { authorization: `Bearer ${desk.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ deviceId: desk.deviceId, mutations: [checkinMutation(desk)] }),
        });
        if (running) pushes.push(performance.now() - t1);
        expect(pushed.status).toBe(200);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    const answers = await all;
    const seconds = (Date.now() - started) / 1000;
    const statuses = answers.map((a) => a.status);
    console.log(
      `[card pool] dense 2048×2048 + 6 cards read in ${seconds.toFixed(1)} s with 1 worker; ` +
        `health n=${health.length} p50 ${percentile(health, 0.5).toFixed(0)} ms p95 ${percentile(health, 0.95).toFixed(0)} ms max ${Math.max(...health).toFixed(0)} ms; ` +
        `push n=${pushes.length} p50 ${percentile(pushes, 0.5).toFixed(0)} ms max ${Math.max(0, ...pushes).toFixed(0)} ms; ` +
        `answers ${statuses.join(' ')}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`,
    );
    // Every card became its lead; the page of print too, unless it ran past the reader's time limit (said so).
    expect(statuses.slice(1)).toEqual(Array(6).fill(200));
    if (statuses[0] !== 200) expect(await answers[0]!.json()).toMatchObject({ error: 'not_an_image', message: expect.stringMatching(/took longer than/) });
    // Answered all along while the pool was busy: many times, and never anywhere near the
    // 35.6 s the main thread was frozen for before (a generous bound: on this 2-core machine at a
    // load average of 24 one health answer in 2,368 once took 3.4 s; p95 was 106 ms).
    expect(health.length).toBeGreaterThanOrEqual(10);
    expect(pushes.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...health)).toBeLessThan(10_000);
    expect(Math.max(...pushes)).toBeLessThan(10_000);
  }, 600_000);

  it('refuses a login’s third card in the reader with 429 and Retry-After; the same photo sent later is read', async () => {
    const answers = await Promise.all(cards.slice(0, 4).map((card, i) => upload(logins[3]!, `burst-${i}.png`, card)));
    const busy = answers.filter((a) => a.status === 429);
    expect(answers.filter((a) => a.status === 200).length).toBe(2);
    expect(busy.length).toBe(2);
    for (const res of busy) {
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(await res.json()).toMatchObject({ error: 'card_reading_busy', message: expect.stringMatching(/again in \d+ s/) });
    }
    const { rows: before } = await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM leads WHERE staff = 'cards-delta'`);
    const again = await upload(logins[3]!, 'burst-2.png', cards[2]!);
    expect(again.status).toBe(200);
    const { rows: after } = await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM leads WHERE staff = 'cards-delta'`);
    expect(after[0]!.n).toBe(before[0]!.n + 1);
  }, 600_000);

  it('checks the header first: more than 50 megapixels, SVG and GIF are refused before any decoding', async () => {
    // 10,000 × 6,000 of one colour compresses to almost nothing: the header alone says 60 megapixels.
    const huge = await sharp({ create: { width: 10_000, height: 6_000, channels: 3, background: '#ffffff' } }).jpeg({ quality: 50 }).toBuffer();
    expect(huge.length).toBeLessThan(2 * 1024 * 1024);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><text y="50">BEGIN:VCARD</text></svg>');
    const gif = await sharp({ create: { width: 60, height: 40, channels: 3, background: '#000' } }).gif().toBuffer();
    for (const [name, bytes, message] of [
      ['huge.jpg', huge, new RegExp(`60 megapixels; at most ${CARD_MAX_PIXELS / 1e6} are read`)],
      ['card.svg', svg, /a svg file is not read/],
      ['card.gif', gif, /a gif file is not read/],
    ] as const) {
      const t0 = performance.now();
      const res = await upload(logins[2]!, name, bytes);
      const ms = performance.now() - t0;
      expect(res.status, name).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'not_an_image', message: expect.stringMatching(message) });
      console.log(`[card pool] ${name} (${(bytes.length / 1024).toFixed(0)} KB) refused in ${ms.toFixed(0)} ms`);
    }
  }, 120_000);
});
