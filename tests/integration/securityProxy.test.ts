/**
 * Issue 13, item 1: behind a proxy nobody becomes the organizer by writing "127.0.0.1" into
 * X-Forwarded-For, and per-address limits hold whatever headers a client sends. TRUST_PROXY takes
 * a hop count or the proxies' addresses, never "everyone"; first-account setup is decided on the
 * socket's own address, the forwarding chain and the Host the request was addressed to (DNS
 * rebinding).
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import { LIMITS } from '../../src/server/auth/failures';
import { createPairingCode } from '../../src/server/devices/pairing';
import { DATABASES, startTestServer, type TestServer } from './harness';

const SETUP = { username: 'mallory', password: 'long enough password' };

describe('TRUST_PROXY', () => {
  it('takes a hop count or proxy addresses; `true` is one hop; never everyone', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    for (const off of ['0', 'false', 'FALSE']) expect(loadConfig({ TRUST_PROXY: off }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,fd00::/8 , loopback' }).trustProxy).toEqual(['127.0.0.1', '10.0.0.0/8', 'fd00::/8', 'loopback']);
    for (const everyone of ['all', '*', '0.0.0.0/0', '::/0', '10.0.0.1,0.0.0.0/0', 'yes', '11', '10.0.0.0/33', 'proxy.example']) {
      expect(() => loadConfig({ TRUST_PROXY: everyone }), everyone).toThrow(/TRUST_PROXY takes a number of proxy hops .* never everyone/);
    }
  });
});

describe.each(DATABASES)('behind a proxy on %s', (kind) => {
  let server: TestServer;
  const apps: FastifyInstance[] = [];
  /** Another instance on the same database with its own environment. */
  const withEnv = async (env: Record<string, string>) => {
    const app = await buildApp({ db: server.db, config: { ...server.config, ...loadConfig(env), staticDir: '/nonexistent', publicUrl: 'http://showfloor.test' } });
    await app.ready();
    apps.push(app);
    return app;
  };
  const accounts = async () => (await server.db.query('SELECT username FROM accounts')).rows;

  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await server?.close();
  });

  it('refuses first-account setup from another machine whatever X-Forwarded-For says, with TRUST_PROXY=1', async () => {
    const app = await withEnv({ TRUST_PROXY: '1' });
    const spoofs: Array<{ remoteAddress: string; headers: Record<string, string> }> = [
      // The reported attack: the proxy appended the LAN client after what it wrote.
      { remoteAddress: '192.168.1.50', headers: { 'x-forwarded-for': '127.0.0.1, 203.0.113.9' } },
      // Straight to the server's port, past the proxy: with one hop trusted, request.ip would be 127.0.0.1.
      { remoteAddress: '192.168.1.50', headers: { 'x-forwarded-for': '127.0.0.1' } },
      { remoteAddress: '192.168.1.50', headers: { forwarded: 'for=127.0.0.1', 'x-real-ip': '127.0.0.1' } },
      // Through a proxy on the server machine: the socket is loopback, the chain names the client.
      { remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': '127.0.0.1, 192.168.1.50' } },
      { remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': '192.168.1.50' } },
      { remoteAddress: '127.0.0.1', headers: { forwarded: 'for="[2001:db8::7]:4711";proto=https' } },
      { remoteAddress: '127.0.0.1', headers: { 'x-real-ip': '10.1.2.3' } },
      { remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': 'unknown' } },
    ];
    for (const spoof of spoofs) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/console/setup', payload: SETUP, ...spoof });
      expect(res.statusCode, JSON.stringify(spoof)).toBe(403);
      expect(res.json()).toMatchObject({ error: 'setup_local_only', message: expect.stringMatching(/server itself/) });
    }
    expect(await accounts()).toEqual([]);
  });

  it('refuses it without TRUST_PROXY too when a proxy on the server machine forwards another machine', async () => {
    const res = await server.app.inject({ method: 'POST', url: '/api/v1/console/setup', payload: SETUP, remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': '192.168.1.50' } });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: 'setup_local_only', message: expect.stringMatching(/proxy/) });
    expect(await accounts()).toEqual([]);
  });

  it('refuses a page of another site whose name points at the server machine (DNS rebinding)', async () => {
    for (const host of ['rebind.attacker.example:8080', 'localhost.attacker.example', '192.168.1.10:8080']) {
      const res = await server.app.inject({
        method: 'POST',
        url: '/api/v1/console/setup',
        payload: SETUP,
        remoteAddress: '127.0.0.1',
        // Its own origin: the origin check alone lets it through.
        headers: { host, origin: `http://${host}`, 'sec-fetch-site': 'same-origin' },
      });
      expect(res.statusCode, host).toBe(403);
      expect(res.json()).toMatchObject({ error: 'setup_local_only', message: expect.stringMatching(/addressed to/) });
    }
    expect(await accounts()).toEqual([]);
  });

  it('lets the organizer create it on the server machine, directly or through a proxy there', async () => {
    const app = await withEnv({ TRUST_PROXY: 'loopback' });
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/console/setup',
      payload: { username: 'organizer', password: 'long enough password' },
      remoteAddress: '127.0.0.1',
      headers: { host: 'showfloor.test', origin: 'http://showfloor.test', 'x-forwarded-for': '127.0.0.1', 'x-forwarded-proto': 'https' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await accounts()).toEqual([{ username: 'organizer' }]);
  });

  describe('per-address limits hold whatever X-Forwarded-For a client sends', () => {
    const wrongCode = async () => {
      for (;;) {
        const guess = String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0');
        if (!(await server.db.query('SELECT 1 FROM pairing_codes WHERE code = $1', [guess])).rows.length) return guess;
      }
    };
    let rotating = 0;
    const forged = () => `198.51.${Math.floor(++rotating / 250)}.${(rotating % 250) + 1}`;

    /**
     * Wrong codes with a new forged address each time, then the right one: refused as locked out.
     * Spread over two instances, as the in-process rate limiter would answer the 11th on one.
     */
    async function guessUntilLocked(env: Record<string, string>, remoteAddress: string, chain: (fake: string) => string): Promise<void> {
      const pair = [await withEnv(env), await withEnv(env)];
      for (let i = 0; i < LIMITS.pair.max; i++) {
        const res = await pair[i % 2]!.inject({ method: 'POST', url: '/api/v1/devices/pair', payload: { code: await wrongCode(), deviceName: 'guess' }, remoteAddress, headers: { 'x-forwarded-for': chain(forged()) } });
        expect(res.statusCode, res.body).toBe(404);
      }
      const { code } = await createPairingCode(server.db, { eventId: server.event.id, role: 'desk' });
      const locked = await pair[0]!.inject({ method: 'POST', url: '/api/v1/devices/pair', payload: { code, deviceName: 'guess' }, remoteAddress, headers: { 'x-forwarded-for': chain(forged()) } });
      expect(locked.statusCode, locked.body).toBe(429);
      expect(locked.json()).toMatchObject({ error: 'pairing_locked' });
    }

    it('through the proxy (TRUST_PROXY=1): the address the proxy appended counts, not what the client wrote', async () => {
      await guessUntilLocked({ TRUST_PROXY: '1' }, '10.0.0.2', (fake) => `${fake}, 192.168.7.77`);
    });

    it('past the proxy (TRUST_PROXY=its address): a direct connection is its own address, whatever it claims', async () => {
      await guessUntilLocked({ TRUST_PROXY: '10.0.0.2' }, '192.168.7.78', (fake) => fake);
    });

    it('without TRUST_PROXY the header is ignored', async () => {
      await guessUntilLocked({}, '192.168.7.79', (fake) => fake);
    });
  });
});
