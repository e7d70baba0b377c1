/**
 * Walk-in registration at the desk: the visitor information form becomes a visitor, a badge
 * signed by this desk's own key, and the check-in, in one transaction, offline.
 */
import { encodeBadge } from '../../core/badge/codec';
import { jsSigner } from '../../core/badge/keys';
import { newShortCode } from '../../core/badge/shortCode';
import type { VisitorCategory } from '../../core/categories';
import { classifyVisitor, type VisitorClassification, type VisitorCorrections } from '../../core/classify/visitor';
import type { FormFieldKey, VisitorForm } from '../../core/forms/visitorForm';
import { newId } from '../../core/ids';
import { readPhone } from '../../core/phone';
import { checkinSchema } from '../../core/checkins/schema';
import { visitorSchema, type Visitor } from '../../core/visitors/walkIn';
import type { EventTaxonomies } from '../../core/taxonomy/schema';
import { isEmail, normaliseEmail } from '../../core/text/normalise';
import { walkInClassificationInput } from '../../core/visitors/input';
import { db } from '../db/open';
import type { LocalCheckin, LocalVisitor } from '../db/schema';
import { notifyChanged, requestSync } from './changes';
import { requireDevice } from './device';
import { captureRecord } from './outbox';
import { loadTaxonomies } from './taxonomy';

/** The stored visitor as screens receive it. */
export type { LocalVisitor };

export interface WalkInInput {
  category: VisitorCategory;
  name: string;
  company: string;
  title: string;
  jobFunction: string;
  mobile: string;
  email: string;
  country: string;
  province: string;
  city: string;
  industry: string;
  companySize: string;
  interests: string[];
  visitPurpose: string;
  purchaseRole: string;
  heardVia: string;
  consentData: boolean;
  consentShare: boolean;
  source: 'form' | 'card';
  /** Classified values staff corrected before saving (declared from then on). */
  corrections?: VisitorCorrections;
}

export const EMPTY_WALK_IN: WalkInInput = {
  category: 'trade',
  name: '',
  company: '',
  title: '',
  jobFunction: '',
  mobile: '',
  email: '',
  country: '',
  province: '',
  city: '',
  industry: '',
  companySize: '',
  interests: [],
  visitPurpose: '',
  purchaseRole: '',
  heardVia: '',
  consentData: false,
  consentShare: false,
  source: 'form',
};

/** Problems by field, as i18n keys (namespace `common`, under `walkin.error`). */
export type WalkInErrors = Partial<Record<FormFieldKey, string>>;

/**
 * What staff should check but may keep, as i18n keys (under `walkin.warning`): a number that does
 * not validate or is a landline is saved as typed once staff confirm, never refused.
 */
export type WalkInWarnings = Partial<Record<'mobile', string>>;

function isEmpty(input: WalkInInput, key: FormFieldKey): boolean {
  switch (key) {
    case 'region':
      return !input.province && !input.city;
    case 'interests':
      return input.interests.length === 0;
    case 'consentData':
      return !input.consentData;
    case 'consentShare':
      return !input.consentShare;
    default:
      return !String(input[key]).trim();
  }
}

/**
 * Checks the form as the organizer configured it; returns the mobile and email as they will be
 * stored (E.164 for a number that validates, else as typed; email lower case) and the warnings.
 */
export function validateWalkIn(input: WalkInInput, form: VisitorForm): { errors: WalkInErrors; warnings: WalkInWarnings; mobile: string; email: string } {
  const errors: WalkInErrors = {};
  const warnings: WalkInWarnings = {};
  for (const field of form.fields) {
    if (field.shown && field.required && isEmpty(input, field.key)) errors[field.key] = field.key.startsWith('consent') ? 'walkin.error.consent' : 'walkin.error.required';
  }
  const phone = readPhone(input.mobile);
  const mobile = phone?.stored ?? '';
  if (phone && !phone.verified) warnings.mobile = 'walkin.warning.phoneUnverified';
  else if (phone?.landline) warnings.mobile = 'walkin.warning.phoneLandline';
  if (mobile.length > 60) errors.mobile = 'walkin.error.tooLong';
  let email = '';
  if (input.email.trim()) {
    email = normaliseEmail(input.email);
    if (!isEmail(email)) errors.email = 'walkin.error.emailInvalid';
  }
  if (input.name.trim().length > 200) errors.name = 'walkin.error.tooLong';
  return { errors, warnings, mobile, email };
}

