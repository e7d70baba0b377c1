/**
 * Merging two snapshots of one lead (the same id sent twice, or the same visitor scanned at the
 * same booth by two devices offline). Each part (contact, rating, answers, interests, notes,
 * follow-up, deleted) is taken from the snapshot that edited it last; a tie is broken by the
 * content, so the merge is commutative, associative and idempotent: every device and the server
 * reach the same content whatever order the snapshots arrive in.
 */
import { newId } from '../ids';
import { LEAD_PARTS, type Lead, type LeadPart, type LeadStamps } from './schema';

type PartValue = Pick<Lead, 'contact' | 'cardText' | 'cardUnread' | 'rating' | 'answers' | 'interests' | 'notes' | 'followUp' | 'deletedAt'>;

function partOf(lead: Lead, part: LeadPart): Partial<PartValue> {
  switch (part) {
    case 'contact':
      // What was read from the card goes with the fields confirmed from it.
      return { contact: lead.contact, cardText: lead.cardText, cardUnread: lead.cardUnread };
    case 'rating':
      return { rating: lead.rating };
    case 'answers':
      return { answers: lead.answers };
    case 'interests':
      return { interests: lead.interests };
    case 'notes':
      return { notes: lead.notes };
    case 'followUp':
      return { followUp: lead.followUp };
    case 'deleted':
      return { deletedAt: lead.deletedAt };
  }
}

/** JSON with sorted object keys: equal content compares equal whatever order keys were written in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function later(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b);
}

/**
 * `into` with `other` merged in. The lead keeps the identity of `into` (its id, device, staff:
 * the copy already stored); it dates from the earlier capture; each part comes from whichever
 * copy edited it last.
 */
export function mergeLeads(into: Lead, other: Lead): Lead {
  const merged: Lead = { ...into, stamps: { ...into.stamps } };
  for (const part of LEAD_PARTS) {
    const order = later(into.stamps[part], other.stamps[part]);
    const winner = order > 0 ? into : order < 0 ? other : canonical(partOf(into, part)) >= canonical(partOf(other, part)) ? into : other;
    Object.assign(merged, partOf(winner, part));
    merged.stamps[part] = winner.stamps[part];
  }
  if (later(other.capturedAt, into.capturedAt) < 0) merged.capturedAt = other.capturedAt;
  // The photo stays with the lead whichever copy brought it.
  merged.hasPhoto = into.hasPhoto || other.hasPhoto;
  merged.attendeeId = into.attendeeId ?? other.attendeeId;
  merged.badgeCode = into.badgeCode ?? other.badgeCode;
  merged.updatedAt = latestStamp(merged.stamps);
  return merged;
}

export function latestStamp(stamps: LeadStamps): string {
  return LEAD_PARTS.map((p) => stamps[p]).reduce((max, s) => (Date.parse(s) > Date.parse(max) ? s : max));
}

/** Stamps for a lead captured at `at`: every part starts then. */
export function initialStamps(at: string): LeadStamps {
  return Object.fromEntries(LEAD_PARTS.map((p) => [p, at])) as LeadStamps;
}

/** Who takes a lead: the booth device, its exhibitor and the staff member named on it. */
export interface LeadTaker {
  eventId: string;
  deviceId: string;
  exhibitorId: string | null;
  staff: string;
}

type LeadCapture = Pick<Lead, 'source' | 'badgeCode' | 'attendeeId' | 'contact'> & Partial<Pick<Lead, 'hasPhoto' | 'cardText' | 'cardUnread' | 'rating'>>;

/** A lead as it is first captured, unqualified: every part stamped with the capture time. */
export function newLead(taker: LeadTaker, capture: LeadCapture, at: string = new Date().toISOString()): Lead {
  return {
    id: newId(),
    eventId: taker.eventId,
    deviceId: taker.deviceId,
    exhibitorId: taker.exhibitorId ?? '',
    capturedAt: at,
    rating: null,
    answers: {},
    interests: [],
    notes: '',
    followUp: null,
    staff: taker.staff,
    hasPhoto: false,
    cardText: '',
    cardUnread: false,
    deletedAt: null,
    stamps: initialStamps(at),
    updatedAt: at,
    ...capture,
  };
}
