/** The lead list's search and filters, shared by the booth device and the exhibitor's console. */
import { toHalfWidth } from '../text/normalise';
import type { FollowUpAction, Lead, LeadRating, LeadSharedContact } from './schema';

export type ListedLead = Lead & { shared?: LeadSharedContact | null };

export interface LeadFilter {
  /** Words to find in the name, company, title, contact details, notes or card text (all must match). */
  query?: string;
  /** 'unrated' finds leads nobody rated yet. */
  rating?: LeadRating | 'unrated' | null;
  /** A product id from the exhibitor's list. */
  interest?: string | null;
  /** 'none' finds leads without a follow-up. */
  followUp?: FollowUpAction | 'none' | null;
  staff?: string | null;
  includeDeleted?: boolean;
}

/** Lower-case, half-width, NFC, single-spaced: what a search compares. */
export function searchKey(text: string): string {
  return toHalfWidth(text.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

function haystack(lead: ListedLead): string {
  const c = lead.contact;
  const parts = [c.name, c.company, c.title, c.mobile, c.phone, c.email, c.website, c.address, lead.shared?.email, lead.shared?.mobile, lead.notes, lead.cardText, lead.staff];
  return searchKey(parts.filter(Boolean).join(' \u0000 '));
}

export function matchesLead(lead: ListedLead, filter: LeadFilter): boolean {
  if (lead.deletedAt && !filter.includeDeleted) return false;
  if (filter.rating) {
    if (filter.rating === 'unrated' ? lead.rating !== null : lead.rating !== filter.rating) return false;
  }
  if (filter.interest && !lead.interests.includes(filter.interest)) return false;
  if (filter.followUp) {
    if (filter.followUp === 'none' ? lead.followUp !== null : lead.followUp?.action !== filter.followUp) return false;
  }
  if (filter.staff && lead.staff !== filter.staff) return false;
  const words = searchKey(filter.query ?? '')
    .split(' ')
    .filter(Boolean);
  if (words.length) {
    const text = haystack(lead);
    // Phone numbers are searched without their separators too ("138 0013" finds +8613800138000).
    const digits = text.replace(/[\s()-]/g, '');
    if (!words.every((w) => text.includes(w) || digits.includes(w.replace(/[\s()-]/g, '')))) return false;
  }
  return true;
}

/** Matching leads, newest capture first. */
export function filterLeads<L extends ListedLead>(leads: readonly L[], filter: LeadFilter): L[] {
  return leads.filter((l) => matchesLead(l, filter)).sort((a, b) => (a.capturedAt < b.capturedAt ? 1 : a.capturedAt > b.capturedAt ? -1 : a.id < b.id ? 1 : -1));
}

/** The staff members who took leads (for the staff filter). */
export function staffOf(leads: readonly ListedLead[]): string[] {
  return [...new Set(leads.map((l) => l.staff))].sort((a, b) => a.localeCompare(b));
}
