/** The held-out families. Do not read while tuning the reader (README.md). */
import type { Family } from '../kit/family';
import { bilingualSplit } from './bilingualSplit';
import { jpStyleEn } from './jpStyleEn';
import { monogramMinimal } from './monogramMinimal';
import { portraitQr } from './portraitQr';
import { sealAboveName } from './sealAboveName';
import { traditionalHkTw } from './traditionalHkTw';

export const HELDOUT_FAMILIES: readonly Family[] = [sealAboveName, monogramMinimal, bilingualSplit, traditionalHkTw, jpStyleEn, portraitQr];
