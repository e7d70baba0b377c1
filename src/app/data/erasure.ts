/**
 * A visitor erased on request at the organizer's server (`visitor_erasure`, pulled with the
 * config): this device forgets them too. Roster rows and this desk's synced walk-ins go; the
 * device's own check-ins, cases, answers and leads keep what counts (when, where, the verdict,
 * the rating) and lose who it was. Records not yet synced are left alone: the server strips them as they
 * arrive. Runs inside the pull's transaction, so the erasure and the checkpoint land together.
 */
import { emptyCardFields } from '../../core/cards/fields';
import type { ShowfloorDb } from '../db/schema';

export interface LocalErasure {
  /** Roster and walk-in rows removed (for the search index). */
  roster: string[];
  visitors: string[];
}

/** The tables `eraseLocally` writes: the pull's transaction must include them. */
export function erasureTables(d: ShowfloorDb) {
  return [d.roster, d.visitors, d.checkins, d.feedback, d.responses, d.leads, d.leadPhotos];
}

export async function eraseLocally(d: ShowfloorDb, attendeeIds: readonly string[]): Promise<LocalErasure> {
  const ids = [...new Set(attendeeIds)];
  if (!ids.length) return { roster: [], visitors: [] };
  const who = new Set(ids);

  const roster = (await d.roster.bulkGet(ids)).filter((r) => r !== undefined).map((r) => r.id);
  await d.roster.bulkDelete(roster);
  const visitors = (await d.visitors.bulkGet(ids)).filter((v) => v !== undefined && v.synced === 1).map((v) => v?.id ?? '');
  await d.visitors.bulkDelete(visitors);

  await d.checkins
    .where('attendeeId')
    .anyOf(ids)
    .filter((c) => c.synced === 1)
    .modify((c) => {
      c.name = null;
      c.company = null;
      c.code = 'erased';
    });
  await d.feedback
    .filter((f) => f.synced === 1 && f.attendeeId !== null && who.has(f.attendeeId))
    .modify((f) => {
      f.contactName = '';
      f.contactEmail = '';
      f.contactPhone = '';
      f.attendeeId = null;
    });
  await d.responses
    .filter((r) => r.synced === 1 && r.attendeeId !== null && who.has(r.attendeeId))
    .modify((r) => {
      r.attendeeId = null;
    });
  // The server empties the exhibitors' leads of this visitor (their rating and counts stay) and
  // sends them down stamped later than any edit here; until then the synced copies are emptied too.
  const leads = await d.leads
    .where('attendeeId')
    .anyOf(ids)
    .filter((l) => l.synced === 1)
    .primaryKeys();
  await d.leads
    .where('id')
    .anyOf(leads)
    .modify((l) => {
      l.contact = emptyCardFields();
      l.badgeCode = null;
      l.attendeeId = null;
      l.answers = {};
      l.notes = '';
      l.cardText = '';
      l.hasPhoto = false;
      l.shared = null;
    });
  await d.leadPhotos.bulkDelete(leads);
  return { roster, visitors };
}
