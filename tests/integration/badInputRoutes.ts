/**
 * What the bad-input suite needs beyond the contract. The routes themselves come from the
 * declarations in src/core/api (so a new endpoint is attacked the day it exists): who may call it,
 * its valid body (the declaration's example, core/api/examples.ts), its path parameters, its
 * query's wrong values (derived from the query schema) and its body limit. Fixtures remain only
 * where a valid request must name rows that exist, or where a written value is read back.
 */
import { z } from 'zod';
import { isDeviceAccess, type EndpointSpec } from '../../src/core/api/define';
import { REQUEST_EXAMPLES } from '../../src/core/api/examples';
import { allEndpoints } from '../../src/core/api/index';
import { newId } from '../../src/core/ids';
import { createPairingCode } from '../../src/server/devices/pairing';
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

/** What the suite knows of a route beyond its declaration (keyed by operation name). */
export interface RouteFixture {
  /** A valid body naming rows that exist (the example names placeholders). */
  body?: (f: Fixture) => unknown;
  /** Valid values of the path parameters (defaults: a fresh UUID for every parameter). */
  params?: (f: Fixture) => Record<string, string>;
  /** Where a text value of the body is kept: sent here, then read back from `read` exactly as sent (NFC, trimmed). */
  readBack?: { path: Array<string | number>; read: string };
  /** Making the valid body writes to the database (a fresh pairing code). */
  bodyWrites?: true;
  /** Wrong query values the schema cannot show (a refinement: a real hour, a real time zone). */
  badQueries?: string[];
}

export const FIXTURES: Record<string, RouteFixture> = {
  // A live code each time: a wrong code counts against every open code, which is a write.
  'device.pair': { bodyWrites: true, body: async (f) => ({ code: (await createPairingCode(f.server.db, { eventId: f.server.event.id, role: 'kiosk' })).code, deviceName: 'Gate tablet' }) },
  'device.push': { body: (f) => ({ deviceId: f.desk.deviceId, mutations: [checkinMutation(f.desk, { name: '张伟', company: 'Acme' })] }) },
  // 19 digits, yet beyond a bigint: the database would fail with a 500 the device retries forever.
  'device.pull': { badQueries: ['since=9999999999999999999'] },
  'console.session.setup': { body: () => ({ username: 'second', password: 'long enough password' }) },
  'console.session.login': { body: () => ({ username: 'organizer', password: 'not the password' }) },
  'console.event.save': { readBack: { path: ['name'], read: '/api/v1/console/event' } },
  'console.event.addExhibitor': { readBack: { path: ['name'], read: '/api/v1/console/exhibitors' } },
  'console.event.saveVisitorForm': { body: (f) => f.get('/api/v1/console/visitor-form') },
  'console.event.revokeBadge': { params: (f) => ({ id: f.otherAttendeeId }) },
  'console.stats.scans': { badQueries: ['hour=2026-05-12T25', 'hour=2026-02-30T10'] },
  'console.stats.saveReportDetails': { readBack: { path: ['organizers', 0], read: '/api/v1/console/report/settings' } },
  'console.stats.saveExhibitorProfile': { params: (f) => ({ id: f.exhibitorId }) },
  'console.visitors.get': { params: (f) => ({ id: f.attendeeId }) },
  'console.visitors.correct': { params: (f) => ({ id: f.attendeeId }) },
  'console.visitors.merge': { body: (f) => ({ into: f.attendeeId, from: f.otherAttendeeId, signal: 'manual' }) },
  'console.visitors.distinct': { body: (f) => ({ a: f.attendeeId, b: f.otherAttendeeId }) },
  'console.visitors.undoMerge': { params: () => ({ id: '999999' }) },
  'console.visitors.data': { params: (f) => ({ id: f.attendeeId }) },
  'console.taxonomies.save': { body: async (f) => ((await f.get('/api/v1/console/taxonomies')) as { taxonomies: unknown }).taxonomies },
  'console.surveys.create': { body: () => fairSurvey(), readBack: { path: ['title', 'en'], read: '/api/v1/console/surveys' } },
  'console.surveys.get': { params: (f) => ({ id: f.surveyId }) },
  'console.surveys.save': { params: (f) => ({ id: f.surveyId }), body: () => fairSurvey() },
  'console.surveys.setActive': { params: (f) => ({ id: f.surveyId }) },
  'console.surveys.results': { params: (f) => ({ id: f.surveyId }), badQueries: ['tz=Mars/Olympus', 'version=0'] },
  'console.surveys.export': { params: (f) => ({ id: f.surveyId }), badQueries: ['tz=%00', 'version=-2'] },
  'console.feedback.saveSettings': { body: (f) => f.get('/api/v1/console/feedback/settings') },
  'console.feedback.get': { params: (f) => ({ id: f.feedbackId }) },
  'console.feedback.step': { params: (f) => ({ id: f.feedbackId }) },
  'console.feedback.photo': { params: (f) => ({ id: f.feedbackId }) },
  'console.leads.createAccount': { params: (f) => ({ id: f.exhibitorId }), body: () => ({ username: `team-${newId().slice(-6)}`, password: 'long enough password' }) },
  // The organizer's hold on logins is called with a fresh id (404): switching the suite's own
  // exhibitor login off would shut its other cases out.
  'console.leads.booth': { params: (f) => ({ id: f.exhibitorId }) },
  'console.leads.saveBooth': { params: (f) => ({ id: f.exhibitorId }), readBack: { path: ['products', 0, 'name'], read: '/api/v1/exhibitor/profile' } },
  'exhibitor.login': { body: () => ({ username: 'booth-a1', password: 'not the password' }) },
  // A card photo uploaded from the exhibitor's computer: bytes that are no image are refused.
  'exhibitor.importCard': { body: () => ({ fileName: 'card.jpg', data: Buffer.from('not an image at all').toString('base64') }) },
  'cli.run': { body: () => ({ argv: ['stats', '--json'], cwd: '/tmp' }) },
};

