/**
 * The layout families of the evaluation set, split once, before the reader was run on any of
 * them: tuning families (tuning/) may be looked at while the reader is tuned; held-out families
 * (heldout/) may not, and are reported apart.
 */
import { HELDOUT_FAMILIES } from './heldout';
import type { Family } from './kit/family';
import { TUNING_FAMILIES } from './tuning';

export type Side = 'tuning' | 'heldout';

export function familiesOf(side: Side): readonly Family[] {
  return side === 'tuning' ? TUNING_FAMILIES : HELDOUT_FAMILIES;
}
