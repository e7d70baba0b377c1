/**
 * Errors in words: every error code the server can answer and every field problem is registered
 * (src/core/api), translated in each language the app ships (errors.json), and nothing the server
 * or a schema sends is outside the registry, so no user ever reads an internal id or English
 * meant for programs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { API_ERRORS } from '../../../src/core/api/errors';
import { englishIssues, FIELD_PROBLEMS, problemOf } from '../../../src/core/api/problems';
import { eventInputSchema } from '../../../src/core/schema/console';
import { LANGUAGES } from '../../../src/app/i18n';
import { resources } from '../../../src/app/i18n/resources';

const ROOT = join(import.meta.dirname, '../../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const errorsOf = (lang: string) => (resources[lang]?.errors ?? {}) as { code?: Record<string, string>; field?: Record<string, string> };

describe('error codes and field problems in words', () => {
  it('translates every registered error code and field problem in every language, and nothing else', () => {
    for (const lang of LANGUAGES) {
      const { code = {}, field = {} } = errorsOf(lang);
      for (const c of Object.keys(API_ERRORS)) expect(code[c]?.trim(), `${lang}: errors.code.${c}`).toBeTruthy();
      for (const p of Object.keys(FIELD_PROBLEMS)) expect(field[p]?.trim(), `${lang}: errors.field.${p}`).toBeTruthy();
      expect(Object.keys(code).filter((c) => !(c in API_ERRORS)), `${lang}: translations of codes that do not exist`).toEqual([]);
      expect(Object.keys(field).filter((p) => !(p in FIELD_PROBLEMS)), `${lang}: translations of problems that do not exist`).toEqual([]);
    }
  });

  it('fills every placeholder of a translation from the problem’s values, and says every limit in each language', () => {
    const names = (text: string) => [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort();
    for (const [key, english] of Object.entries(FIELD_PROBLEMS)) {
      // A translation may leave a value out (a status id is not for people), never invent one.
      for (const lang of LANGUAGES) expect(names(errorsOf(lang).field?.[key] ?? '').filter((n) => !names(english).includes(n)), `${lang}: field.${key}`).toEqual([]);
    }
    for (const key of ['too_long', 'too_short', 'too_large', 'too_small', 'too_many_entries', 'too_few_entries', 'tree_too_deep', 'duplicate_id', 'unknown_place']) {
      for (const lang of LANGUAGES) expect(names(errorsOf(lang).field?.[key] ?? ''), `${lang}: field.${key}`).toEqual(names(FIELD_PROBLEMS[key as keyof typeof FIELD_PROBLEMS]));
    }
  });

  it('finds no server file answering a code that is not registered', () => {
    const sent: Array<[string, string]> = [];
    for (const file of files(join(ROOT, 'src/server'))) {
      const text = readFileSync(file, 'utf8');
      const where = relative(ROOT, file);
      for (const m of text.matchAll(/(?:new ApiError|sendError)\(\s*(?:reply,\s*)?'([^']+)'/g)) sent.push([where, m[1]!]);
      // Maps from a service's reasons to codes (`const X_CODES = {reason: 'code'}`).
      for (const block of text.matchAll(/const \w+_CODES = \{([^}]*)\}/g)) for (const m of block[1]!.matchAll(/:\s*'([^']+)'/g)) sent.push([where, m[1]!]);
    }
    expect(sent.length).toBeGreaterThan(20);
    expect(sent.filter(([, code]) => !(code in API_ERRORS)).map(([where, code]) => `${where}: ${code}`)).toEqual([]);
  });

  it('finds no schema message that is an English sentence instead of a registered problem key', () => {
    const found: string[] = [];
    for (const file of [...files(join(ROOT, 'src/core')), ...files(join(ROOT, 'src/server'))]) {
      const text = readFileSync(file, 'utf8');
      const where = relative(ROOT, file);
      // The environment's schema speaks to the operator starting the server, in the terminal.
      if (!/from 'zod'/.test(text) || where === join('src', 'server', 'config.ts')) continue;
      const messages = [
        ...text.matchAll(/message:\s*'([^']*)'/g),
        // .refine(fn, 'x'), .regex(re, 'x'), .min(n, 'x'), .max(n, 'x'), .literal(v, 'x') on one line.
        ...text.matchAll(/\.(?:refine|regex|min|max|length|literal)\((?:[^'\n]|'[^'\n]*'(?=[^,)]))*?,\s*'([^'\n]*)'\s*\)/g),
      ];
      for (const m of messages) if (!(m[1]! in FIELD_PROBLEMS)) found.push(`${where}: "${m[1]}"`);
    }
    expect(found).toEqual([]);
  });

  it('words a refinement as its key with the field, never as a sentence in the schema', () => {
    const parsed = eventInputSchema.safeParse({ name: 'Expo', startsOn: '2026-05-14', endsOn: '2026-05-12', venue: '' });
    expect(parsed.success).toBe(false);
    const problems = parsed.error?.issues.map(problemOf);
    expect(problems).toEqual([{ path: 'endsOn', problem: 'ends_before_start' }]);
    expect(englishIssues(parsed.error?.issues ?? [])).toBe('endsOn: the event cannot end before it starts');
  });

  it('maps zod’s own checks to keys with their limits', () => {
    const schema = z.object({ name: z.string().min(1).max(5), tags: z.array(z.string()).max(2), n: z.number().max(3) });
    const issues = schema.safeParse({ name: 'too long a name', tags: ['a', 'b', 'c'], n: 9 }).error?.issues ?? [];
    expect(issues.map(problemOf)).toEqual([
      { path: 'name', problem: 'too_long', values: { max: 5 } },
      { path: 'tags', problem: 'too_many_entries', values: { max: 2 } },
      { path: 'n', problem: 'too_large', values: { max: 3 } },
    ]);
    expect((z.object({ name: z.string().min(1) }).safeParse({}).error?.issues ?? []).map(problemOf)).toEqual([{ path: 'name', problem: 'required' }]);
    expect((z.object({ name: z.string().min(1) }).safeParse({ name: '' }).error?.issues ?? []).map(problemOf)).toEqual([{ path: 'name', problem: 'required' }]);
  });
});
