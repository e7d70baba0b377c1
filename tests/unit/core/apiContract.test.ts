/**
 * The declarations in src/core/api hold together: one declaration per method and path, path
 * parameters declared as they appear, every state-changing endpoint taking a JSON body, and every
 * body with an example that its own schema accepts (the OpenAPI document shows them; the
 * bad-input suite starts from them).
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { isFileResponse } from '../../../src/core/api/define';
import { REQUEST_EXAMPLES } from '../../../src/core/api/examples';
import { allEndpoints } from '../../../src/core/api/index';

const endpoints = allEndpoints();

describe('the API contract', () => {
  it('declares each method and path once, under /api/v1, with unique names', () => {
    const keys = endpoints.map(({ spec }) => `${spec.method} ${spec.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(endpoints.map((e) => e.name)).size).toBe(endpoints.length);
    for (const { name, spec } of endpoints) expect(spec.path, name).toMatch(/^\/api\/v1\/[a-z0-9/:._-]+$/);
    expect(endpoints.length).toBeGreaterThan(60);
  });

  it('declares the path parameters a path has, and no others', () => {
    for (const { name, spec } of endpoints) {
      const inPath = [...spec.path.matchAll(/:(\w+)/g)].map((m) => m[1]).sort();
      const declared = spec.params ? Object.keys((spec.params as z.ZodObject).shape).sort() : [];
      expect(declared, name).toEqual(inPath);
    }
  });

  it('has every state-changing endpoint take a JSON body, and no GET take one', () => {
    for (const { name, spec } of endpoints) {
      if (spec.method === 'GET') expect(spec.body, name).toBeUndefined();
      else expect(spec.body, `${name}: send {} at least`).toBeDefined();
    }
  });

  it('gives every body an example its own schema accepts', () => {
    const withBody = endpoints.filter(({ spec }) => spec.body);
    for (const { name, spec } of withBody) {
      const example = REQUEST_EXAMPLES[name];
      expect(example, `${name} has no example`).toBeDefined();
      const parsed = spec.body?.safeParse(example?.body);
      expect(parsed?.success, `${name}: ${JSON.stringify(parsed?.error?.issues.slice(0, 3))}`).toBe(true);
    }
    expect(Object.keys(REQUEST_EXAMPLES).filter((n) => !withBody.some((e) => e.name === n)), 'examples of endpoints without a body').toEqual([]);
  });

  it('names who may call each endpoint, and answers files only with a content type', () => {
    for (const { name, spec } of endpoints) {
      expect(spec.summary.length, name).toBeGreaterThan(10);
      if (isFileResponse(spec.response)) expect(spec.response.file.length, name).toBeGreaterThan(0);
      if (typeof spec.access === 'object') expect(spec.access.device.length, name).toBeGreaterThan(0);
    }
  });
});
