/**
 * Every route of the server, with what the bad-input suite needs to call it properly: who may
 * call it, a valid body (whose text values it then replaces with hostile ones) and which query
 * values are wrong. badInputEndpoints.test.ts compares this table with the routes Fastify
 * registers: a new route without an entry here fails the suite.
 */
import { newId } from '../../src/core/ids';
import { createPairingCode } from '../../src/server/services/pairing';
import type { TestServer } from './harness';
import { checkinMutation, type PairedDevice } from './support';
import { fairSurvey } from './surveySupport';

export interface Fixture {
  server: TestServer;
  cookie: string;
  /** Session of an exhibitor login (the exhibitor of `booth`). */
  exhibitorCookie: string;
  desk: PairedDevice;
  kiosk: PairedDevice;
  booth: PairedDevice;
  exhibitorId: string;
  surveyId: string;
  feedbackId: string;
  attendeeId: string;
  otherAttendeeId: string;
  get(url: string): Promise<unknown>;
}

export type Caller = 'public' | 'console' | 'desk' | 'kiosk' | 'booth' | 'loopback-secret' | 'exhibitor';

export interface RouteCase {
  caller: Caller;
  /** A valid JSON body. Routes without it read no body. */
  body?: (f: Fixture) => unknown;
  /** Valid values of the path parameters (defaults: a fresh UUID for every parameter). */
  params?: (f: Fixture) => Record<string, string>;
  /** Query strings the route must refuse with 400. */
  badQueries?: string[];
  /** A query parameter holding free text: hostile strings go there and must never cause a 5xx. */
  textQuery?: string;
  /** Where a text value of the body is kept: sent here, then read back from `read` exactly as sent (NFC, trimmed). */
  readBack?: { path: Array<string | number>; read: string };
  /** The route's own body limit, when it is above 10 MB (the oversized body is made larger than it). */
  bodyLimit?: number;
  /** Making the valid body writes to the database (a fresh pairing code). */
  bodyWrites?: true;
  /** `{}` is a valid body (every field has a default). */
  emptyBodyOk?: true;
  /** Not an API route (the card models, the app itself): answers text or files, not JSON errors. */
  plainErrors?: true;
  /** Only registered when the server holds the embedded database's CLI secret. */
  cliOnly?: true;
}

const paging = ['limit=0', 'limit=-1', 'limit=abc', 'limit=1e9', 'limit=501', 'after=' + 'x'.repeat(200)];
const filters = ['category=martian', 'scope=moon', 'country=%27%20OR%201%3D1', 'day=2026-13-45', 'visitor=maybe', 'q=' + 'x'.repeat(101)];

