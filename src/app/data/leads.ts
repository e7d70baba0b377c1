/**
 * Booth lead capture on the device. A badge scan becomes a lead at once, offline, with the name
 * and company the signed badge carries; scanning the same visitor again opens their lead instead.
 * Every change writes the whole lead with its per-part edit times and an outbox row in one
 * transaction (captureRecord); the server merges them in any order (core/leads/merge.ts).
 */
import { verifyBadge } from '../../core/badge/codec';
import { emptyCardFields, type CardFields } from '../../core/cards/fields';
import { latestStamp, mergeLeads, newLead, type LeadTaker } from '../../core/leads/merge';
import { questionsForBooth, type BoothProfile, type LeadQuestion, type OrganizerQuestionsDoc, type Product } from '../../core/leads/profile';
import { LEAD_CARD_TEXT_MAX, leadSchema, type Lead, type LeadPart, type ServerLead } from '../../core/leads/schema';
import type { MutationKey } from '../../core/schema/mutations';
import { db } from '../db/open';
import type { DeviceRow, LocalLead } from '../db/schema';
import { requestSync } from './changes';
import { requireDevice } from './device';
import { loadKeyring } from './keyring';
import { captureRecord } from './outbox';

/** The stored lead as screens receive it. */
export type { LocalLead };

export type ScanMethod = 'scanner' | 'camera' | 'typed';

export type ScanOutcome =
  | { status: 'created' | 'existing'; lead: LocalLead }
  /** Not a badge of this show (unreadable, forged, another event's), or no config pulled yet. */
  | { status: 'invalid'; reason: 'unreadable' | 'forged' | 'other_event' | 'not_ready' };

/** The fields staff edit on the qualification screen (and the part each belongs to). */
export type LeadEdit = Partial<Pick<Lead, 'contact' | 'rating' | 'answers' | 'interests' | 'notes' | 'followUp' | 'cardText' | 'cardUnread'>>;

const PART_OF: Record<keyof LeadEdit, LeadPart> = {
  contact: 'contact',
  cardText: 'contact',
  cardUnread: 'contact',
  rating: 'rating',
  answers: 'answers',
  interests: 'interests',
  notes: 'notes',
  followUp: 'followUp',
};

/** A time for a new edit: now, but never before the lead's last edit (a device clock set back must not lose the edit). */
function editTime(lead?: Lead): string {
  const now = new Date().toISOString();
  return lead && lead.updatedAt >= now ? new Date(Date.parse(lead.updatedAt) + 1).toISOString() : now;
}

const local = (lead: LocalLead): Lead & { shared?: LocalLead['shared'] } => lead;

async function store(key: MutationKey & `lead.${string}`, lead: Lead, existing: LocalLead | undefined): Promise<LocalLead> {
  const stored = await captureRecord(key, leadSchema, 'leads', lead, { replace: existing !== undefined, extra: existing ? { shared: existing.shared ?? null } : {} });
  return stored as LocalLead;
}

function taker(device: DeviceRow): LeadTaker {
  return { eventId: device.eventId, deviceId: device.deviceId, exhibitorId: device.exhibitorId, staff: device.deviceName };
}

/**
 * Reads a scanned code and opens the visitor's lead: the existing one (restored if it was
 * deleted) or a new one. Everything happens in one transaction, offline.
 */
export async function scanBadge(rawCode: string): Promise<ScanOutcome> {
  const device = await requireDevice('booth');
  const code = rawCode.trim().slice(0, 1000);
  const d = db();
  const { keyring } = await loadKeyring(d);
  if (!keyring) return { status: 'invalid', reason: 'not_ready' };
  const verdict = verifyBadge(code, keyring);
  if (verdict.status === 'unreadable') return { status: 'invalid', reason: 'unreadable' };
  if (verdict.status === 'forged' || verdict.status === 'other_event') return { status: 'invalid', reason: verdict.status };
  const p = verdict.payload;
  const outcome = await d.transaction('rw', [d.leads, d.outbox], async (): Promise<ScanOutcome> => {
    const existing = await d.leads.where('attendeeId').equals(p.attendeeId).first();
    if (existing) {
      if (!existing.deletedAt) return { status: 'existing', lead: existing };
      const at = editTime(existing);
      const restored = { ...local(existing), deletedAt: null, stamps: { ...existing.stamps, deleted: at }, updatedAt: at };
      return { status: 'existing', lead: await store('lead.update', strip(restored), existing) };
    }
    const lead = newLead(taker(device), { source: 'badge', badgeCode: code, attendeeId: p.attendeeId, contact: { ...emptyCardFields(), name: p.name || null, company: p.company || null } });
    return { status: 'created', lead: await store('lead.create', lead, undefined) };
  });
  // For the scan → lead benchmark: the moment the lead is on disk (the transaction committed).
  performance.mark('showfloor:lead-committed');
  requestSync();
  return outcome;
}

/** A lead from a business card: the fields staff confirmed, the photo kept with it (read later when `unread`). */
export async function captureCardLead(card: { fields: CardFields; photo: ArrayBuffer | null; text: string; unread: boolean }): Promise<LocalLead> {
  const device = await requireDevice('booth');
  const d = db();
  const lead = newLead(taker(device), {
    source: 'card',
    badgeCode: null,
    attendeeId: null,
    contact: card.fields,
    hasPhoto: card.photo !== null,
    cardText: card.text.slice(0, LEAD_CARD_TEXT_MAX),
    cardUnread: card.unread,
  });
  const stored = await d.transaction('rw', [d.leads, d.outbox, d.leadPhotos], async () => {
    const record = await store('lead.create', lead, undefined);
    if (card.photo) await d.leadPhotos.put({ leadId: record.id, contentType: 'image/jpeg', bytes: card.photo, uploaded: 0 });
    return record;
  });
  requestSync();
  return stored;
}

