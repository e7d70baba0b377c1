/** Seeded randomness for the card families: the same seed draws the same cards on every machine. */
export { chance, pick, prng, type Rand } from '../../cards/data';
import type { Rand } from '../../cards/data';

/** An integer in [lo, hi]. */
export function int(r: Rand, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}

export function digits(r: Rand, n: number): string {
  return Array.from({ length: n }, () => String(Math.floor(r() * 10))).join('');
}

/** A stable seed for card `index` of family `id`: families do not shift each other's cards. */
export function seedOf(id: string, index: number): number {
  let h = 2166136261;
  for (const ch of `${id}#${index}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}
