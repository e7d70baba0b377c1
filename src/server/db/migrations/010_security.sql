-- Issue 13 (security holes found by an outside test).

-- Text PostgreSQL cannot hold (NUL, half a surrogate pair) is stored with U+FFFD in its place; the
-- original is kept here in escaped form (core/text/storable.ts), so a valid record is never a dead
-- letter over it. mutations.verbatim: escaped originals by path in the data; checkins.code_verbatim:
-- the scanned code as the scanner sent it.
ALTER TABLE mutations ADD COLUMN verbatim jsonb;
ALTER TABLE checkins ADD COLUMN code_verbatim text;

-- Erasure reaches every record captured before it and delivered after it (visitors/lateErasure.ts):
-- not only records linked to an erased visitor record, but any that carries the person's badge,
-- email or mobile. What identified them is kept only as SHA-256 digests: `badge` digests match
-- whenever the record was captured (an erased badge is revoked), `contact` digests match records
-- captured before the erasure (someone who registers again afterwards has consented again).
CREATE TABLE erased_identities (
  event_id uuid NOT NULL REFERENCES events(id),
  digest text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('badge', 'contact')),
  erased_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (event_id, digest)
);

-- Records stripped by an erasure stay stripped, whatever a device sends for them afterwards.
ALTER TABLE leads ADD COLUMN erased_at timestamptz;
ALTER TABLE feedback ADD COLUMN erased_at timestamptz;
ALTER TABLE survey_responses ADD COLUMN erased_at timestamptz;

CREATE FUNCTION sf_digest(kind text, value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(kind || ':' || value, 'UTF8')), 'hex')
$$;

-- The digests a record's contact details give (an email lower-cased, a phone's digits).
CREATE FUNCTION sf_contact_digests(email text, phone text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT array_remove(ARRAY[
    CASE WHEN btrim(COALESCE(email, '')) <> '' THEN sf_digest('email', lower(btrim(email))) END,
    CASE WHEN length(regexp_replace(COALESCE(phone, ''), '\D', '', 'g')) >= 6 THEN sf_digest('phone', regexp_replace(phone, '\D', '', 'g')) END
  ], NULL)
$$;

-- Whether a record about `attendee` (a visitor record id) or carrying these digests, captured at
-- `captured`, belongs to someone erased.
CREATE FUNCTION sf_is_erased(event uuid, attendee uuid, captured timestamptz, digests text[]) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT (attendee IS NOT NULL AND EXISTS (SELECT 1 FROM attendees a WHERE a.id = attendee AND a.erased_at IS NOT NULL))
      OR EXISTS (SELECT 1 FROM erased_identities e
                  WHERE e.event_id = event AND e.digest = ANY(digests) AND (e.kind = 'badge' OR captured <= e.erased_at))
$$;

-- The checks of migration 006 covered check-ins, cases and answers linked to an erased record;
-- every mutation type's handler now does it (sync/handlers, forgetErased), for links and contacts.
DROP TRIGGER checkins_forget_erased ON checkins;
DROP TRIGGER feedback_forget_erased ON feedback;
DROP TRIGGER survey_responses_forget_erased ON survey_responses;
DROP FUNCTION sf_forget_erased_checkins();
DROP FUNCTION sf_forget_erased_feedback();
DROP FUNCTION sf_forget_erased_responses();

-- The organizer can switch an exhibitor login off (its sessions end, it cannot log in) and on again.
ALTER TABLE exhibitor_accounts ADD COLUMN disabled_at timestamptz;
ALTER TABLE exhibitor_accounts ADD COLUMN disabled_by text;
