/**
 * Issue 13, item 5: a page on another port of the same host, or on a sibling subdomain, is the
 * same *site* to a browser, which sends the organizer's SameSite=Strict cookie along. Every
 * state-changing request must carry `Content-Type: application/json` and, when the browser says
 * where it comes from (Origin, Sec-Fetch-Site), come from this server's own origin. Requests from
 * programs (no Origin, no Sec-Fetch-Site) still work. The real browser's side of it is in
 * tests/e2e/security.spec.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/core/ids';
import type { Queryable } from '../../src/server/db/types';
import { createExhibitor } from '../../src/server/leads/exhibitors';
import { DATABASES, startTestServer, type TestServer } from './harness';
import { importRows } from './statsSupport';
import { bearer, pairDevice, type PairedDevice } from './support';
import { consoleSession } from './surveySupport';

/** Tables a refused request may still touch (nothing does, but last-seen and sessions move on their own). */
const VOLATILE = new Set(['auth_failures', 'sessions', 'devices', 'schema_migrations']);

async function fingerprint(db: Queryable): Promise<string> {
  const { rows: tables } = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const parts = tables
    .filter((t) => !VOLATILE.has(t.name))
    .map((t) => `SELECT '${t.name}' AS t, md5(COALESCE(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${t.name}" x`);
  const { rows } = await db.query<{ h: string }>(`SELECT md5(string_agg(t || h, ',' ORDER BY t)) AS h FROM (${parts.join(' UNION ALL ')}) s`);
  return rows[0]?.h ?? '';
}

