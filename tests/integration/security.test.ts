/**
 * What an attacker on the venue network can and cannot do: console routes need a session, devices
 * see only what their role may, a revoked token is refused at once, pairing codes and the console
 * login cannot be guessed (per-address lockouts shared by every instance, a per-code cap that
 * bounds the guesses any code can receive, rate limits), passwords are scrypt, the session cookie
 * is httpOnly/SameSite/Secure behind TLS, and every answer carries the security headers.
 */
import { execFileSync } from 'node:child_process';
import { scryptSync } from 'node:crypto';
import { request as httpsRequest } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allEndpoints } from '../../src/core/api/index';
import { buildApp } from '../../src/server/app';
import { hashPassword } from '../../src/server/auth/secrets';
import { loadConfig } from '../../src/server/config';
import ExcelJS from 'exceljs';
import { emptyCardFields } from '../../src/core/cards/fields';
import { newId } from '../../src/core/ids';
import { initialStamps } from '../../src/core/leads/merge';
import type { Lead } from '../../src/core/leads/schema';
import { LIMITS } from '../../src/server/auth/failures';
import { createExhibitor } from '../../src/server/leads/exhibitors';
import { createPairingCode, MAX_WRONG_TRIES_PER_CODE } from '../../src/server/devices/pairing';
import { DATABASES, startTestServer, type TestServer } from './harness';
import { importRows } from './statsSupport';
import { bearer, checkinMutation, countRows, pairDevice, pullRaw, push, pushRaw, tempDir, type PairedDevice } from './support';
import { consoleCall, consoleSession } from './surveySupport';

const PASSWORD = 'correct horse battery';
let addressSeq = 0;
/** A fresh client address (the in-process rate limiter and the lockouts are per address). */
const address = () => `10.99.${Math.floor(++addressSeq / 250) % 250}.${(addressSeq % 250) + 1}`;

function pairAttempt(server: TestServer, code: string, remoteAddress: string, app = server.app) {
  return app.inject({ method: 'POST', url: '/api/v1/devices/pair', payload: { code, deviceName: `attempt ${code}` }, remoteAddress });
}

/** A 6-digit code that is not any code open right now. */
async function wrongCode(server: TestServer): Promise<string> {
  for (;;) {
    const guess = String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0');
    const { rows } = await server.db.query('SELECT 1 FROM pairing_codes WHERE code = $1 AND used_at IS NULL', [guess]);
    if (!rows.length) return guess;
  }
}

function loginAttempt(server: TestServer, username: string, password: string, remoteAddress: string, app = server.app) {
  return app.inject({ method: 'POST', url: '/api/v1/console/login', payload: { username, password }, remoteAddress });
}

