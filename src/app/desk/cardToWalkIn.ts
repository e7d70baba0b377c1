/**
 * A confirmed business card into the walk-in form. Only fields the visitor left empty are filled
 * (staff may have typed already), and the region comes from the card's numbers, address and email
 * by the same rules the organizer's classification uses, so the form and the database agree.
 */
import type { CardFields } from '../../core/cards/fields';
import { classifyRegion } from '../../core/classify';
import type { WalkInInput } from '../data/walkins';

export function walkInFromCard(card: CardFields, current: WalkInInput): WalkInInput {
  const keep = (now: string, fromCard: string | null) => (now.trim() ? now : (fromCard ?? ''));
  const next: WalkInInput = {
    ...current,
    source: 'card',
    name: keep(current.name, card.name),
    company: keep(current.company, card.company),
    title: keep(current.title, card.title),
    // A desk registers visitors by mobile; a landline is better than nothing to reach them.
    mobile: keep(current.mobile, card.mobile ?? card.phone),
    email: keep(current.email, card.email),
  };
  if (current.country || current.province) return next;
  const region = classifyRegion({ mobile: card.mobile, phone: card.phone, address: card.address, email: card.email });
  if (!region.country.value) return next;
  next.country = region.country.value;
  if (region.country.value === 'CN' && region.province.value) {
    next.province = region.province.value;
    next.city = region.city.value ?? '';
  }
  return next;
}