/** What a page of another origin can make the organizer's browser send (the server sees Host: localhost). */
const FORGERIES: Array<{ what: string; headers: Record<string, string>; payload?: string; status: number; error: string }> = [
  // A plain form or fetch(no-cors) from http://localhost:18999: no body type at all.
  { what: 'no body, no type, from another port', headers: { origin: 'http://localhost:18999', 'sec-fetch-site': 'same-site' }, status: 403, error: 'cross_origin' },
  { what: 'no body, no type, no Origin (an old browser)', headers: {}, status: 415, error: 'unsupported_media_type' },
  { what: 'text/plain JSON from another port', headers: { origin: 'http://localhost:18999', 'content-type': 'text/plain' }, payload: '{}', status: 403, error: 'cross_origin' },
  { what: 'text/plain JSON, no Origin', headers: { 'content-type': 'text/plain' }, payload: '{}', status: 415, error: 'unsupported_media_type' },
  { what: 'JSON from another port', headers: { origin: 'http://localhost:18999', 'content-type': 'application/json' }, payload: '{}', status: 403, error: 'cross_origin' },
  { what: 'JSON from a sibling subdomain', headers: { origin: 'https://evil.localhost', 'content-type': 'application/json' }, payload: '{}', status: 403, error: 'cross_origin' },
  { what: 'JSON from the same host over the other scheme’s port', headers: { origin: 'https://localhost', 'content-type': 'application/json' }, payload: '{}', status: 403, error: 'cross_origin' },
  { what: 'JSON from a sandboxed frame', headers: { origin: 'null', 'content-type': 'application/json' }, payload: '{}', status: 403, error: 'cross_origin' },
  { what: 'JSON marked same-site by the browser', headers: { 'sec-fetch-site': 'same-site', 'content-type': 'application/json' }, payload: '{}', status: 403, error: 'cross_origin' },
  { what: 'JSON marked cross-site by the browser', headers: { 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' }, payload: '{}', status: 403, error: 'cross_origin' },
];

describe.each(DATABASES)('forged requests from other origins on %s', (kind) => {
  let server: TestServer;
  let cookie: string;
  let exhibitorCookie: string;
  let desk: PairedDevice;
  let attendeeId: string;
  const routes: Array<{ method: string; url: string }> = [];
  const isValid = async (session: string) => (await server.app.inject({ method: 'GET', url: '/api/v1/console/devices', headers: { cookie: session } })).statusCode === 200;

  beforeAll(async () => {
    server = await startTestServer(kind, {
      onRoute: (r) => {
        for (const method of [r.method].flat()) if (['POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) routes.push({ method, url: r.url });
      },
    });
    cookie = await consoleSession(server);
    desk = await pairDevice(server, { role: 'desk' });
    const exhibitor = await createExhibitor(server.db, server.event.id, 'Origin Booth');
    const refs = await importRows(server, [
      ['编号', '姓名', '公司'],
      ['OR-1', '王五', '东方机械'],
    ]);
    attendeeId = refs.get('OR-1') ?? '';
    const account = await server.app.inject({ method: 'POST', url: `/api/v1/console/exhibitors/${exhibitor.id}/accounts`, headers: { cookie }, payload: { username: 'origin-booth', password: 'long enough password' } });
    expect(account.statusCode, account.body).toBe(200);
    const login = await server.app.inject({ method: 'POST', url: '/api/v1/exhibitor/login', payload: { username: 'origin-booth', password: 'long enough password' } });
    exhibitorCookie = `sf_exhibitor=${login.cookies.find((c) => c.name === 'sf_exhibitor')?.value ?? ''}`;
  });
  afterAll(async () => server?.close());

  it('refuses every state-changing route from another origin or without JSON, with every credential a browser holds, and changes nothing', async () => {
    expect(routes.length).toBeGreaterThan(30);
    const before = await fingerprint(server.db);
    const problems: string[] = [];
    for (const route of routes) {
      const url = route.url.replace(/:(\w+)/g, () => newId());
      for (const f of FORGERIES) {
        const res = await server.app.inject({
          method: route.method as 'POST',
          url,
          headers: { cookie: `${cookie}; ${exhibitorCookie}`, ...bearer(desk.token), ...f.headers },
          ...(f.payload !== undefined ? { payload: f.payload } : {}),
        });
        const body = res.json() as { error?: string; message?: string };
        if (res.statusCode !== f.status || body.error !== f.error || !body.message) problems.push(`${route.method} ${route.url} ${f.what} → ${res.statusCode} ${res.body.slice(0, 120)}`);
      }
    }
    expect(problems).toEqual([]);
    expect(await fingerprint(server.db)).toBe(before);
    expect(await isValid(cookie)).toBe(true);
  });

  it('the reported attacks (revoke a badge, log out) fail from another port, and work from the console’s own page', async () => {
    const revoke = `/api/v1/console/attendees/${attendeeId}/revoke-badge`;
    const revoked = async () => (await server.db.query<{ r: boolean }>('SELECT revoked_at IS NOT NULL AS r FROM attendees WHERE id = $1', [attendeeId])).rows[0]?.r;
    const forged = await server.app.inject({ method: 'POST', url: revoke, headers: { cookie, origin: 'http://localhost:18999' } });
    expect(forged.statusCode).toBe(403);
    const logout = await server.app.inject({ method: 'POST', url: '/api/v1/console/logout', headers: { cookie } });
    expect(logout.statusCode).toBe(415);
    expect(await revoked()).toBe(false);
    expect(await isValid(cookie)).toBe(true);

    // The console's own page: Origin is the address it was loaded from (Host), an empty JSON body.
    const own = await server.app.inject({ method: 'POST', url: revoke, headers: { cookie, host: 'localhost:8080', origin: 'http://localhost:8080', 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' } });
    expect(own.statusCode, own.body).toBe(200);
    expect(await revoked()).toBe(true);
  });

  it('takes PUBLIC_URL as the console’s own origin behind a proxy that rewrites Host', async () => {
    const res = await server.app.inject({
      method: 'PUT',
      url: '/api/v1/console/event',
      headers: { cookie, host: '127.0.0.1:8080', origin: 'http://showfloor.test', 'sec-fetch-site': 'same-origin' },
      payload: { name: 'Renamed through the proxy', startsOn: null, endsOn: null, venue: '' },
    });
    expect(res.statusCode, res.body).toBe(200);
  });

  it('lets programs (the CLI, a device’s own fetch) through: no Origin, no Sec-Fetch-Site, JSON', async () => {
    const res = await server.app.inject({ method: 'POST', url: '/api/v1/console/exhibitors', headers: { cookie, 'content-type': 'application/json' }, payload: JSON.stringify({ name: 'Made by a script' }) });
    expect(res.statusCode, res.body).toBe(200);
    const logout = await server.app.inject({ method: 'POST', url: '/api/v1/console/logout', headers: { cookie, 'content-type': 'application/json' } });
    expect(logout.statusCode, logout.body).toBe(200);
    expect(await isValid(cookie)).toBe(false);
  });

  it('refuses a body that is not valid UTF-8 instead of storing replacement marks', async () => {
    const login = await server.app.inject({ method: 'POST', url: '/api/v1/console/login', payload: { username: 'organizer', password: 'correct horse battery' } });
    const fresh = `sf_session=${login.cookies.find((c) => c.name === 'sf_session')?.value ?? ''}`;
    const bytes = Buffer.concat([Buffer.from('{"name":"Caf'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' Ltd"}')]);
    const res = await server.app.inject({ method: 'POST', url: '/api/v1/console/exhibitors', headers: { cookie: fresh, 'content-type': 'application/json' }, payload: bytes });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'invalid_utf8', message: expect.stringMatching(/UTF-8/) });
    expect((await server.db.query("SELECT 1 FROM exhibitors WHERE name LIKE 'Caf%'")).rows).toHaveLength(0);
    const ok = await server.app.inject({ method: 'POST', url: '/api/v1/console/exhibitors', headers: { cookie: fresh, 'content-type': 'application/json; charset=utf-8' }, payload: Buffer.from('{"name":"Café Ltd"}') });
    expect(ok.statusCode, ok.body).toBe(200);
  });
});
