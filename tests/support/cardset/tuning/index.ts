/** The tuning families: look at these, and at the reader's misses on them, as much as you like. */
import type { Family } from '../kit/family';
import { bilingualStacked } from './bilingualStacked';
import { darkWordmarkEn } from './darkWordmarkEn';
import { gluedLetters } from './gluedLetters';
import { iconColumn } from './iconColumn';
import { logoBesideName } from './logoBesideName';
import { multiNumberZh } from './multiNumberZh';
import { qrVcardEn } from './qrVcardEn';
import { verticalZh } from './verticalZh';

export const TUNING_FAMILIES: readonly Family[] = [logoBesideName, gluedLetters, verticalZh, bilingualStacked, iconColumn, qrVcardEn, multiNumberZh, darkWordmarkEn];