export const ROUTE_CASES: Record<string, RouteCase> = {
  'GET /api/v1/health': { caller: 'public' },

  'POST /api/v1/devices/pair': {
    caller: 'public',
    bodyWrites: true,
    // A live code each time: a wrong code counts against every open code, which is a write.
    body: async (f) => ({ code: (await createPairingCode(f.server.db, { eventId: f.server.event.id, role: 'kiosk' })).code, deviceName: 'Gate tablet' }),
  },
  'POST /api/v1/sync/push': {
    caller: 'desk',
    body: (f) => ({ deviceId: f.desk.deviceId, mutations: [checkinMutation(f.desk, { name: '张伟', company: 'Acme' })] }),
  },
  'GET /api/v1/sync/pull': { caller: 'desk', badQueries: ['since=abc', 'since=-1', 'since=99999999999999999999', 'stream=secrets', 'limit=0', 'limit=100000', 'since=1%27%20OR%201%3D1', 'form=csv'] },
  'PUT /api/v1/feedback/:id/photo': {
    caller: 'kiosk',
    body: () => ({ contentType: 'image/jpeg', data: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]).toString('base64') }),
  },

  'GET /api/v1/console/state': { caller: 'public' },
  'POST /api/v1/console/setup': { caller: 'public', body: () => ({ username: 'second', password: 'long enough password' }) },
  'POST /api/v1/console/login': { caller: 'public', body: () => ({ username: 'organizer', password: 'not the password' }) },
  'POST /api/v1/console/logout': { caller: 'public' },
  'GET /api/v1/console/event': { caller: 'console' },
  'PUT /api/v1/console/event': {
    caller: 'console',
    body: () => ({ name: '2026 国际电子展', startsOn: '2026-05-12', endsOn: '2026-05-14', venue: '深圳会展中心' }),
    readBack: { path: ['name'], read: '/api/v1/console/event' },
  },
  'GET /api/v1/console/devices': { caller: 'console' },
  'POST /api/v1/console/devices/:id/revoke': { caller: 'console' },
  'POST /api/v1/console/pairing-codes': { caller: 'console', body: () => ({ role: 'kiosk', exhibitorId: null, ttlMinutes: 30 }) },
  'GET /api/v1/console/exhibitors': { caller: 'console' },
  'POST /api/v1/console/exhibitors': { caller: 'console', body: () => ({ name: 'Contoso 电子' }), readBack: { path: ['name'], read: '/api/v1/console/exhibitors' } },
  'GET /api/v1/console/visitor-form': { caller: 'console' },
  'PUT /api/v1/console/visitor-form': { caller: 'console', body: (f) => f.get('/api/v1/console/visitor-form') },
  'POST /api/v1/console/attendees/:id/revoke-badge': { caller: 'console', params: (f) => ({ id: f.otherAttendeeId }) },
  'GET /api/v1/console/stats': { caller: 'console' },

  'GET /api/v1/console/surveys': { caller: 'console' },
  'POST /api/v1/console/surveys': { caller: 'console', body: () => fairSurvey(), readBack: { path: ['title', 'en'], read: '/api/v1/console/surveys' } },
  'GET /api/v1/console/surveys/:id': { caller: 'console', params: (f) => ({ id: f.surveyId }) },
  'PUT /api/v1/console/surveys/:id': { caller: 'console', params: (f) => ({ id: f.surveyId }), body: () => fairSurvey() },
  'POST /api/v1/console/surveys/:id/active': { caller: 'console', params: (f) => ({ id: f.surveyId }), body: () => ({ active: true }) },
  'GET /api/v1/console/surveys/:id/results': { caller: 'console', params: (f) => ({ id: f.surveyId }), badQueries: ['version=0', 'version=abc', 'tz=Mars/Olympus', 'tz=' + 'x'.repeat(100)] },
  'GET /api/v1/console/surveys/:id/export': { caller: 'console', params: (f) => ({ id: f.surveyId }), badQueries: ['format=exe', 'lang=tlh', 'version=-2', 'tz=%00'] },

  'GET /api/v1/console/feedback': { caller: 'console' },
  'GET /api/v1/console/feedback/settings': { caller: 'console' },
  'PUT /api/v1/console/feedback/settings': { caller: 'console', body: (f) => f.get('/api/v1/console/feedback/settings') },
  'GET /api/v1/console/feedback/export': { caller: 'console', badQueries: ['format=pdf', 'lang=xx'] },
  'GET /api/v1/console/feedback/:id': { caller: 'console', params: (f) => ({ id: f.feedbackId }) },
  'POST /api/v1/console/feedback/:id/steps': {
    caller: 'console',
    params: (f) => ({ id: f.feedbackId }),
    body: () => ({ to: 'assigned', assignee: '客服 A 组', note: '已联系' }),
  },
  'GET /api/v1/console/feedback/:id/photo': { caller: 'console', params: (f) => ({ id: f.feedbackId }) },

  'GET /api/v1/console/dashboard': { caller: 'console' },
  'GET /api/v1/console/stats/persons': { caller: 'console', badQueries: [...paging, ...filters], textQuery: 'q' },
  'GET /api/v1/console/stats/visits': { caller: 'console', badQueries: [...paging, ...filters], textQuery: 'q' },
  'GET /api/v1/console/stats/scans': { caller: 'console', badQueries: ['hour=yesterday', 'hour=2026-05-12T25', 'admitted=perhaps', 'hour=2026-05-12T10&limit=0'] },
  'GET /api/v1/console/report': { caller: 'console' },
  'GET /api/v1/console/report.xlsx': { caller: 'console', badQueries: ['lang=fr', 'lang=%3Cscript%3E'] },
  'GET /api/v1/console/report/settings': { caller: 'console' },
  'PUT /api/v1/console/report/details': {
    caller: 'console',
    emptyBodyOk: true,
    body: () => ({ organizers: ['深圳市会展协会'], partners: ['Media Partner Ltd.'], netAreaSqm: 50_000, booths: 1_200, exhibitorsDomestic: null, exhibitorsInternational: null, sideEvents: [] }),
    readBack: { path: ['organizers', 0], read: '/api/v1/console/report/settings' },
  },
  'PUT /api/v1/console/report/time-zone': { caller: 'console', body: () => ({ timeZone: 'Asia/Shanghai' }) },
  'PUT /api/v1/console/exhibitors/:id/profile': { caller: 'console', params: (f) => ({ id: f.exhibitorId }), body: () => ({ country: 'CN', productCategories: [] }) },

  'GET /api/v1/console/visitors': { caller: 'console', badQueries: [...paging, ...filters], textQuery: 'q' },
  'GET /api/v1/console/visitors/export': { caller: 'console', badQueries: ['format=exe', 'lang=xx', ...filters], textQuery: 'q' },
  'GET /api/v1/console/visitors/candidates': { caller: 'console' },
  'GET /api/v1/console/visitors/:id': { caller: 'console', params: (f) => ({ id: f.attendeeId }) },
  'POST /api/v1/console/visitors/:id/corrections': { caller: 'console', params: (f) => ({ id: f.attendeeId }), body: () => ({ field: 'country', value: 'CN' }) },
  'POST /api/v1/console/visitors/merge': { caller: 'console', body: (f) => ({ into: f.attendeeId, from: f.otherAttendeeId, signal: 'manual' }) },
  'POST /api/v1/console/visitors/distinct': { caller: 'console', body: (f) => ({ a: f.attendeeId, b: f.otherAttendeeId }) },
  'POST /api/v1/console/merges/:id/undo': { caller: 'console', params: () => ({ id: '999999' }) },
  'GET /api/v1/console/visitors/:id/data': { caller: 'console', params: (f) => ({ id: f.attendeeId }) },
  // A fresh id: a valid request answers 404 and never erases the fixtures.
  'POST /api/v1/console/visitors/:id/erase': { caller: 'console', params: () => ({ id: newId() }), body: () => ({ confirm: true }) },
  'GET /api/v1/console/classification': { caller: 'console' },
  'POST /api/v1/console/classification/reclassify': { caller: 'console' },
  'POST /api/v1/console/classification/step': { caller: 'console' },

  'GET /api/v1/console/taxonomies': { caller: 'console' },
  'PUT /api/v1/console/taxonomies': { caller: 'console', body: async (f) => ((await f.get('/api/v1/console/taxonomies')) as { taxonomies: unknown }).taxonomies },

  'PUT /api/v1/leads/:id/photo': {
    caller: 'booth',
    body: () => ({ contentType: 'image/jpeg', data: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]).toString('base64') }),
  },
  'GET /api/v1/leads/export': { caller: 'booth', badQueries: ['format=exe', 'lang=' + 'x'.repeat(20)] },
  'POST /api/v1/exhibitor/login': { caller: 'public', body: () => ({ username: 'booth-a1', password: 'not the password' }) },
  'POST /api/v1/exhibitor/logout': { caller: 'public' },
  'GET /api/v1/exhibitor/me': { caller: 'exhibitor' },
  'GET /api/v1/exhibitor/leads': { caller: 'exhibitor' },
  'GET /api/v1/exhibitor/leads/export': { caller: 'exhibitor', badQueries: ['format=exe', 'lang=' + 'x'.repeat(20)] },
  'GET /api/v1/exhibitor/leads/:id/photo': { caller: 'exhibitor' },
  'GET /api/v1/exhibitor/profile': { caller: 'exhibitor' },
  'PUT /api/v1/exhibitor/profile': { caller: 'exhibitor', body: () => ({ products: [{ id: 'robots', name: '工业机器人' }], questions: [] }) },
  // A card photo uploaded from the exhibitor's computer: bytes that are no image are refused.
  'POST /api/v1/exhibitor/cards': { caller: 'exhibitor', bodyLimit: 22 * 1024 * 1024, body: () => ({ fileName: 'card.jpg', data: Buffer.from('not an image at all').toString('base64') }) },
  'GET /api/v1/console/exhibitor-accounts': { caller: 'console' },
  // A fresh id (404): switching the suite's own exhibitor login off would shut its other cases out.
  'POST /api/v1/console/exhibitor-accounts/:id/disable': { caller: 'console' },
  'POST /api/v1/console/exhibitor-accounts/:id/enable': { caller: 'console' },
  'POST /api/v1/console/exhibitor-accounts/:id/password': { caller: 'console', body: () => ({ password: 'another long password' }), emptyBodyOk: true },
  'POST /api/v1/console/exhibitor-accounts/:id/end-sessions': { caller: 'console' },
  'POST /api/v1/console/exhibitors/:id/accounts': { caller: 'console', params: (f) => ({ id: f.exhibitorId }), body: () => ({ username: `team-${newId().slice(-6)}`, password: 'long enough password' }) },
  'PUT /api/v1/console/exhibitors/:id/booth': {
    caller: 'console',
    params: (f) => ({ id: f.exhibitorId }),
    body: () => ({ products: [{ id: 'robots', name: '工业机器人' }], questions: [] }),
    readBack: { path: ['products', 0, 'name'], read: '/api/v1/exhibitor/profile' },
  },
  'GET /api/v1/console/exhibitors/:id/booth': { caller: 'console', params: (f) => ({ id: f.exhibitorId }) },
  'GET /api/v1/console/lead-questions': { caller: 'console' },
  'PUT /api/v1/console/lead-questions': { caller: 'console', body: () => ({ questions: [] }) },

  'GET /card-models/manifest.json': { caller: 'public', plainErrors: true },
  'GET /card-models/:version/:file': { caller: 'public', plainErrors: true, params: () => ({ version: 'v0', file: 'nothing.onnx' }) },
  'POST /api/v1/internal/cli': { caller: 'loopback-secret', cliOnly: true, body: () => ({ argv: ['stats', '--json'], cwd: '/tmp' }) },
};