describe.each(DATABASES)('security on %s', (kind) => {
  let server: TestServer;
  let cookie: string;
  let desk: PairedDevice;
  let booth: PairedDevice;
  let kiosk: PairedDevice;
  const routes: Array<{ method: string; url: string }> = [];

  beforeAll(async () => {
    server = await startTestServer(kind, {
      onRoute: (r) => {
        for (const method of [r.method].flat()) routes.push({ method, url: r.url });
      },
    });
    cookie = await consoleSession(server);
    desk = await pairDevice(server, { role: 'desk' });
    const exhibitor = await createExhibitor(server.db, server.event.id, 'Contoso 展位');
    booth = await pairDevice(server, { role: 'booth', exhibitorId: exhibitor.id });
    kiosk = await pairDevice(server, { role: 'kiosk' });
    await importRows(server, [
      ['编号', '姓名', '公司', '手机', '邮箱'],
      ['SEC-1', '王秘密', '机密科技有限公司', '13912345678', 'secret.person@example.com'],
      ['SEC-2', 'Jane Hidden', 'Private Corp', '13987654321', 'jane.hidden@example.com'],
    ]);
  });
  afterAll(async () => server?.close());

  describe('the console API', () => {
    /** A path with every parameter filled (a fresh id: an unknown row must not matter before the caller does). */
    const urlOf = (path: string) => path.replace(/:id\b/g, newId()).replace(/:(\w+)/g, '1');

    it('answers 401 on every console route without a session, and with a device token instead of one', async () => {
      // From the declarations: a route added tomorrow is checked tomorrow.
      const organizerOnly = allEndpoints().filter(({ spec }) => spec.access === 'organizer');
      expect(organizerOnly.length).toBeGreaterThan(40);
      for (const { name, spec } of organizerOnly) {
        const payload = spec.method === 'GET' ? undefined : {};
        for (const headers of [{}, bearer(desk.token), { cookie: 'sf_session=forged-session-token-1234567890' }, { cookie: cookie.replace('sf_session', 'sf_exhibitor') }]) {
          const res = await server.app.inject({ method: spec.method, url: urlOf(spec.path), headers, ...(payload ? { payload } : {}) });
          expect(res.statusCode, `${name} ${JSON.stringify(headers)}`).toBe(401);
          expect(res.json()).toMatchObject({ error: 'login_required', message: expect.any(String) });
        }
      }
    });

    it('answers 401 on every exhibitor route to an organizer session or a device, and refuses a device the wrong role', async () => {
      for (const { name, spec } of allEndpoints()) {
        const payload = spec.method === 'GET' ? undefined : {};
        const call = (headers: Record<string, string>) => server.app.inject({ method: spec.method, url: urlOf(spec.path), headers, ...(payload ? { payload } : {}) });
        if (spec.access === 'exhibitor') {
          for (const headers of [{}, { cookie }, bearer(booth.token)]) expect((await call(headers)).json(), `${name} ${JSON.stringify(headers)}`).toMatchObject({ error: 'exhibitor_login_required' });
        }
        if (typeof spec.access === 'object') {
          const { device: roles } = spec.access;
          expect((await call({ cookie })).json(), `${name} with the console's cookie`).toMatchObject({ error: 'unauthorized' });
          const other = [desk, booth, kiosk].find((d) => !roles.includes(d.role));
          if (other) expect((await call(bearer(other.token))).json(), `${name} as a ${other.role}`).toMatchObject({ error: 'forbidden' });
        }
      }
    });

    it('creates the first account only from the server machine', async () => {
      const res = await server.app.inject({ method: 'POST', url: '/api/v1/console/setup', payload: { username: 'mallory', password: 'long enough password' }, remoteAddress: '192.168.1.50' });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: 'setup_local_only' });
      expect((await server.db.query('SELECT 1 FROM accounts WHERE username = $1', ['mallory'])).rows).toHaveLength(0);
    });

    it('takes only JSON bodies: a cross-site text/plain or form post is refused before anything changes', async () => {
      const before = await server.db.query<{ name: string }>('SELECT name FROM exhibitors ORDER BY name');
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
        const res = await server.app.inject({ method: 'POST', url: '/api/v1/console/exhibitors', headers: { cookie, 'content-type': type }, payload: '{"name":"Injected Ltd."}' });
        expect(res.statusCode, type).toBe(415);
        expect(res.json()).toMatchObject({ error: 'unsupported_media_type' });
      }
      expect((await server.db.query('SELECT name FROM exhibitors ORDER BY name')).rows).toEqual(before.rows);
    });

    it('ends the session on the server at logout: the old cookie no longer works', async () => {
      const login = await loginAttempt(server, 'organizer', PASSWORD, address());
      expect(login.statusCode).toBe(200);
      const session = `sf_session=${login.cookies.find((c) => c.name === 'sf_session')?.value}`;
      expect((await consoleCall(server, session, 'GET', '/api/v1/console/devices')).statusCode).toBe(200);
      expect((await consoleCall(server, session, 'POST', '/api/v1/console/logout', {})).statusCode).toBe(200);
      expect((await consoleCall(server, session, 'GET', '/api/v1/console/devices')).statusCode).toBe(401);
      // Stored as a digest only: the cookie value is nowhere in the database.
      const { rows } = await server.db.query<{ token_hash: string }>('SELECT token_hash FROM sessions');
      expect(rows.some((r) => session.includes(r.token_hash))).toBe(false);
    });
  });

  describe('devices', () => {
    it('a booth or kiosk cannot pull the roster, and their config carries no visitor contact data', async () => {
      for (const device of [booth, kiosk]) {
        const roster = await pullRaw(server, device.token, { stream: 'roster' });
        expect(roster.statusCode).toBe(403);
        expect(roster.json()).toMatchObject({ error: 'forbidden' });
        const config = await pullRaw(server, device.token, { stream: 'config', limit: 5000 });
        expect(config.statusCode).toBe(200);
        for (const secret of ['王秘密', 'secret.person@example.com', '+8613912345678', 'Jane Hidden', 'jane.hidden', '机密科技']) {
          expect(config.body, `${device.role} config leaks ${secret}`).not.toContain(secret);
        }
      }
      // The desk does get them, in its roster stream.
      const deskRoster = await pullRaw(server, desk.token, { stream: 'roster', limit: 5000 });
      expect(deskRoster.body).toContain('secret.person@example.com');
    });

    it('a device token opens nothing in the console, and the console session opens nothing of the sync API', async () => {
      for (const device of [desk, booth, kiosk]) {
        const res = await server.app.inject({ method: 'GET', url: '/api/v1/console/visitors', headers: bearer(device.token) });
        expect(res.statusCode).toBe(401);
      }
      const pull = await server.app.inject({ method: 'GET', url: '/api/v1/sync/pull?stream=roster', headers: { cookie } });
      expect(pull.statusCode).toBe(401);
    });

    it('a device may send only its role’s records: a booth cannot register visitors or check them in', async () => {
      const m = checkinMutation(booth);
      const [result] = await push(server, booth, [m]);
      expect(result).toMatchObject({ status: 'rejected', error: expect.stringMatching(/booth device may not send checkin/) });
      expect(await countRows(server.db, 'checkins', 'id = $1', [(m.data as { id: string }).id])).toBe(0);
    });

    it('a device revoked in the console is refused on its very next request, whatever it asks', async () => {
      const doomed = await pairDevice(server, { role: 'kiosk', name: 'Lost kiosk' });
      expect((await pullRaw(server, doomed.token, { stream: 'config' })).statusCode).toBe(200);
      const revoke = await consoleCall(server, cookie, 'POST', `/api/v1/console/devices/${doomed.deviceId}/revoke`, {});
      expect(revoke.statusCode, revoke.body).toBe(200);
      const requests = [
        pullRaw(server, doomed.token, { stream: 'config' }),
        pushRaw(server, doomed.token, { deviceId: doomed.deviceId, mutations: [] }),
        server.app.inject({ method: 'PUT', url: `/api/v1/feedback/${newId()}/photo`, headers: bearer(doomed.token), payload: { contentType: 'image/jpeg', data: '/9j/' } }),
      ];
      for (const res of await Promise.all(requests)) {
        expect(res.statusCode).toBe(401);
        expect(res.json()).toMatchObject({ error: 'unauthorized', message: expect.stringMatching(/pair/) });
      }
      // The console shows it revoked; other devices carry on.
      const fleet = (await consoleCall(server, cookie, 'GET', '/api/v1/console/devices')).json() as { devices: Array<{ id: string; revokedAt: string | null }> };
      expect(fleet.devices.find((d) => d.id === doomed.deviceId)?.revokedAt).toEqual(expect.any(String));
      expect((await pullRaw(server, kiosk.token, { stream: 'config' })).statusCode).toBe(200);
    });
  });

  describe('exhibitors’ leads', () => {
    it('no route a booth device or an exhibitor login can call shows them another exhibitor’s lead', async () => {
      const other = await createExhibitor(server.db, server.event.id, 'Fabrikam 竞争对手');
      const otherBooth = await pairDevice(server, { role: 'booth', exhibitorId: other.id, name: 'Fabrikam booth' });
      const at = new Date().toISOString();
      const secret: Lead = {
        id: newId(),
        eventId: otherBooth.eventId,
        deviceId: otherBooth.deviceId,
        exhibitorId: other.id,
        capturedAt: at,
        source: 'card',
        badgeCode: null,
        attendeeId: null,
        contact: { ...emptyCardFields(), name: 'SECRET-LEAD-王', company: 'SECRET-COMPANY', email: 'secret.lead@fabrikam.example' },
        rating: 'hot',
        answers: {},
        interests: [],
        notes: 'SECRET-NOTES budget 2M',
        followUp: null,
        staff: 'Fabrikam booth',
        hasPhoto: true,
        cardText: 'SECRET-CARD-TEXT',
        cardUnread: false,
        deletedAt: null,
        stamps: initialStamps(at),
        updatedAt: at,
      };
      expect((await push(server, otherBooth, [{ id: newId(), seq: 1, type: 'lead', op: 'create', data: secret, capturedAt: at }]))[0]?.status).toBe('applied');
      const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]).toString('base64');
      const photo = await server.app.inject({ method: 'PUT', url: `/api/v1/leads/${secret.id}/photo`, headers: bearer(otherBooth.token), payload: { contentType: 'image/jpeg', data: jpeg } });
      expect(photo.statusCode, photo.body).toBe(200);

      // The booth's own exhibitor, with a login of its own.
      const mine = await consoleCall(server, cookie, 'POST', `/api/v1/console/exhibitors/${booth.exhibitorId}/accounts`, { username: 'contoso-team', password: 'contoso team password' });
      expect(mine.statusCode, mine.body).toBe(200);
      const login = await server.app.inject({ method: 'POST', url: '/api/v1/exhibitor/login', payload: { username: 'contoso-team', password: 'contoso team password' }, remoteAddress: address() });
      const exhibitorCookie = `sf_exhibitor=${login.cookies.find((c) => c.name === 'sf_exhibitor')?.value ?? ''}`;

      // Every GET route open to a booth device or an exhibitor login, with the other lead's id wherever an id goes.
      const reads = routes.filter((r) => r.method === 'GET' && /^\/api\/v1\/(leads|exhibitor|sync)\//.test(r.url));
      expect(reads.length).toBeGreaterThanOrEqual(6);
      const leaks: string[] = [];
      for (const route of reads) {
        const url = route.url.replace(/:id\b/g, secret.id);
        const variants = url.endsWith('/pull') ? ['?stream=leads&limit=5000', '?stream=config&limit=5000'] : url.endsWith('/export') ? ['?format=csv', '?format=vcf', '?format=xlsx'] : [''];
        for (const headers of [bearer(booth.token), { cookie: exhibitorCookie }]) {
          for (const query of variants) {
            const res = await server.app.inject({ method: 'GET', url: `${url}${query}`, headers });
            let text = res.body;
            if (query === '?format=xlsx' && res.statusCode === 200) {
              const book = new ExcelJS.Workbook();
              await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
              text = book.worksheets.flatMap((ws) => ws.getSheetValues().flat()).map(String).join(' ');
            }
            if (/SECRET-|secret\.lead/.test(text) || (url.includes('/photo') && res.statusCode === 200)) leaks.push(`${route.url}${query} as ${Object.keys(headers)[0]} → ${res.statusCode}`);
          }
        }
      }
      expect(leaks).toEqual([]);
      // The other exhibitor does see it: the marker is real.
      const theirLogin = await consoleCall(server, cookie, 'POST', `/api/v1/console/exhibitors/${other.id}/accounts`, { username: 'fabrikam-team', password: 'fabrikam team password' });
      expect(theirLogin.statusCode).toBe(200);
      const their = await server.app.inject({ method: 'POST', url: '/api/v1/exhibitor/login', payload: { username: 'fabrikam-team', password: 'fabrikam team password' }, remoteAddress: address() });
      const theirLeads = await server.app.inject({ method: 'GET', url: '/api/v1/exhibitor/leads', headers: { cookie: `sf_exhibitor=${their.cookies.find((c) => c.name === 'sf_exhibitor')?.value ?? ''}` } });
      expect(theirLeads.body).toContain('SECRET-NOTES');
    });
  });

  describe('pairing codes cannot be guessed', () => {
    it(`an open code is withdrawn after ${MAX_WRONG_TRIES_PER_CODE} wrong codes from any number of addresses, even if the guesser then hits it`, async () => {
      const { code } = await createPairingCode(server.db, { eventId: server.event.id, role: 'desk' });
      // One wrong guess per address: no per-address limit ever triggers.
      for (let i = 0; i < MAX_WRONG_TRIES_PER_CODE; i++) {
        const res = await pairAttempt(server, await wrongCode(server), address());
        expect(res.statusCode).toBe(404);
        expect(res.json()).toMatchObject({ error: 'pairing_invalid' });
      }
      const devicesBefore = await countRows(server.db, 'devices');
      const lucky = await pairAttempt(server, code, address());
      expect(lucky.statusCode).toBe(410);
      expect(lucky.json()).toMatchObject({ error: 'pairing_withdrawn', message: expect.stringMatching(/create a new one/) });
      expect(await countRows(server.db, 'devices')).toBe(devicesBefore);

      // A code created after the guessing starts with a clean slate.
      const fresh = await createPairingCode(server.db, { eventId: server.event.id, role: 'desk' });
      expect((await pairAttempt(server, fresh.code, address())).statusCode).toBe(200);
    });

    it('an address is locked out after too many wrong codes, across every server instance; other addresses still pair', async () => {
      // A second instance on the same database: its in-process rate limiter knows nothing of the first's.
      const other = await buildApp({ db: server.db, config: server.config });
      await other.ready();
      try {
        const guesser = address();
        for (let i = 0; i < LIMITS.pair.max; i++) {
          const res = await pairAttempt(server, await wrongCode(server), guesser, i % 2 ? server.app : other);
          expect(res.statusCode, res.body).toBe(404);
        }
        const { code } = await createPairingCode(server.db, { eventId: server.event.id, role: 'desk' });
        for (const app of [server.app, other]) {
          const locked = await pairAttempt(server, code, guesser, app);
          expect(locked.statusCode).toBe(429);
          expect(locked.json()).toMatchObject({ error: 'pairing_locked', message: expect.stringMatching(/15 minutes/) });
        }
        // The locked-out attempts did not count against the code, and someone else can use it.
        expect((await pairAttempt(server, code, address(), other)).statusCode).toBe(200);
      } finally {
        await other.close();
      }
    });

    it('one instance slows any address down to 10 pairing requests a minute', async () => {
      const hammer = address();
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) statuses.push((await pairAttempt(server, 'abc', hammer)).statusCode);
      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(400));
      expect(statuses[10]).toBe(429);
    });
  });

  describe('the console login cannot be guessed', () => {
    beforeAll(async () => {
      await server.db.query('INSERT INTO accounts (id, username, password_hash) VALUES ($1, $2, $3)', [newId(), 'assistant', await hashPassword(PASSWORD)]);
    });

    it('locks a user name after repeated wrong passwords, from whatever addresses; the right password is refused until it expires', async () => {
      for (let i = 0; i < LIMITS.login.max; i++) {
        const res = await loginAttempt(server, 'assistant', `wrong password ${i}`, address());
        expect(res.statusCode).toBe(401);
        expect(res.json()).toMatchObject({ error: 'bad_credentials', message: 'wrong username or password' });
        expect(res.cookies).toHaveLength(0);
      }
      const locked = await loginAttempt(server, 'assistant', PASSWORD, address());
      expect(locked.statusCode).toBe(429);
      expect(locked.json()).toMatchObject({ error: 'locked', message: expect.stringMatching(/15 minutes/) });
      expect(locked.cookies).toHaveLength(0);
      // Fifteen minutes later it opens again.
      await server.db.query(`UPDATE auth_failures SET at = at - interval '16 minutes' WHERE kind = 'login' AND subject = 'assistant'`);
      expect((await loginAttempt(server, 'assistant', PASSWORD, address())).statusCode).toBe(200);
    });

    it('locks an address that tries many user names, on every instance; the account still opens from elsewhere', async () => {
      // Four instances on one database: each lets the address make 10 attempts a minute, together
      // they would allow 40; the lockout in the database stops it at 30 on all of them.
      const instances = [server.app];
      for (let i = 0; i < 3; i++) {
        const app = await buildApp({ db: server.db, config: server.config });
        await app.ready();
        instances.push(app);
      }
      try {
        const sprayer = address();
        for (let i = 0; i < LIMITS.login_address.max; i++) {
          const res = await loginAttempt(server, `user${i}`, 'password123456', sprayer, instances[i % 3]);
          expect(res.statusCode, res.body).toBe(401);
        }
        const locked = await loginAttempt(server, 'organizer', PASSWORD, sprayer, instances[3]);
        expect(locked.statusCode).toBe(429);
        expect(locked.json()).toMatchObject({ error: 'locked', message: expect.stringMatching(/this address/) });
        expect((await loginAttempt(server, 'organizer', PASSWORD, address(), instances[3])).statusCode).toBe(200);
      } finally {
        for (const app of instances.slice(1)) await app.close();
      }
    });

    it('slows one address to 10 login attempts a minute per instance', async () => {
      const hammer = address();
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) statuses.push((await loginAttempt(server, `nobody${i}`, 'x', hammer)).statusCode);
      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
      expect(statuses[10]).toBe(429);
    });
  });

  it('stores passwords as salted scrypt: the stored digest is what scrypt gives for the password and its salt', async () => {
    const { rows } = await server.db.query<{ username: string; password_hash: string }>('SELECT username, password_hash FROM accounts ORDER BY username');
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const { password_hash } of rows) {
      expect(password_hash).not.toContain(PASSWORD);
      const [scheme, n, r, p, salt, hash] = password_hash.split('$');
      expect(scheme).toBe('scrypt');
      expect(Number(n)).toBeGreaterThanOrEqual(2 ** 15);
      const key = scryptSync(PASSWORD.normalize('NFKC'), Buffer.from(salt ?? '', 'base64'), 32, { N: Number(n), r: Number(r), p: Number(p), maxmem: 64 * 1024 * 1024 });
      expect(key.toString('base64')).toBe(hash);
    }
    // The same password twice gives two different digests (a random salt each).
    expect(new Set(rows.map((r) => r.password_hash)).size).toBe(rows.length);
  });

  describe('the session cookie', () => {
    const cookieFlags = (res: { headers: Record<string, unknown> }) => String([res.headers['set-cookie']].flat().find((c) => String(c).startsWith('sf_session=')));

    it('is httpOnly and SameSite=Strict, and not Secure over plain HTTP', async () => {
      const flags = cookieFlags(await loginAttempt(server, 'organizer', PASSWORD, address()));
      expect(flags).toMatch(/HttpOnly/i);
      expect(flags).toMatch(/SameSite=Strict/i);
      expect(flags).toMatch(/Path=\//);
      expect(flags).not.toMatch(/Secure/i);
    });

    it('a forged X-Forwarded-Proto is ignored unless TRUST_PROXY is set', async () => {
      const res = await server.app.inject({ method: 'POST', url: '/api/v1/console/login', payload: { username: 'organizer', password: PASSWORD }, headers: { 'x-forwarded-proto': 'https' }, remoteAddress: address() });
      expect(cookieFlags(res)).not.toMatch(/Secure/i);
    });

    it('is Secure behind a TLS proxy when TRUST_PROXY=1', async () => {
      const proxied = await buildApp({ db: server.db, config: { ...server.config, ...loadConfig({ TRUST_PROXY: '1' }), staticDir: '/nonexistent' } });
      await proxied.ready();
      try {
        const res = await proxied.inject({ method: 'POST', url: '/api/v1/console/login', payload: { username: 'organizer', password: PASSWORD }, headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.9' } });
        expect(res.statusCode).toBe(200);
        const flags = cookieFlags(res);
        expect(flags).toMatch(/; Secure/i);
        expect(flags).toMatch(/HttpOnly/i);
        expect(flags).toMatch(/SameSite=Strict/i);
      } finally {
        await proxied.close();
      }
    });

    it('is Secure when the server itself speaks HTTPS (TLS_CERT_FILE/TLS_KEY_FILE)', async () => {
      const files = tempDir();
      const [cert, key] = [files.file('cert.pem'), files.file('key.pem')];
      execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-keyout', key, '-out', cert], { stdio: 'ignore' });
      const tls = await buildApp({ db: server.db, config: { ...server.config, tls: { certFile: cert, keyFile: key } } });
      try {
        await tls.listen({ port: 0, host: '127.0.0.1' });
        const port = (tls.server.address() as { port: number }).port;
        const answer = await new Promise<{ status: number; setCookie: string[]; headers: Record<string, unknown> }>((resolve, reject) => {
          const req = httpsRequest(
            { host: '127.0.0.1', port, path: '/api/v1/console/login', method: 'POST', rejectUnauthorized: false, headers: { 'content-type': 'application/json' } },
            (res) => {
              res.resume();
              res.on('end', () => resolve({ status: res.statusCode ?? 0, setCookie: res.headers['set-cookie'] ?? [], headers: res.headers }));
            },
          );
          req.on('error', reject);
          req.end(JSON.stringify({ username: 'organizer', password: PASSWORD }));
        });
        expect(answer.status).toBe(200);
        const flags = answer.setCookie.find((c) => c.startsWith('sf_session=')) ?? '';
        expect(flags).toMatch(/; Secure/i);
        expect(flags).toMatch(/HttpOnly/i);
        expect(flags).toMatch(/SameSite=Strict/i);
      } finally {
        await tls.close();
        files.remove();
      }
    });
  });

  it('sends the security headers, with a Content-Security-Policy that allows no inline or foreign script', async () => {
    for (const url of ['/api/v1/health', '/api/v1/console/state', '/api/v1/nowhere']) {
      const res = await server.app.inject({ method: 'GET', url });
      const csp = String(res.headers['content-security-policy']);
      const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name ?? '', values]));
      expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(directives.get('default-src')).toEqual(["'self'"]);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
      expect(directives.get('base-uri')).toEqual(["'self'"]);
      expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });
});
