/**
 * Bad input on every endpoint. The routes come from Fastify itself (an onRoute hook), so a new
 * route without an entry in badInputRoutes.ts fails here. Each route gets malformed JSON, wrong
 * types, missing fields, a body of 10 MB, deeply nested JSON, the wrong content type, bad path
 * values and bad query values; each text value of a valid body is replaced in turn by emoji,
 * right-to-left and zero-width text, 10,000-character names, SQL and script injection. Every
 * answer is below 500, every refusal is a 4xx with {error, message}, a refused request changes
 * nothing in the database, accepted text is stored exactly as sent, and the server keeps serving.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/core/ids';
import { CLI_SECRET_HEADER } from '../../src/server/http/callers';
import { buildApp } from '../../src/server/app';
import { createExhibitor } from '../../src/server/leads/exhibitors';
import type { Queryable } from '../../src/server/db/types';
import { BAD_PATH_VALUES, FILE_ROUTES, fillPath, HOSTILE_TEXT, routeCases, type Fixture, type RouteCase } from './badInputRoutes';
import { DATABASES, startTestServer, type TestServer } from './harness';
import { importRows } from './statsSupport';
import { bearer, checkinMutation, pairDevice, push } from './support';
import { consoleSession, createSurvey, fairSurvey, feedbackMutation } from './surveySupport';

const CLI_SECRET = 'test-cli-secret-0123456789abcdef';
/** Every declared endpoint (src/core/api): a new one is attacked the day it exists. */
const ROUTES = routeCases();
let addressSeq = 0;
/** Each request from its own address: the rate limits and lockouts are not what this suite tests. */
const nextAddress = () => `172.20.${Math.floor(++addressSeq / 250) % 250}.${(addressSeq % 250) + 1}`;

/** Tables whose rows change without a write by the request (login failures, sessions, last-seen). */
const VOLATILE = new Set(['auth_failures', 'sessions', 'devices', 'schema_migrations']);

/** A digest of every table's rows: equal before and after a refused request, or something was stored. */
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

/** Every string in a JSON value, with its path. */
function stringLeaves(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringLeaves(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, [...path, k]));
  return [];
}

function setAt(value: unknown, path: Array<string | number>, text: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  path.slice(0, -1).forEach((k) => (node = node[k] as Record<string | number, unknown>));
  node[path[path.length - 1] as string | number] = text;
  return copy;
}

/** A few leaves spread over the body: enough to reach every kind of field without thousands of requests. */
function sampleLeaves(leaves: Array<Array<string | number>>, max = 8): Array<Array<string | number>> {
  if (leaves.length <= max) return leaves;
  const step = leaves.length / max;
  return Array.from({ length: max }, (_, i) => leaves[Math.floor(i * step)] as Array<string | number>);
}

/** Percent-encodes a query value; a lone surrogate goes as the bytes a broken client would send. */
function encodeQueryValue(text: string): string {
  return [...text].map((ch) => (/[\uD800-\uDFFF]/.test(ch) ? '%ED%A0%80' : encodeURIComponent(ch))).join('');
}

function nested(depth: number): string {
  return `{"a":${'['.repeat(depth)}1${']'.repeat(depth)}}`;
}

/** A sweep over every route: minutes on a loaded two-core machine, not the two of a single test. */
const SWEEP_MS = 900_000;