/** Values that are never a valid id in a path. */
export const BAD_PATH_VALUES = ['not-a-uuid', "1' OR '1'='1", '%F0%9F%98%80', 'x'.repeat(300), '..%2F..%2Fetc%2Fpasswd', '%00'];

/**
 * Text people or attackers type. `stored`: kept exactly as sent (NFC, trimmed); `cleaned`: kept in
 * this cleaned form (or refused, if `orRefused`); `refused`: answered 400 with the reason.
 */
export const HOSTILE_TEXT: Array<{ name: string; text: string; expect: 'stored' | 'refused' | { cleaned: string; orRefused: boolean } }> = [
  { name: 'emoji and a flag', text: '张伟 👩‍👩‍👧‍👦 🇨🇳 ✓', expect: 'stored' },
  { name: 'right-to-left with an override', text: 'مرحبا שלום \u202Egnp.exe', expect: 'stored' },
  { name: 'zero-width characters', text: 'Zero\u200Bwidth\u200Djoiner\u2060', expect: 'stored' },
  { name: 'decomposed accents', text: 'Åström Müller'.normalize('NFD'), expect: 'stored' },
  { name: 'SQL injection', text: "Robert'); DROP TABLE attendees;--", expect: 'stored' },
  { name: 'SQL injection 2', text: "' OR '1'='1' -- $1 \\x", expect: 'stored' },
  { name: 'script injection', text: '<img src=x onerror=alert(document.cookie)>', expect: 'stored' },
  { name: 'script tag', text: '"><script>alert(1)</script>', expect: 'stored' },
  { name: 'spreadsheet formula', text: '=HYPERLINK("http://evil.example","点我")', expect: 'stored' },
  { name: '10,000 characters', text: '名'.repeat(10_000), expect: 'refused' },
  // One-line text fields drop it; elsewhere the database refuses it and the answer is a 400.
  { name: 'a NUL byte', text: 'nul\u0000byte', expect: { cleaned: 'nulbyte', orRefused: true } },
  { name: 'a lone surrogate', text: 'broken \uD800 half', expect: 'refused' },
];

/** Fills the path parameters of a route. */
export function fillPath(url: string, values: Record<string, string>): string {
  return url.replace(/:(\w+)/g, (_, name: string) => values[name] ?? newId());
}
