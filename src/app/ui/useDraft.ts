/**
 * A form's draft kept while it is filled in (issue 18, decision 57): in sessionStorage under the
 * form's key, so a reload, a tab switched at the desk or an in-app page change brings back what was
 * typed. sessionStorage, not IndexedDB: it is read synchronously for the first render (no flash of
 * an empty form), and it ends with the tab, so a shared tablet does not keep a half-typed person
 * for the next day. A form clears its draft when it is submitted or deliberately reset.
 *
 * What comes back is normalised against the empty form: only its keys, each of the same kind
 * (a draft written by an older version of the app cannot put a number where a text belongs).
 */
import { useCallback, useEffect, useState } from 'react';

const PREFIX = 'showfloor.draft.';

function sameKind(a: unknown, b: unknown): boolean {
  if (Array.isArray(a)) return Array.isArray(b);
  if (a === null || b === null) return a === b || typeof b !== 'object' || b === null;
  return typeof a === typeof b;
}

export function readDraft<T extends object>(key: string, empty: T): T {
  try {
    const raw = sessionStorage.getItem(PREFIX + key);
    if (!raw) return empty;
    const parsed = JSON.parse(raw) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return empty;
    const base = empty as unknown as Record<string, unknown>;
    const out: Record<string, unknown> = { ...base };
    for (const [k, v] of Object.entries(parsed)) if (k in base && sameKind(base[k], v)) out[k] = v;
    return out as unknown as T;
  } catch {
    return empty;
  }
}

export function useDraft<T extends object>(key: string, empty: T): [T, (next: T | ((prev: T) => T)) => void, () => void] {
  const [value, setValue] = useState<T>(() => readDraft(key, empty));
  useEffect(() => {
    try {
      if (JSON.stringify(value) === JSON.stringify(empty)) sessionStorage.removeItem(PREFIX + key);
      else sessionStorage.setItem(PREFIX + key, JSON.stringify(value));
    } catch {
      // Storage full or refused (private mode): the form still works, only the draft is not kept.
    }
  }, [key, value, empty]);
  const clear = useCallback(() => {
    try {
      sessionStorage.removeItem(PREFIX + key);
    } catch {
      // As above.
    }
    setValue(empty);
  }, [key, empty]);
  return [value, setValue, clear];
}

/** Forgets every draft whose key starts with `prefix` (the kiosk's staff area when it is locked). */
export function clearDrafts(prefix: string): void {
  try {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(PREFIX + prefix)) sessionStorage.removeItem(key);
  } catch {
    // Storage refused: nothing was kept either.
  }
}