describe.each(DATABASES)('bad input on every endpoint, %s', (kind) => {
  let server: TestServer;
  let fixture: Fixture;
  const registered: Array<{ method: string; url: string }> = [];

  beforeAll(async () => {
    server = await startTestServer(kind, {
      onRoute: (r) => {
        for (const method of [r.method].flat()) if (method !== 'HEAD') registered.push({ method, url: r.url });
      },
    });
    // The CLI route exists only with the data directory's secret: a second app with one.
    const withCli = await buildApp({
      db: server.db,
      config: server.config,
      cliSecret: CLI_SECRET,
      onRoute: (r) => {
        for (const method of [r.method].flat()) if (method !== 'HEAD' && r.endpoint?.access === 'cli') registered.push({ method, url: r.url });
      },
    });
    await withCli.close();

    const cookie = await consoleSession(server);
    const desk = await pairDevice(server, { role: 'desk' });
    const kiosk = await pairDevice(server, { role: 'kiosk' });
    const exhibitor = await createExhibitor(server.db, server.event.id, 'Bad Input Booth');
    const booth = await pairDevice(server, { role: 'booth', exhibitorId: exhibitor.id });
    const refs = await importRows(server, [
      ['编号', '姓名', '公司', '手机', '邮箱'],
      ['BI-1', '李雷', '华南机械', '13800138001', 'li.lei@example.com'],
      ['BI-2', '韩梅梅', '华北电子', '13800138002', 'han.meimei@example.com'],
    ]);
    const survey = await createSurvey(server, cookie, fairSurvey());
    const account = await server.app.inject({ method: 'POST', url: `/api/v1/console/exhibitors/${exhibitor.id}/accounts`, headers: { cookie }, payload: { username: 'booth-a1', password: 'long enough password' } });
    expect(account.statusCode, account.body).toBe(200);
    const exhibitorLogin = await server.app.inject({ method: 'POST', url: '/api/v1/exhibitor/login', payload: { username: 'booth-a1', password: 'long enough password' } });
    expect(exhibitorLogin.statusCode, exhibitorLogin.body).toBe(200);
    const exhibitorCookie = `sf_exhibitor=${exhibitorLogin.cookies.find((c) => c.name === 'sf_exhibitor')?.value ?? ''}`;
    const feedback = feedbackMutation(kiosk);
    expect((await push(server, kiosk, [feedback]))[0]?.status).toBe('applied');
    expect((await push(server, desk, [checkinMutation(desk, { attendeeId: refs.get('BI-1') ?? null })]))[0]?.status).toBe('applied');
    fixture = {
      server,
      cookie,
      exhibitorCookie,
      desk,
      kiosk,
      booth,
      exhibitorId: exhibitor.id,
      surveyId: survey.id,
      feedbackId: (feedback.data as { id: string }).id,
      attendeeId: refs.get('BI-1') ?? '',
      otherAttendeeId: refs.get('BI-2') ?? '',
      async get(url) {
        const res = await server.app.inject({ method: 'GET', url, headers: { cookie: url.startsWith('/api/v1/exhibitor/') ? exhibitorCookie : cookie } });
        expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
        return res.json() as unknown;
      },
    };
  });
  afterAll(async () => server?.close());

  function headersFor(c: RouteCase): Record<string, string> {
    switch (c.caller) {
      case 'console':
        return { cookie: fixture.cookie };
      case 'desk':
        return bearer(fixture.desk.token);
      case 'kiosk':
        return bearer(fixture.kiosk.token);
      case 'booth':
        return bearer(fixture.booth.token);
      case 'exhibitor':
        return { cookie: fixture.exhibitorCookie };
      case 'loopback-secret':
        return { [CLI_SECRET_HEADER]: CLI_SECRET };
      default:
        return {};
    }
  }

  function call(method: string, url: string, c: RouteCase, payload?: string | Buffer, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return server.app.inject({
      method: method as 'GET',
      url,
      remoteAddress: nextAddress(),
      headers: { ...headersFor(c), ...(payload !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(payload !== undefined ? { payload } : {}),
    });
  }

  /** Why `res` is not a clear refusal (4xx, JSON {error, message}, `status` if given), or null. */
  function notRefused(res: LightMyRequestResponse, what: string, status?: number): string | null {
    const head = `${what} → ${res.statusCode} ${res.body.slice(0, 160)}`;
    if (status ? res.statusCode !== status : res.statusCode < 400 || res.statusCode >= 500) return `${head} (wanted ${status ?? '4xx'})`;
    if (!/application\/json/.test(String(res.headers['content-type']))) return `${head} (not JSON)`;
    const body = res.json() as { error?: unknown; message?: unknown };
    if (typeof body.error !== 'string' || typeof body.message !== 'string' || !body.message) return `${head} (no error and message)`;
    return null;
  }

  function expectClearRefusal(res: LightMyRequestResponse, what: string, status?: number): void {
    expect(notRefused(res, what, status)).toBeNull();
  }

  async function stillServing(): Promise<void> {
    const health = await server.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(health.statusCode).toBe(200);
    const m = checkinMutation(fixture.desk);
    expect(await push(server, fixture.desk, [m])).toEqual([{ id: m.id, status: 'applied' }]);
  }

  it('attacks every route the server registers: each API route from its declaration, the files apart', () => {
    const keys = registered.filter((r) => r.url !== '/*' && !r.url.startsWith('/assets') && !r.url.startsWith('/api/reference')).map((r) => `${r.method} ${r.url}`);
    const known = new Set([...ROUTES.map((c) => c.key), ...Object.keys(FILE_ROUTES)]);
    expect(keys.filter((k) => !known.has(k)), 'routes the suite does not know').toEqual([]);
    expect([...known].filter((k) => !keys.includes(k)), 'routes the suite expects that are not served').toEqual([]);
    expect(ROUTES.length).toBeGreaterThan(60);
    // A route with a query has wrong values to try, derived from its schema.
    for (const c of ROUTES) if (c.spec.query) expect(c.badQueries.length, c.name).toBeGreaterThan(0);
  });

  it('refuses malformed JSON, wrong types, missing fields, 10 MB bodies, deep nesting and non-JSON bodies on every route, storing nothing', async () => {
    const problems: string[] = [];
    const refused = (res: LightMyRequestResponse, what: string, status?: number) => {
      const p = notRefused(res, what, status);
      if (p) problems.push(p);
    };
    for (const c of ROUTES) {
      const key = c.key;
      if (c.cliOnly) continue;
      const [method = 'GET', pattern = ''] = key.split(' ');
      if (method === 'GET') continue;
      const url = fillPath(pattern, c.params?.(fixture) ?? {});
      const valid = c.body ? await c.body(fixture) : undefined;
      const before = await fingerprint(server.db);
      for (const payload of ['{"name":', '{name: 1}', 'not json', '{"a": [}', '{"a":1}{"b":2}']) {
        refused(await call(method, url, c, payload), `${key} malformed ${payload}`, 400);
      }
      const big = Math.max(10 * 1024 * 1024, c.bodyLimit ?? 0) + 1;
      refused(await call(method, url, c, Buffer.alloc(big, 0x20)), `${key} ${big} bytes`, 413);
      refused(await call(method, url, c, JSON.stringify({ padding: 'x'.repeat(big) })), `${key} ${big} bytes of JSON`, 413);
      refused(await call(method, url, c, nested(100_000)), `${key} nested 100,000 deep`, 400);
      refused(await call(method, url, c, 'name=x', { 'content-type': 'application/x-www-form-urlencoded' }), `${key} form body`, 415);
      refused(await call(method, url, c, '{"name":"x"}', { 'content-type': 'text/plain' }), `${key} text/plain`, 415);
      if (valid !== undefined) {
        for (const wrong of ['[]', '"a string"', '42', 'null', 'true', '{"__proto__":{"admin":true}}', ...(c.emptyBodyOk ? [] : ['{}'])]) {
          refused(await call(method, url, c, wrong), `${key} body ${wrong}`);
        }
      }
      if ((await fingerprint(server.db)) !== before) problems.push(`${key}: a refused request stored something`);
      // Every field in turn given the wrong type: a number, an object, an array, null. Some are
      // fine (a push answers 200 and rejects the mutation); the others are refused, storing nothing.
      for (const path of valid === undefined ? [] : sampleLeaves(stringLeaves(valid), 6)) {
        for (const wrong of [12345, { nested: true }, [1, 2], null]) {
          const body = setAt(c.bodyWrites ? await c.body?.(fixture) : valid, path, wrong);
          const ahead = await fingerprint(server.db);
          const res = await call(method, url, c, JSON.stringify(body));
          const what = `${key} ${path.join('.')}=${JSON.stringify(wrong)}`;
          if (res.statusCode >= 400) {
            const p = notRefused(res, what);
            if (p) problems.push(p);
            if ((await fingerprint(server.db)) !== ahead) problems.push(`${what}: refused but stored something`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    await stillServing();
  }, SWEEP_MS);

  it('refuses bad path values and bad query values with a clear 4xx', async () => {
    const problems: string[] = [];
    for (const c of ROUTES) {
      const key = c.key;
      if (c.cliOnly) continue;
      const [method = 'GET', pattern = ''] = key.split(' ');
      const payload = c.body ? JSON.stringify(await c.body(fixture)) : method === 'GET' ? undefined : '{}';
      const before = await fingerprint(server.db);
      for (const name of [...pattern.matchAll(/:(\w+)/g)].map((m) => m[1] ?? '')) {
        for (const bad of BAD_PATH_VALUES) {
          const res = await call(method, fillPath(pattern, { ...c.params?.(fixture), [name]: bad }), c, payload);
          const p = notRefused(res, `${key} :${name}=${bad.slice(0, 40)}`);
          if (p) problems.push(p);
        }
      }
      for (const query of c.badQueries ?? []) {
        const p = notRefused(await call(method, `${fillPath(pattern, c.params?.(fixture) ?? {})}?${query}`, c, payload), `${key}?${query.slice(0, 60)}`, 400);
        if (p) problems.push(p);
      }
      if ((method === 'GET' || key.includes(':')) && (await fingerprint(server.db)) !== before) problems.push(`${key}: a refused request stored something`);
    }
    // The card models are files, not the API: a wrong path is a plain 4xx.
    for (const [key, f] of Object.entries(FILE_ROUTES)) {
      const [method = 'GET', pattern = ''] = key.split(' ');
      for (const name of [...pattern.matchAll(/:(\w+)/g)].map((m) => m[1] ?? '')) {
        for (const bad of BAD_PATH_VALUES) {
          const res = await server.app.inject({ method: method as 'GET', url: fillPath(pattern, { ...f.params?.(), [name]: bad }) });
          if (res.statusCode < 400 || res.statusCode >= 500) problems.push(`${key} :${name}=${bad.slice(0, 40)} → ${res.statusCode}`);
        }
      }
    }
    expect(problems).toEqual([]);
    await stillServing();
  }, SWEEP_MS);

  it('stores hostile text exactly as sent or refuses it with a reason, on every route that takes text', async () => {
    const problems: string[] = [];
    for (const c of ROUTES) {
      const key = c.key;
      if (c.cliOnly || (!c.body && !c.textQuery)) continue;
      const [method = 'GET', pattern = ''] = key.split(' ');
      const url = fillPath(pattern, c.params?.(fixture) ?? {});
      for (const { name, text, expect: fate } of HOSTILE_TEXT) {
        if (c.textQuery) {
          const res = await call(method, `${url}?${c.textQuery}=${encodeQueryValue(text)}`, c);
          if (res.statusCode >= 400) {
            const p = notRefused(res, `${key} ?${c.textQuery}= ${name}`);
            if (p) problems.push(p);
          } else if (fate === 'refused' && text.length > 100) problems.push(`${key} ?${c.textQuery}= ${name} was taken`);
          continue;
        }
        const valid = (await c.body?.(fixture)) as unknown;
        const paths = sampleLeaves(stringLeaves(valid));
        if (c.readBack && !paths.some((p) => p.join('.') === c.readBack?.path.join('.'))) paths.push(c.readBack.path);
        let before: string | null = null;
        for (const path of paths) {
          const body = setAt(await c.body?.(fixture), path, text);
          if (c.bodyWrites || !before) before = await fingerprint(server.db);
          const res = await call(method, url, c, JSON.stringify(body));
          const what = `${key} ${path.join('.')} = ${name}`;
          if (res.statusCode >= 400) {
            const p = notRefused(res, what);
            if (p) problems.push(p);
            const after = await fingerprint(server.db);
            if (after !== before) problems.push(`${what}: refused but stored something`);
            before = after;
          } else before = null;
          if (c.readBack && path.join('.') === c.readBack.path.join('.')) {
            if (fate === 'refused') {
              const p = notRefused(res, what, 400);
              if (p) problems.push(p);
            } else if (res.statusCode !== 200) {
              if (fate === 'stored' || !fate.orRefused || res.statusCode !== 400) problems.push(`${what} → ${res.statusCode} ${res.body.slice(0, 160)} (wanted it stored)`);
            }
            else {
              // Exactly as sent; text fields are also normalised to NFC (one form for one name).
              const expected = fate === 'stored' ? [text.trim(), text.normalize('NFC').trim()] : [fate.cleaned];
              const stored = JSON.stringify(await fixture.get(c.readBack.read));
              if (!expected.some((e) => stored.includes(JSON.stringify(e).slice(1, -1)))) problems.push(`${what} not stored as sent`);
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
    await stillServing();
  }, SWEEP_MS);

  it('survives a burst of garbage from many clients at once and answers the next good request', async () => {
    const garbage = ROUTES.filter((c) => !c.cliOnly && c.spec.method !== 'GET')
      .flatMap((c) => {
        const [method = 'POST', pattern = ''] = c.key.split(' ');
        return ['{"', '[[[[[[', nested(50_000), '{"a":"\\ud800"}'].map((p) => call(method, fillPath(pattern, c.params?.(fixture) ?? {}), c, p));
      });
    const answers = await Promise.all(garbage);
    expect(answers.filter((r) => r.statusCode >= 500).map((r) => r.body)).toEqual([]);
    await stillServing();
  });

  it('answers a method a route does not have with a 404 and a message', async () => {
    const res = await server.app.inject({ method: 'DELETE', url: `/api/v1/console/visitors/${newId()}`, headers: { cookie: fixture.cookie } });
    expectClearRefusal(res, 'DELETE on a route without DELETE', 404);
  });
});
