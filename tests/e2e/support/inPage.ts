/**
 * Puts deviceHooks.ts into a page of the app: bundled once per run with esbuild (already here as
 * tsx's compiler) and evaluated in the page, where it opens the same device database as the app.
 */
import path from 'node:path';
import { build } from 'esbuild';
import type { Page } from '@playwright/test';
import type { DeviceHooks } from './deviceHooks';

const ENTRY = path.join(path.dirname(new URL(import.meta.url).pathname), 'deviceHooks.ts');
let source: Promise<string> | null = null;

function bundle(): Promise<string> {
  source ??= build({ entryPoints: [ENTRY], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2022', logLevel: 'error' }).then(
    (r) => r.outputFiles[0]!.text,
  );
  return source;
}

type Hook = keyof DeviceHooks;
type Args<K extends Hook> = Parameters<DeviceHooks[K]>;
type Result<K extends Hook> = Awaited<ReturnType<DeviceHooks[K]>>;

/** Calls one of the hooks in the page, installing them first if this document has not got them yet. */
export async function inPage<K extends Hook>(page: Page, name: K, ...args: Args<K>): Promise<Result<K>> {
  const installed = await page.evaluate(() => '__showfloorHooks' in globalThis);
  if (!installed) await page.evaluate(await bundle());
  return page.evaluate(
    ([n, a]) => {
      const hooks = (globalThis as unknown as { __showfloorHooks: Record<string, (...x: unknown[]) => unknown> }).__showfloorHooks;
      return hooks[n as string]!(...(a as unknown[]));
    },
    [name, args] as const,
  ) as Promise<Result<K>>;
}