/** One route as the suite attacks it. */
export interface RouteCase {
  name: string;
  spec: EndpointSpec;
  key: string;
  caller: Caller;
  /** A valid JSON body; routes without one read no body. */
  body?: (f: Fixture) => unknown;
  params?: (f: Fixture) => Record<string, string>;
  /** Query strings the route must refuse with 400. */
  badQueries: string[];
  /** A query parameter holding free text: hostile strings go there and must never cause a 5xx. */
  textQuery?: string;
  readBack?: { path: Array<string | number>; read: string };
  bodyLimit?: number;
  bodyWrites?: true;
  /** `{}` is a valid body (every field has a default). */
  emptyBodyOk?: true;
  /** Only served when the server holds the embedded database's CLI secret. */
  cliOnly?: true;
}

function callerOf(spec: EndpointSpec): Caller {
  if (isDeviceAccess(spec.access)) return spec.access.device[0] ?? 'desk';
  return ({ public: 'public', organizer: 'console', exhibitor: 'exhibitor', cli: 'loopback-secret' } as const)[spec.access];
}

interface PropertySchema {
  type?: string;
  enum?: unknown[];
  pattern?: string;
  format?: string;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  anyOf?: PropertySchema[];
}

/** Wrong values for each query parameter, read from the query schema as JSON Schema. */
export function badQueriesOf(query: z.ZodType): { bad: string[]; text: string | undefined } {
  const json = z.toJSONSchema(query, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, PropertySchema> };
  const bad: string[] = [];
  let text: string | undefined;
  for (const [key, p] of Object.entries(json.properties ?? {})) {
    const numeric = [p, ...(p.anyOf ?? [])].find((x) => x.type === 'integer' || x.type === 'number');
    if (p.enum) bad.push(`${key}=not-one-of-these`, `${key}=%3Cscript%3E`);
    if (numeric) {
      bad.push(`${key}=abc`, `${key}=1e999`);
      if (numeric.type === 'integer') bad.push(`${key}=1.5`);
      if (numeric.minimum !== undefined) bad.push(`${key}=${numeric.minimum - 1}`);
      if (numeric.maximum !== undefined) bad.push(`${key}=${numeric.maximum + 1}`);
    }
    if (p.type === 'string' && !p.enum) {
      if (p.maxLength !== undefined) bad.push(`${key}=${'x'.repeat(p.maxLength + 1)}`);
      const injection = "1' OR '1'='1";
      if (p.pattern && !new RegExp(p.pattern).test(injection)) bad.push(`${key}=${encodeURIComponent(injection)}`);
      if (p.format === 'date') bad.push(`${key}=2026-13-45`);
      // Free text (a search): hostile strings go there too.
      if (!p.pattern && !p.format && (p.maxLength ?? 0) >= 100) text ??= key;
    }
  }
  return { bad, text };
}

/** Every declared route with what the suite needs to call it properly and badly. */
export function routeCases(): RouteCase[] {
  return allEndpoints().map(({ name, spec }) => {
    const fixture = FIXTURES[name] ?? {};
    const example = REQUEST_EXAMPLES[name];
    const queries = spec.query ? badQueriesOf(spec.query) : { bad: [], text: undefined };
    const body = fixture.body ?? (spec.body && example ? () => structuredClone(example.body) : undefined);
    return {
      name,
      spec,
      key: `${spec.method} ${spec.path}`,
      caller: callerOf(spec),
      ...(body ? { body } : {}),
      ...(fixture.params ? { params: fixture.params } : {}),
      badQueries: [...queries.bad, ...(fixture.badQueries ?? [])],
      ...(queries.text ? { textQuery: queries.text } : {}),
      ...(fixture.readBack ? { readBack: fixture.readBack } : {}),
      ...(spec.bodyLimit ? { bodyLimit: spec.bodyLimit } : {}),
      ...(fixture.bodyWrites ? { bodyWrites: true as const } : {}),
      ...(spec.body?.safeParse({}).success ? { emptyBodyOk: true as const } : {}),
      ...(spec.access === 'cli' ? { cliOnly: true as const } : {}),
    };
  });
}

/** Routes that are not the API (files the server also serves): refused with a 4xx in plain text. */
export const FILE_ROUTES: Record<string, { params?: () => Record<string, string> }> = {
  'GET /card-models/manifest.json': {},
  'GET /card-models/:version/:file': { params: () => ({ version: 'v0', file: 'nothing.onnx' }) },
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