/** Mobile and email as they will be stored (as validateWalkIn decides); an invalid email is left out. */
function storedContact(input: WalkInInput): { mobile: string; email: string } {
  const email = normaliseEmail(input.email);
  return { mobile: (readPhone(input.mobile)?.stored ?? '').slice(0, 60), email: isEmail(email) ? email : '' };
}

/**
 * The classification the record will be stored with, from the form as it stands: what staff see
 * while they fill it in and may correct. Reads the fields as they will be stored, so it is the
 * same result registerWalkIn keeps and the server computes on receipt.
 */
export function classifyWalkIn(input: WalkInInput, taxonomies: EventTaxonomies): VisitorClassification {
  return classifyVisitor(walkInClassificationInput({ ...input, company: input.company.normalize('NFC').trim(), ...storedContact(input) }, input.corrections), taxonomies);
}

export class WalkInInvalidError extends Error {
  constructor(readonly errors: WalkInErrors) {
    super('the form has problems');
  }
}

/**
 * `taxonomies`: the lists the form showed (the page passes them, so the stored classification is
 * the one staff saw); else the event's lists as this device holds them.
 */
export async function registerWalkIn(input: WalkInInput, form: VisitorForm, taxonomies?: EventTaxonomies): Promise<{ visitor: LocalVisitor; checkin: LocalCheckin }> {
  const device = await requireDevice('desk');
  if (!device.badgeKey) throw new Error('this desk has no badge key; pair it again');
  const { errors, mobile, email } = validateWalkIn(input, form);
  if (Object.keys(errors).length) throw new WalkInInvalidError(errors);

  const id = newId();
  const capturedAt = new Date().toISOString();
  const name = input.name.normalize('NFC').trim();
  const company = input.company.normalize('NFC').trim();
  const badgeCode = encodeBadge({ eventId: device.eventId, attendeeId: id, category: input.category, kid: device.badgeKey.kid, name, company }, jsSigner(device.badgeKey.secretKey));
  const visitor: Visitor = {
    ...input,
    id,
    eventId: device.eventId,
    deviceId: device.deviceId,
    capturedAt,
    name,
    company,
    title: input.title.trim(),
    mobile,
    email,
    badgeCode,
    // Drawn here, offline: 40 random bits rarely meet another's; if they do, a typed code offers both.
    shortCode: newShortCode(),
  };
  // Classified at capture, offline, by the same rules the server applies again on receipt.
  visitor.classification = classifyVisitor(walkInClassificationInput(visitor, input.corrections), taxonomies ?? (await loadTaxonomies()));
  if (!input.corrections || !Object.keys(input.corrections).length) delete visitor.corrections;
  const d = db();
  const result = await d.transaction('rw', [d.visitors, d.checkins, d.outbox], async () => {
    const storedVisitor = await captureRecord('visitor.create', visitorSchema, 'visitors', visitor);
    const checkin = await captureRecord('checkin.create', checkinSchema, 'checkins', {
      id: newId(),
      eventId: device.eventId,
      deviceId: device.deviceId,
      capturedAt,
      code: badgeCode,
      method: 'registration',
      attendeeId: id,
      category: input.category,
      name,
      company,
      flags: [],
    });
    return { visitor: storedVisitor, checkin };
  });
  notifyChanged({ table: 'visitors', put: [id], removed: [] });
  requestSync();
  return result;
}
