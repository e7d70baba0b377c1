import { verifyBadge } from '../../../core/badge/codec';
import type { Visitor } from '../../../core/visitors/walkIn';
import { nameSearchKeys } from '../../../core/text/pinyin';
import { acceptDeviceCorrections } from '../../../core/visitors/corrections';
import type { Queryable } from '../../db/types';
import type { DeviceIdentity } from '../../devices/devices';
import { classifyWithin } from '../../visitors/classify';
import { scrubLog } from '../../visitors/lateErasure';
import { eraseRecords } from '../../visitors/privacy';
import { loadTaxonomies } from '../../visitors/taxonomies';
import { RejectMutation, sameDevice, type Handler } from './types';

/**
 * Values staff corrected at the desk are stored as the record's corrections before the server
 * classifies it, so they win there as they did on the desk. A value the event's taxonomies no
 * longer know is dropped (and logged) rather than costing the visitor's registration.
 */
async function keepDeskCorrections(tx: Queryable, device: DeviceIdentity, visitors: readonly Visitor[]): Promise<void> {
  if (!visitors.length) return;
  const taxonomies = await loadTaxonomies(tx, device.eventId);
  const rows = visitors.map((v) => {
    const { accepted, dropped } = acceptDeviceCorrections(v.corrections ?? {}, taxonomies, `desk:${v.deviceId}`, v.capturedAt);
    if (dropped.length) console.error(`walk-in ${v.id}: desk corrections of ${dropped.join(', ')} do not fit the event's taxonomies and were not kept`);
    return { id: v.id, corrections: accepted };
  });
  await tx.query(
    `UPDATE visitor_profiles v SET corrections = x.corrections, stale = true
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, corrections jsonb) WHERE v.attendee_id = x.id`,
    [JSON.stringify(rows)],
  );
}

/**
 * A walk-in registered at a desk becomes an attendee like a pre-registered one (other desks pull
 * them, exports and figures include them). Its badge must be signed by the sending desk's own key:
 * otherwise any device could mint badges.
 */
export const visitorCreate: Handler<'visitor.create'> = {
  precheck: sameDevice,
  async applyMany(tx, device, items) {
    const { rows: keys } = await tx.query<{ kid: string; public_key: string }>('SELECT kid, public_key FROM badge_keys WHERE owner = ANY($1::text[])', [
      [device.id, ...device.lineage],
    ]);
    const keyring = { eventId: device.eventId, keys: keys.map((k) => ({ kid: k.kid, publicKey: k.public_key, revoked: false })), revokedAttendees: new Set<string>() };
    for (const { data } of items) {
      const verdict = verifyBadge(data.badgeCode, keyring);
      if (verdict.status !== 'valid' || verdict.payload.attendeeId !== data.id || verdict.payload.category !== data.category) {
        throw new RejectMutation(`the badge of visitor ${data.id} was not issued by the desk that registered it`);
      }
    }
    const rows = items.map(({ data }) => ({
      id: data.id,
      import_key: `walkin:${data.id}`,
      badge_code: data.badgeCode,
      name: data.name,
      company: data.company,
      title: data.title,
      mobile: data.mobile,
      email: data.email.toLowerCase(),
      country: data.country,
      province: data.province,
      city: data.city,
      category: data.category,
      job_function: data.jobFunction,
      industry: data.industry,
      company_size: data.companySize,
      interests: data.interests,
      visit_purpose: data.visitPurpose,
      purchase_role: data.purchaseRole,
      heard_via: data.heardVia,
      consent_data: data.consentData,
      consent_share: data.consentShare,
      source: data.source === 'card' ? 'walkin_card' : 'walkin',
      registered_by: data.deviceId,
      captured_at: data.capturedAt,
      short_code: data.shortCode ?? '',
      ...nameSearchKeys(data.name),
    }));
    const { rows: inserted } = await tx.query<{ id: string }>(
      `INSERT INTO attendees (id, event_id, import_key, badge_code, name, company, title, mobile, email, country, province, city, category,
                              job_function, industry, company_size, interests, visit_purpose, purchase_role, heard_via,
                              consent_data, consent_share, source, registered_by, captured_at, pinyin, initials, short_code)
       SELECT id, $2, import_key, badge_code, name, company, title, mobile, email, country, province, city, category,
              job_function, industry, company_size, interests, visit_purpose, purchase_role, heard_via,
              consent_data, consent_share, source, registered_by, captured_at, pinyin, initials, short_code
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, import_key text, badge_code text, name text, company text, title text, mobile text,
              email text, country text, province text, city text, category text, job_function text, industry text, company_size text,
              interests jsonb, visit_purpose text, purchase_role text, heard_via text, consent_data boolean, consent_share boolean,
              source text, registered_by uuid, captured_at timestamptz, pinyin text, initials text, short_code text)
       ON CONFLICT (id) DO NOTHING
       RETURNING id`,
      [JSON.stringify(rows), device.eventId],
    );
    await keepDeskCorrections(
      tx,
      device,
      items.filter(({ data }) => data.corrections && inserted.some((r) => r.id === data.id)).map(({ data }) => data),
    );
    // Classified on receipt too (the desk classified at capture), and merged with the same person's other records.
    await classifyWithin(tx, device.eventId, rows.map((r) => r.id));
  },
  /**
   * A walk-in registered before the person was erased (at another desk, offline) with their email
   * or mobile: erased in turn, as a record of theirs, with its own erasure for the devices.
   */
  async forgetErased(tx, device, items) {
    const ids = items.map((i) => i.data.id);
    const { rows } = await tx.query<{ id: string; erased: boolean }>(
      `SELECT id, erased_at IS NOT NULL AS erased FROM attendees
        WHERE event_id = $1 AND id = ANY($2::uuid[])
          AND (erased_at IS NOT NULL OR sf_is_erased(event_id, NULL, captured_at, sf_contact_digests(email, mobile)))`,
      [device.eventId, ids],
    );
    for (const r of rows.filter((x) => !x.erased)) await eraseRecords(tx, device.eventId, [r.id], 'registered before an erasure, delivered after it', r.id);
    // Sent again after its record was erased: this copy in the log goes too.
    const erased = new Set(rows.map((r) => r.id));
    await scrubLog(
      tx,
      items.filter((i) => erased.has(i.data.id)).map((i) => i.mutationId),
    );
  },
};
