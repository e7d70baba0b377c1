/** Reads of this desk's walk-ins, kept apart from registration so the check-in screen does not load phone metadata. */
import { db } from '../db/open';

export function walkInsSince(sinceIso: string): Promise<number> {
  return db().visitors.where('capturedAt').aboveOrEqual(sinceIso).count();
}
