-- Foundation: events, organizer accounts, devices and pairing, the roster, the mutation log and check-ins.

-- Every server-owned row that devices pull carries `seq` from this sequence. The trigger takes one
-- transaction-scoped advisory lock before drawing a number, so writers of pulled data commit in
-- sequence order and a pull never skips a row committed late with a smaller number.
CREATE SEQUENCE sync_seq;

CREATE FUNCTION sync_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(7405519);
  NEW.seq := nextval('sync_seq');
  RETURN NEW;
END $$;

CREATE TABLE events (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  starts_on date,
  ends_on date,
  venue text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  seq bigint NOT NULL DEFAULT 0
);
CREATE TRIGGER events_seq BEFORE INSERT OR UPDATE ON events FOR EACH ROW EXECUTE FUNCTION sync_bump();

-- Ed25519 keys that sign badges: the event's own, and one per desk device for offline walk-ins.
CREATE TABLE badge_keys (
  kid text PRIMARY KEY,
  event_id uuid NOT NULL REFERENCES events(id),
  owner text NOT NULL,
  public_key text NOT NULL,
  secret_key text,
  revoked_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  seq bigint NOT NULL DEFAULT 0
);
CREATE INDEX badge_keys_seq ON badge_keys (event_id, seq);
CREATE TRIGGER badge_keys_seq BEFORE INSERT OR UPDATE ON badge_keys FOR EACH ROW EXECUTE FUNCTION sync_bump();

CREATE TABLE accounts (
  id uuid PRIMARY KEY,
  username text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);

-- Failed pairing and login attempts, counted in the database so several server instances share one limit.
CREATE TABLE auth_failures (
  id bigserial PRIMARY KEY,
  kind text NOT NULL,
  subject text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX auth_failures_recent ON auth_failures (kind, at);

CREATE TABLE exhibitors (
  id uuid PRIMARY KEY,
  event_id uuid NOT NULL REFERENCES events(id),
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE pairing_codes (
  code text NOT NULL,
  event_id uuid NOT NULL REFERENCES events(id),
  role text NOT NULL CHECK (role IN ('desk', 'booth', 'kiosk')),
  exhibitor_id uuid REFERENCES exhibitors(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  used_by uuid
);
-- A code is unique among the codes still usable; old used or expired codes may repeat.
CREATE UNIQUE INDEX pairing_codes_live ON pairing_codes (code) WHERE used_at IS NULL;

CREATE TABLE devices (
  id uuid PRIMARY KEY,
  event_id uuid NOT NULL REFERENCES events(id),
  role text NOT NULL CHECK (role IN ('desk', 'booth', 'kiosk')),
  exhibitor_id uuid REFERENCES exhibitors(id),
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  paired_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz,
  last_sync_at timestamptz,
  unsynced_count integer,
  revoked_at timestamptz,
  -- Earlier identities of the same tablet (it paired again after its token was revoked):
  -- records it captured under them are still its own.
  lineage uuid[] NOT NULL DEFAULT '{}'
);

CREATE TABLE attendees (
  id uuid PRIMARY KEY,
  event_id uuid NOT NULL REFERENCES events(id),
  import_key text NOT NULL,
  ref text NOT NULL DEFAULT '',
  badge_code text NOT NULL,
  name text NOT NULL,
  company text NOT NULL DEFAULT '',
  title text NOT NULL DEFAULT '',
  mobile text NOT NULL DEFAULT '',
  email text NOT NULL DEFAULT '',
  country text NOT NULL DEFAULT '',
  province text NOT NULL DEFAULT '',
  city text NOT NULL DEFAULT '',
  category text NOT NULL,
  extra jsonb NOT NULL DEFAULT '{}',
  source text NOT NULL DEFAULT 'roster',
  revoked_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  seq bigint NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX attendees_import_key ON attendees (event_id, import_key);
CREATE UNIQUE INDEX attendees_badge_code ON attendees (event_id, badge_code);
CREATE INDEX attendees_seq ON attendees (event_id, seq);
CREATE TRIGGER attendees_seq BEFORE INSERT OR UPDATE ON attendees FOR EACH ROW EXECUTE FUNCTION sync_bump();

-- Deletions of pulled rows, so devices drop their copies.
CREATE TABLE sync_tombstones (
  id bigserial PRIMARY KEY,
  event_id uuid NOT NULL,
  stream text NOT NULL,
  kind text NOT NULL,
  key text NOT NULL,
  scope text NOT NULL DEFAULT '',
  seq bigint NOT NULL DEFAULT 0
);
CREATE INDEX sync_tombstones_seq ON sync_tombstones (event_id, stream, seq);
CREATE TRIGGER sync_tombstones_seq BEFORE INSERT OR UPDATE ON sync_tombstones FOR EACH ROW EXECUTE FUNCTION sync_bump();

-- Every mutation a device delivered, once: the primary key is what makes a replay a `duplicate`.
CREATE TABLE mutations (
  id uuid PRIMARY KEY,
  device_id uuid NOT NULL REFERENCES devices(id),
  event_id uuid NOT NULL,
  device_seq bigint NOT NULL,
  type text NOT NULL,
  op text NOT NULL,
  data jsonb NOT NULL,
  captured_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mutations_device ON mutations (device_id, device_seq);

-- Check-ins are append-only events: a re-entry is another row, never an update.
CREATE TABLE checkins (
  id uuid PRIMARY KEY,
  event_id uuid NOT NULL REFERENCES events(id),
  device_id uuid NOT NULL REFERENCES devices(id),
  mutation_id uuid NOT NULL,
  attendee_id uuid,
  code text NOT NULL,
  method text NOT NULL,
  category text,
  name text,
  company text,
  flags text[] NOT NULL DEFAULT '{}',
  captured_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX checkins_event_time ON checkins (event_id, received_at);
CREATE INDEX checkins_attendee ON checkins (event_id, attendee_id);
