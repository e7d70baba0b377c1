export const root: string;
export function buildIfNeeded(opts?: { outDir?: string; env?: Record<string, string>; force?: boolean }): boolean;
export function installBuild(builtDir: string, outDir: string): void;
