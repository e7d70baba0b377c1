/**
 * Issue 13, item 2 (the organizer's side): an exhibitor login can be switched off, given a new
 * password and have its sessions ended, from the console and the CLI; each takes effect on the
 * very next request of every browser logged in with it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/core/ids';
import { createExhibitor } from '../../src/server/leads/exhibitors';
import { DATABASES, startTestServer, type TestServer } from './harness';
import { runCliLine } from './support';
import { consoleCall, consoleSession } from './surveySupport';

const PASSWORD = 'booth team password';

describe.each(DATABASES)('exhibitor logins under the organizer’s control on %s', (kind) => {
  let server: TestServer;
  let cookie: string;
  let accountId: string;
  let addressSeq = 0;

  const login = (username: string, password: string) =>
    server.app.inject({ method: 'POST', url: '/api/v1/exhibitor/login', payload: { username, password }, remoteAddress: `10.77.0.${++addressSeq}` });
  const session = async (username: string, password = PASSWORD) => {
    const res = await login(username, password);
    expect(res.statusCode, res.body).toBe(200);
    return `sf_exhibitor=${res.cookies.find((c) => c.name === 'sf_exhibitor')?.value ?? ''}`;
  };
  const works = async (exhibitorCookie: string) => (await server.app.inject({ method: 'GET', url: '/api/v1/exhibitor/leads', headers: { cookie: exhibitorCookie } })).statusCode === 200;
  const state = async () =>
    ((await consoleCall(server, cookie, 'GET', '/api/v1/console/exhibitor-accounts')).json() as { accounts: Array<{ id: string; disabledAt: string | null; sessions: number }> }).accounts.find(
      (a) => a.id === accountId,
    );

  beforeAll(async () => {
    server = await startTestServer(kind);
    cookie = await consoleSession(server);
    const exhibitor = await createExhibitor(server.db, server.event.id, '控制测试展商');
    const made = await consoleCall(server, cookie, 'POST', `/api/v1/console/exhibitors/${exhibitor.id}/accounts`, { username: 'control-team', password: PASSWORD });
    expect(made.statusCode, made.body).toBe(200);
    accountId = (made.json() as { id: string }).id;
  });
  afterAll(async () => server?.close());

  it('switched off: every open session ends at once and it cannot log in; switched on again it can', async () => {
    const [laptop, phone] = [await session('control-team'), await session('control-team')];
    expect(await state()).toMatchObject({ disabledAt: null, sessions: 2 });
    const off = await consoleCall(server, cookie, 'POST', `/api/v1/console/exhibitor-accounts/${accountId}/disable`, {});
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toEqual({ ok: true, endedSessions: 2 });
    expect(await works(laptop)).toBe(false);
    expect(await works(phone)).toBe(false);
    expect(await state()).toMatchObject({ disabledAt: expect.any(String), sessions: 0 });

    const refused = await login('control-team', PASSWORD);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: 'login_disabled', message: expect.stringMatching(/switched off/) });
    expect(refused.cookies).toHaveLength(0);
    // A wrong password learns nothing about the switch.
    expect((await login('control-team', 'a wrong password')).json()).toMatchObject({ error: 'bad_credentials' });

    const on = await consoleCall(server, cookie, 'POST', `/api/v1/console/exhibitor-accounts/${accountId}/enable`, {});
    expect(on.statusCode, on.body).toBe(200);
    expect(await works(await session('control-team'))).toBe(true);
  });

  it('a new password ends every session and shuts the old password out; one the organizer typed is not sent back', async () => {
    const before = await session('control-team');
    const made = await consoleCall(server, cookie, 'POST', `/api/v1/console/exhibitor-accounts/${accountId}/password`, {});
    expect(made.statusCode, made.body).toBe(200);
    const { password, endedSessions } = made.json() as { password: string; endedSessions: number };
    expect(password).toMatch(/^[\w-]{16}$/);
    expect(endedSessions).toBeGreaterThanOrEqual(1);
    expect(await works(before)).toBe(false);
    expect((await login('control-team', PASSWORD)).statusCode).toBe(401);
    expect(await works(await session('control-team', password))).toBe(true);

    const typed = await consoleCall(server, cookie, 'POST', `/api/v1/console/exhibitor-accounts/${accountId}/password`, { password: PASSWORD });
    expect(typed.json()).toEqual({ ok: true, endedSessions: 1 });
    const weak = await consoleCall(server, cookie, 'POST', `/api/v1/console/exhibitor-accounts/${accountId}/password`, { password: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toMatchObject({ error: 'weak_password' });
    expect(await works(await session('control-team'))).toBe(true);
  });

  it('ending the sessions logs every browser out; the login itself still works', async () => {
    const [a, b] = [await session('control-team'), await session('control-team')];
    const ended = await consoleCall(server, cookie, 'POST', `/api/v1/console/exhibitor-accounts/${accountId}/end-sessions`, {});
    expect(ended.json()).toEqual({ ok: true, endedSessions: expect.any(Number) });
    expect(await works(a)).toBe(false);
    expect(await works(b)).toBe(false);
    expect(await works(await session('control-team'))).toBe(true);
  });

  it('answers 404 for a login that is not this event’s, and nothing to an exhibitor login itself', async () => {
    for (const action of ['disable', 'enable', 'password', 'end-sessions']) {
      const res = await consoleCall(server, cookie, 'POST', `/api/v1/console/exhibitor-accounts/${newId()}/${action}`, {});
      expect(res.statusCode, action).toBe(404);
      const own = await server.app.inject({ method: 'POST', url: `/api/v1/console/exhibitor-accounts/${accountId}/${action}`, headers: { cookie: await session('control-team') }, payload: {} });
      expect(own.statusCode, action).toBe(401);
    }
    expect(await state()).toMatchObject({ disabledAt: null });
  });

  it('the CLI does the same by user name', async () => {
    const listed = await runCliLine(server, ['leads', 'logins', '--json']);
    expect(JSON.parse(listed.out.join(''))).toEqual(expect.arrayContaining([expect.objectContaining({ username: 'control-team', disabledAt: null })]));
    const open = await session('control-team');
    const off = await runCliLine(server, ['leads', 'disable', 'control-team']);
    expect(off.code, off.err.join('\n')).toBe(0);
    expect(off.out.join('')).toMatch(/control-team switched off; [1-9]\d* session\(s\) ended/);
    expect(await works(open)).toBe(false);
    expect((await login('control-team', PASSWORD)).statusCode).toBe(403);
    expect((await runCliLine(server, ['leads', 'enable', 'control-team'])).code).toBe(0);
    const reset = await runCliLine(server, ['leads', 'reset-password', 'control-team']);
    expect(reset.code, reset.err.join('\n')).toBe(0);
    const fresh = /new password ([\w-]{16});/.exec(reset.out.join(''))?.[1] ?? '';
    const again = await session('control-team', fresh);
    const ended = await runCliLine(server, ['leads', 'end-sessions', 'control-team']);
    expect(ended.out.join('')).toMatch(/1 session\(s\) ended/);
    expect(await works(again)).toBe(false);
    expect((await runCliLine(server, ['leads', 'disable', 'nobody-here'])).code).toBe(64);
  });
});
