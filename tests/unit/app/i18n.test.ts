import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from '../../../src/app/i18n/resources';
import { LANGUAGES } from '../../../src/app/i18n';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const APP_DIR = join(import.meta.dirname, '../../../src/app');

/** Leaf keys of a translation file as dotted paths, with their values. */
function flatten(tree: Record<string, unknown>, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object' && !Array.isArray(v)) for (const [p, leaf] of flatten(v as Record<string, unknown>, path)) out.set(p, leaf);
    else out.set(path, v);
  }
  return out;
}

/** Keys with plural forms collapsed to their base ("sync.unsynced_one" and "_other" → "sync.unsynced"). */
function baseKeys(keys: Iterable<string>): Set<string> {
  return new Set([...keys].map((k) => k.replace(PLURAL_SUFFIX, '')));
}

function leaves(lang: string, ns: string): Map<string, unknown> {
  return flatten(resources[lang]?.[ns] ?? {});
}

const namespaces = Object.keys(resources.en ?? {});

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]!))].sort();
}

describe('translations', () => {
  it('ship the three languages with the same namespaces', () => {
    expect(Object.keys(resources).sort()).toEqual([...LANGUAGES].sort());
    expect(namespaces).toEqual(expect.arrayContaining(['common', 'console']));
    for (const lang of LANGUAGES) expect(Object.keys(resources[lang] ?? {}).sort(), lang).toEqual([...namespaces].sort());
  });

  for (const lang of ['zh-CN', 'zh-TW']) {
    it(`${lang} has every English key and no key English lacks (plural forms aside)`, () => {
      for (const ns of namespaces) {
        const en = baseKeys(leaves('en', ns).keys());
        const other = baseKeys(leaves(lang, ns).keys());
        expect([...en].filter((k) => !other.has(k)), `${lang}/${ns}: missing`).toEqual([]);
        expect([...other].filter((k) => !en.has(k)), `${lang}/${ns}: not in en`).toEqual([]);
      }
    });
  }

  it('gives every plural key the "other" form in every language (the only form Chinese uses)', () => {
    for (const ns of namespaces) {
      const plurals = new Set([...leaves('en', ns).keys()].filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')));
      for (const lang of LANGUAGES) {
        const keys = leaves(lang, ns);
        for (const base of plurals) expect(keys.has(`${base}_other`), `${lang}/${ns}: ${base}_other`).toBe(true);
        // A plural key must not also exist without a suffix, or i18next would use one and ignore the other.
        for (const base of plurals) expect(keys.has(base), `${lang}/${ns}: ${base}`).toBe(false);
      }
      expect(leaves('en', ns).size).toBeGreaterThan(0);
    }
  });

  it('has no empty or non-text translations', () => {
    for (const lang of LANGUAGES) {
      for (const ns of namespaces) {
        for (const [key, value] of leaves(lang, ns)) {
          expect(typeof value, `${lang}/${ns}: ${key}`).toBe('string');
          expect(String(value).trim(), `${lang}/${ns}: ${key}`).not.toBe('');
        }
      }
    }
  });

  it('uses the same {{placeholders}} in every language', () => {
    for (const ns of namespaces) {
      const en = leaves('en', ns);
      for (const lang of ['zh-CN', 'zh-TW']) {
        const other = leaves(lang, ns);
        for (const [key, value] of other) {
          // Chinese has only the _other form: compare it with English _other.
          const reference = en.get(key);
          if (typeof reference !== 'string') continue;
          expect(placeholders(String(value)), `${lang}/${ns}: ${key}`).toEqual(placeholders(reference));
        }
      }
    }
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

interface KeyUse {
  file: string;
  ns: string;
  key: string;
}

/** Every t('literal') call, with the namespace of the nearest useTranslation() above it (or an "ns:" prefix). */
function keyUses(): KeyUse[] {
  const uses: KeyUse[] = [];
  for (const path of sourceFiles(APP_DIR)) {
    const source = readFileSync(path, 'utf8');
    const scopes = [...source.matchAll(/useTranslation\(\s*(?:'([\w-]+)')?\s*\)/g)].map((m) => ({ at: m.index, ns: m[1] ?? 'common' }));
    for (const m of source.matchAll(/\bt\(\s*'([^']+)'/g)) {
      const scope = scopes.filter((s) => s.at < m.index).at(-1);
      const literal = m[1]!;
      const [ns, key] = literal.includes(':') ? (literal.split(':', 2) as [string, string]) : [scope?.ns ?? 'common', literal];
      uses.push({ file: relative(APP_DIR, path), ns, key });
    }
  }
  return uses;
}

describe('keys used in the app', () => {
  const uses = keyUses();

  it('are found by the scan (the scan itself works)', () => {
    expect(uses.length).toBeGreaterThan(50);
    expect(uses).toContainEqual({ file: join('desk', 'DeskPage.tsx'), ns: 'common', key: 'desk.checkIn' });
    expect(uses.some((u) => u.ns === 'console')).toBe(true);
  });

  it('all exist in the English resources of their namespace', () => {
    const missing = uses.filter(({ ns, key }) => {
      const keys = leaves('en', ns);
      return !keys.has(key) && !keys.has(`${key}_other`);
    });
    expect(missing).toEqual([]);
  });
});
