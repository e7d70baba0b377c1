-- Issue 4: exhibitor lead capture. Leads belong to one exhibitor; every query that reads them
-- filters by exhibitor (devices by the exhibitor they were paired to, exhibitor logins by theirs).

-- What booth devices need to qualify leads: the exhibitor's products and its own questions.
-- (The organizer's questions are an event doc, `lead_questions`.) `seq` lets the exhibitor's
-- devices pull their profile when it changes.
ALTER TABLE exhibitors
  ADD COLUMN products jsonb NOT NULL DEFAULT '[]',
  ADD COLUMN lead_questions jsonb NOT NULL DEFAULT '[]',
  ADD COLUMN seq bigint NOT NULL DEFAULT 0;
CREATE INDEX exhibitors_seq ON exhibitors (id, seq);
CREATE TRIGGER exhibitors_seq BEFORE INSERT OR UPDATE ON exhibitors FOR EACH ROW EXECUTE FUNCTION sync_bump();
-- Exhibitors made before this migration get a sequence number, or their devices would never pull them.
UPDATE exhibitors SET products = products;

-- One row per lead. The id is the first capture's client id; later captures of the same visitor at
-- the same booth (another device, offline) merge into it and are remembered in lead_aliases.
CREATE TABLE leads (
  id uuid PRIMARY KEY,
  event_id uuid NOT NULL REFERENCES events(id),
  exhibitor_id uuid NOT NULL REFERENCES exhibitors(id),
  -- The booth device that captured it, or the exhibitor login that uploaded its card photo.
  device_id uuid NOT NULL,
  source text NOT NULL CHECK (source IN ('badge', 'card')),
  badge_code text,
  -- NULL for a lead from a business card alone. No foreign key: a walk-in's badge may be scanned
  -- at a booth before the desk that registered them has synced.
  attendee_id uuid,
  -- Name and company from the signed badge, or the fields confirmed from the card (core/cards/fields.ts).
  contact jsonb NOT NULL,
  rating text CHECK (rating IN ('hot', 'warm', 'cold')),
  answers jsonb NOT NULL DEFAULT '{}',
  interests text[] NOT NULL DEFAULT '{}',
  notes text NOT NULL DEFAULT '',
  follow_up text CHECK (follow_up IN ('send_catalogue', 'call_back', 'quotation', 'meeting')),
  follow_up_due date,
  -- The staff member who took it: the capturing device's name.
  staff text NOT NULL,
  has_photo boolean NOT NULL DEFAULT false,
  card_text text NOT NULL DEFAULT '',
  card_unread boolean NOT NULL DEFAULT false,
  -- Per-part edit times (core/leads/merge.ts): merges are order-independent.
  stamps jsonb NOT NULL,
  captured_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  deleted_at timestamptz,
  received_at timestamptz NOT NULL DEFAULT now(),
  -- Contact details from registration, filled by the server only when the visitor agreed to share
  -- them with exhibitors (attendees.consent_share); kept current by the trigger below.
  shared_email text NOT NULL DEFAULT '',
  shared_mobile text NOT NULL DEFAULT '',
  seq bigint NOT NULL DEFAULT 0,
  CHECK (follow_up IS NOT NULL OR follow_up_due IS NULL)
);
-- One lead per visitor per booth, deleted or not (scanning them again restores it).
CREATE UNIQUE INDEX leads_exhibitor_attendee ON leads (exhibitor_id, attendee_id) WHERE attendee_id IS NOT NULL;
CREATE INDEX leads_exhibitor_seq ON leads (exhibitor_id, seq);
CREATE INDEX leads_event ON leads (event_id, exhibitor_id);
CREATE INDEX leads_attendee ON leads (attendee_id) WHERE attendee_id IS NOT NULL;
CREATE TRIGGER leads_seq BEFORE INSERT OR UPDATE ON leads FOR EACH ROW EXECUTE FUNCTION sync_bump();

-- Client ids merged into another lead: later edits under them land on the lead they merged into.
CREATE TABLE lead_aliases (
  alias_id uuid PRIMARY KEY,
  lead_id uuid NOT NULL REFERENCES leads(id),
  exhibitor_id uuid NOT NULL REFERENCES exhibitors(id)
);
CREATE INDEX lead_aliases_lead ON lead_aliases (lead_id);

-- Every badge scan that made or reopened a lead on some device (one per captured lead id).
CREATE TABLE lead_scans (
  id uuid PRIMARY KEY,
  event_id uuid NOT NULL REFERENCES events(id),
  exhibitor_id uuid NOT NULL REFERENCES exhibitors(id),
  attendee_id uuid NOT NULL,
  lead_id uuid NOT NULL,
  device_id uuid NOT NULL,
  scanned_at timestamptz NOT NULL
);
CREATE INDEX lead_scans_attendee ON lead_scans (event_id, attendee_id);

-- Card photos arrive on their own, like case photos (feedback_photos), and may come before their lead.
CREATE TABLE lead_photos (
  lead_id uuid PRIMARY KEY,
  event_id uuid NOT NULL REFERENCES events(id),
  exhibitor_id uuid NOT NULL REFERENCES exhibitors(id),
  device_id uuid,
  content_type text NOT NULL,
  bytes bytea NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);

-- Shared contact details follow the visitor's record: a walk-in's record arriving after the lead,
-- consent given or withdrawn, a corrected email.
CREATE FUNCTION sf_leads_shared_contact() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE leads l
     SET shared_email = CASE WHEN n.consent_share IS TRUE AND n.revoked_at IS NULL THEN n.email ELSE '' END,
         shared_mobile = CASE WHEN n.consent_share IS TRUE AND n.revoked_at IS NULL THEN n.mobile ELSE '' END
    FROM new_rows n
   WHERE l.attendee_id = n.id AND l.event_id = n.event_id
     AND (l.shared_email, l.shared_mobile) IS DISTINCT FROM (
           CASE WHEN n.consent_share IS TRUE AND n.revoked_at IS NULL THEN n.email ELSE '' END,
           CASE WHEN n.consent_share IS TRUE AND n.revoked_at IS NULL THEN n.mobile ELSE '' END);
  RETURN NULL;
END $$;
CREATE TRIGGER attendees_leads_insert AFTER INSERT ON attendees REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sf_leads_shared_contact();
CREATE TRIGGER attendees_leads_update AFTER UPDATE ON attendees REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sf_leads_shared_contact();

-- The contract with the dashboard and classification (src/server/visitors/integrations.ts):
-- badge scans at booths, and one row per lead with its intent. Deleted leads are neither.
CREATE VIEW booth_scans AS
  SELECT s.event_id, s.attendee_id, s.exhibitor_id
    FROM lead_scans s
   WHERE NOT EXISTS (
     SELECT 1 FROM leads l
      WHERE l.exhibitor_id = s.exhibitor_id AND l.attendee_id = s.attendee_id AND l.deleted_at IS NOT NULL);

CREATE VIEW lead_intent AS
  SELECT event_id, exhibitor_id, attendee_id, COALESCE(rating, 'unrated') AS intent
    FROM leads WHERE deleted_at IS NULL;

-- Exhibitor logins: apart from the organizer's accounts, so an exhibitor session can never pass
-- an organizer check. Created by the organizer for one exhibitor.
CREATE TABLE exhibitor_accounts (
  id uuid PRIMARY KEY,
  event_id uuid NOT NULL REFERENCES events(id),
  exhibitor_id uuid NOT NULL REFERENCES exhibitors(id),
  username text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE exhibitor_sessions (
  token_hash text PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES exhibitor_accounts(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