/** The synced record without the device's own bookkeeping. */
function strip(lead: LocalLead | (Lead & { synced?: 0 | 1; shared?: unknown })): Lead {
  const { synced: _synced, shared: _shared, ...rest } = lead as LocalLead;
  void _synced;
  void _shared;
  return rest as Lead;
}

/** `edit` answers null when nothing changed: no new state, no outbox row (autosave calls often). */
async function change(id: string, key: 'lead.update' | 'lead.delete', edit: (lead: Lead, at: string) => Lead | null): Promise<LocalLead> {
  await requireDevice('booth');
  const d = db();
  const saved = await d.transaction('rw', [d.leads, d.outbox], async () => {
    const existing = await d.leads.get(id);
    if (!existing) throw new Error(`no lead ${id} on this device`);
    const at = editTime(existing);
    const next = edit(strip(existing), at);
    if (!next) return existing;
    next.updatedAt = latestStamp(next.stamps);
    return store(key, next, existing);
  });
  requestSync();
  return saved;
}

/** Saves what staff changed; only the parts that changed get a new edit time. */
export function updateLead(id: string, edit: LeadEdit): Promise<LocalLead> {
  return change(id, 'lead.update', (lead, at) => {
    const next: Lead = { ...lead, ...edit, stamps: { ...lead.stamps } };
    let changed = false;
    for (const key of Object.keys(edit) as Array<keyof LeadEdit>) {
      if (JSON.stringify(lead[key]) !== JSON.stringify(next[key])) {
        next.stamps[PART_OF[key]] = at;
        changed = true;
      }
    }
    return changed ? next : null;
  });
}

/** The card photo kept with a lead on this device, if any. */
export async function leadPhoto(id: string): Promise<Blob | null> {
  const row = await db().leadPhotos.get(id);
  return row ? new Blob([row.bytes], { type: row.contentType }) : null;
}

/**
 * A card read later (it was saved unread): the fields staff confirmed and the text, as one edit of
 * the contact. `unread` when staff kept the photo unread again (typed fields only).
 */
export function applyCardReading(id: string, card: { fields: CardFields; text: string; unread: boolean }): Promise<LocalLead> {
  if (card.unread) return updateLead(id, { contact: card.fields });
  return updateLead(id, { contact: card.fields, cardText: card.text.slice(0, 8000), cardUnread: false });
}

export function deleteLead(id: string): Promise<LocalLead> {
  return change(id, 'lead.delete', (lead, at) => ({ ...lead, deletedAt: at, stamps: { ...lead.stamps, deleted: at } }));
}

export function restoreLead(id: string): Promise<LocalLead> {
  return change(id, 'lead.update', (lead, at) => ({ ...lead, deletedAt: null, stamps: { ...lead.stamps, deleted: at } }));
}

export function allLeads(): Promise<LocalLead[]> {
  return db().leads.toArray();
}

/**
 * The team's leads from the server, merged with this device's copies (the newer edit of each part
 * wins on both sides). A lead this device knew under another id (the same visitor scanned at two
 * devices offline) is replaced by the server's, which has its edits merged in.
 * Runs inside the pull's transaction.
 */
export async function applyServerLeads(leads: readonly ServerLead[]): Promise<void> {
  const d = db();
  for (const server of leads) {
    const { shared, aliases, photoReceived: _photo, ...lead } = server;
    void _photo;
    const copies = (await d.leads.bulkGet([server.id, ...aliases])).filter((l): l is LocalLead => l !== undefined);
    let merged: Lead = lead;
    let pending = false;
    for (const copy of copies) {
      merged = mergeLeads(merged, strip(copy));
      if (copy.synced === 0) pending = true;
    }
    // Unsent edits stay marked until the server confirms them; otherwise the lead is as the server has it.
    const synced: 0 | 1 = pending && JSON.stringify(merged) !== JSON.stringify(lead) ? 0 : 1;
    await d.leads.put({ ...merged, synced, shared });
    const gone = copies.filter((c) => c.id !== server.id).map((c) => c.id);
    if (!gone.length) continue;
    await d.leads.bulkDelete(gone);
    // A card photo kept under the old id goes with the lead (the server accepts it under either id).
    const photos = (await d.leadPhotos.bulkGet(gone)).filter((p) => p !== undefined);
    if (photos[0] && !(await d.leadPhotos.get(server.id))) await d.leadPhotos.put({ ...photos[0], leadId: server.id });
    await d.leadPhotos.bulkDelete(gone);
  }
}

/** The questions and products this booth qualifies leads with, from pulled config. */
export async function boothSetup(): Promise<{ questions: LeadQuestion[]; products: Product[]; exhibitorName: string }> {
  const rows = await db().config.where('kind').anyOf('lead_questions', 'booth_profile').toArray();
  const organizer = (rows.find((r) => r.kind === 'lead_questions')?.data as OrganizerQuestionsDoc | undefined)?.questions ?? [];
  const profile = rows.find((r) => r.kind === 'booth_profile')?.data as BoothProfile | undefined;
  return { questions: questionsForBooth(organizer, profile?.questions ?? []), products: profile?.products ?? [], exhibitorName: profile?.name ?? '' };
}
