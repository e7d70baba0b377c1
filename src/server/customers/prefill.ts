/**
 * A walk-in who came to an earlier edition, pre-filled from what they agreed to share (issue 15).
 *
 * Online only: devices carry nothing of other editions (a desk's roster has this edition's
 * visitors and their returning mark, no more), so a walk-in who did not register this time can
 * only be recognised by the server. Staff type the mobile or email; this answers with the newest
 * record of the matching contact in the show's earlier editions, and only when that record says
 * the visitor agreed to the organizer's use of their data (consent_data): a refusal or silence
 * gives nothing. Staff confirm before anything is filled in; the route comes with the HTTP
 * contract (phase 2 of the issue), this is what it will call.
 */
import { parsePhone } from '../../core/phone';
import { isEmail, normaliseEmail } from '../../core/text/normalise';
import type { Queryable } from '../db/types';

export interface PrefillFields {
  name: string;
  company: string;
  title: string;
  country: string;
  province: string;
  city: string;
  jobFunction: string;
  industry: string;
  companySize: string;
  purchaseRole: string;
}

export interface PrefillCandidate {
  contactId: string;
  /** Earlier editions of this show they took part in. */
  editions: number;
  lastEdition: { eventId: string; name: string; edition: number };
  fields: PrefillFields;
}

/** Up to three contacts (a family may share one mobile): staff pick and confirm. */
export async function returningWalkInPrefill(db: Queryable, eventId: string, typed: { mobile?: string; email?: string }): Promise<PrefillCandidate[]> {
  const mobile = typed.mobile ? (parsePhone(typed.mobile)?.e164 ?? '') : '';
  const email = typed.email && isEmail(normaliseEmail(typed.email)) ? normaliseEmail(typed.email) : '';
  if (!mobile && !email) return [];
  const { rows } = await db.query<{
    customer_id: string;
    editions: number;
    event_id: string;
    event_name: string;
    edition: number;
    consent_data: boolean | null;
    name: string;
    company: string;
    title: string;
    country: string;
    province: string;
    city: string;
    job_function: string;
    industry: string;
    company_size: string;
    purchase_role: string;
  }>(
    `WITH show AS (SELECT p.id, p.edition, p.name FROM events e JOIN events p ON p.show_id = e.show_id AND p.edition < e.edition WHERE e.id = $1),
     found AS (
       SELECT DISTINCT l.customer_id FROM customer_links l JOIN show s ON s.id = l.event_id JOIN customers c ON c.id = l.customer_id
        WHERE l.kind = 'contact' AND c.merged_into IS NULL AND c.erased_at IS NULL AND (($2 <> '' AND l.mobile = $2) OR ($3 <> '' AND l.email = $3))
        LIMIT 3
     ), newest AS (
       SELECT DISTINCT ON (l.customer_id) l.customer_id, a.id, s.id AS event_id, s.name AS event_name, s.edition
         FROM found f JOIN customer_links l ON l.customer_id = f.customer_id JOIN show s ON s.id = l.event_id JOIN attendees a ON a.id = l.record_id
        WHERE a.erased_at IS NULL
        ORDER BY l.customer_id, s.edition DESC, a.created_at DESC
     )
     SELECT n.customer_id, n.event_id, n.event_name, n.edition, a.consent_data, a.name, a.company, a.title, a.country, a.province, a.city,
            a.job_function, a.industry, a.company_size, a.purchase_role,
            (SELECT count(*)::int FROM participations p JOIN show s ON s.id = p.event_id WHERE p.customer_id = n.customer_id) AS editions
       FROM newest n JOIN attendees a ON a.id = n.id
      ORDER BY n.edition DESC, n.customer_id`,
    [eventId, mobile, email],
  );
  return rows
    .filter((r) => r.consent_data === true)
    .map((r) => ({
      contactId: r.customer_id,
      editions: r.editions,
      lastEdition: { eventId: r.event_id, name: r.event_name, edition: r.edition },
      fields: {
        name: r.name,
        company: r.company,
        title: r.title,
        country: r.country,
        province: r.province,
        city: r.city,
        jobFunction: r.job_function,
        industry: r.industry,
        companySize: r.company_size,
        purchaseRole: r.purchase_role,
      },
    }));
}
