/**
 * The API served is the API declared, and the API described: every route under /api/v1 that the
 * server registers comes from a declaration in src/core/api (the mount marks it), every
 * declaration is served, and GET /api/v1/openapi.json describes exactly those routes, with their
 * schemas, who may call them and the errors they answer. The readable reference is served from our
 * own files, without inline script.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ERRORS } from '../../src/core/api/errors';
import { isDeviceAccess, isFileResponse, type EndpointSpec } from '../../src/core/api/define';
import { allEndpoints } from '../../src/core/api/index';
import { buildApp } from '../../src/server/app';
import { DATABASES, startTestServer, type TestServer } from './harness';

interface Operation {
  operationId?: string;
  security?: Array<Record<string, unknown>>;
  parameters?: Array<{ in: string; name: string }>;
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { content?: Record<string, { schema?: { properties?: { error?: { enum?: string[] } } } }> }>;
  'x-access'?: unknown;
}
interface OpenApi {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, unknown> };
}

/** `/api/v1/x/:id` as OpenAPI writes it: `/api/v1/x/{id}`. */
const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');
const SCHEME = { organizer: 'consoleSession', exhibitor: 'exhibitorSession', cli: 'cliSecret' } as Record<string, string>;

describe.each(DATABASES)('the contract on %s', (kind) => {
  let server: TestServer;
  const served: Array<{ method: string; url: string; endpoint: EndpointSpec | undefined }> = [];
  const servedWithCli: Array<{ method: string; url: string; endpoint: EndpointSpec | undefined }> = [];
  let doc: OpenApi;

  beforeAll(async () => {
    server = await startTestServer(kind, { onRoute: (r) => [r.method].flat().forEach((method) => method !== 'HEAD' && served.push({ method, url: r.url, endpoint: r.endpoint })) });
    // The CLI's route is served only with the data directory's secret.
    const withCli = await buildApp({
      db: server.db,
      config: server.config,
      cliSecret: 'a-secret-of-the-data-directory-lock',
      onRoute: (r) => [r.method].flat().forEach((method) => method !== 'HEAD' && servedWithCli.push({ method, url: r.url, endpoint: r.endpoint })),
    });
    await withCli.close();
    const res = await server.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    doc = res.json() as OpenApi;
  });
  afterAll(async () => server?.close());

  it('serves every route under /api/v1 from a declaration, and every declaration', () => {
    const api = served.filter((r) => r.url.startsWith('/api/v1/'));
    expect(api.filter((r) => !r.endpoint).map((r) => `${r.method} ${r.url}`), 'routes served without a declaration').toEqual([]);
    for (const r of api) expect(`${r.endpoint?.method} ${r.endpoint?.path}`).toBe(`${r.method} ${r.url}`);
    const servedKeys = new Set(servedWithCli.filter((r) => r.url.startsWith('/api/v1/')).map((r) => `${r.method} ${r.url}`));
    const declared = allEndpoints().map(({ spec }) => `${spec.method} ${spec.path}`);
    expect(declared.filter((k) => !servedKeys.has(k)), 'declarations not served').toEqual([]);
    expect([...servedKeys].filter((k) => !declared.includes(k)), 'served, not declared').toEqual([]);
    // Nothing else of ours answers under /api: the reference is beside it, the app and models are files.
    expect(served.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/v1/') && !r.url.startsWith('/api/reference')).map((r) => r.url)).toEqual([]);
  });

  it('describes in OpenAPI 3.1 exactly the routes it serves', () => {
    expect(doc.openapi).toBe('3.1.0');
    const described = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
    const servedKeys = served.filter((r) => r.url.startsWith('/api/v1/')).map((r) => `${r.method} ${openApiPath(r.url)}`);
    expect(described.filter((k) => !servedKeys.includes(k)), 'described, not served').toEqual([]);
    expect(servedKeys.filter((k) => !described.includes(k)), 'served, not described').toEqual([]);
  });

  it('says for every operation who may call it, what it takes, what it answers and which errors', () => {
    for (const { name, spec } of allEndpoints()) {
      if (spec.access === 'cli') continue; // served only beside the embedded database's lock
      const op = doc.paths[openApiPath(spec.path)]?.[spec.method.toLowerCase()];
      expect(op, name).toBeDefined();
      if (!op) continue;
      expect(op.operationId).toBe(name);
      if (spec.access === 'public') expect(op.security, name).toEqual([]);
      else expect(Object.keys(op.security?.[0] ?? {}), name).toEqual([isDeviceAccess(spec.access) ? 'deviceToken' : SCHEME[spec.access]]);
      if (isDeviceAccess(spec.access)) expect(op['x-access'], name).toEqual({ device: spec.access.device });
      for (const p of [...spec.path.matchAll(/:(\w+)/g)].map((m) => m[1])) expect(op.parameters?.some((x) => x.in === 'path' && x.name === p), `${name} :${p}`).toBe(true);
      if (spec.body) expect(op.requestBody?.content['application/json']?.schema, name).toBeDefined();
      const ok = op.responses['200']?.content ?? {};
      if (isFileResponse(spec.response)) expect(Object.keys(ok).sort(), name).toEqual([...new Set(spec.response.file)].sort());
      else expect(ok['application/json']?.schema, name).toBeDefined();
      // Each declared error code is listed under its status.
      for (const code of spec.errors) {
        const listed = op.responses[String(API_ERRORS[code].status)]?.content?.['application/json']?.schema?.properties?.error?.enum ?? [];
        expect(listed, `${name} ${code}`).toContain(code);
      }
    }
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['cliSecret', 'consoleSession', 'deviceToken', 'exhibitorSession']);
  });

  it('serves a readable reference from its own files, with no inline script', async () => {
    const page = await server.app.inject({ method: 'GET', url: '/api/reference/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    const scripts = [...page.body.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, content] of scripts) {
      expect(attributes).toMatch(/src="\.\/static\//);
      expect(content?.trim()).toBe('');
    }
    for (const src of scripts.map(([, attributes]) => /src="\.\/([^"]+)"/.exec(attributes ?? '')?.[1])) {
      const file = await server.app.inject({ method: 'GET', url: `/api/reference/${src}` });
      expect(file.statusCode, src).toBe(200);
    }
    expect((await server.app.inject({ method: 'GET', url: '/api/reference/json' })).json()).toMatchObject({ openapi: '3.1.0' });
  });
});
