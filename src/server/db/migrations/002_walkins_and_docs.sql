-- Walk-in registration: the visitor information form's answers, consent, and search keys;
-- server-owned documents for devices (the form configuration, later taxonomies and surveys).

ALTER TABLE attendees
  ADD COLUMN job_function text NOT NULL DEFAULT '',
  ADD COLUMN industry text NOT NULL DEFAULT '',
  ADD COLUMN company_size text NOT NULL DEFAULT '',
  ADD COLUMN interests jsonb NOT NULL DEFAULT '[]',
  ADD COLUMN visit_purpose text NOT NULL DEFAULT '',
  ADD COLUMN purchase_role text NOT NULL DEFAULT '',
  ADD COLUMN heard_via text NOT NULL DEFAULT '',
  -- NULL: not asked (imported rosters carry consent from the registration system, if any).
  ADD COLUMN consent_data boolean,
  ADD COLUMN consent_share boolean,
  -- Search keys computed by the server so desks can find 张伟 by "zhangwei" or "zw" without a pinyin dictionary.
  ADD COLUMN pinyin text NOT NULL DEFAULT '',
  ADD COLUMN initials text NOT NULL DEFAULT '',
  ADD COLUMN registered_by uuid REFERENCES devices(id),
  ADD COLUMN captured_at timestamptz;

-- Documents devices pull with their config: one row per (event, kind, key). `roles` says which
-- device roles receive it (the roster is never among these).
CREATE TABLE event_docs (
  event_id uuid NOT NULL REFERENCES events(id),
  kind text NOT NULL,
  key text NOT NULL,
  roles text[] NOT NULL,
  data jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  seq bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (event_id, kind, key)
);
CREATE INDEX event_docs_seq ON event_docs (event_id, seq);
CREATE TRIGGER event_docs_seq BEFORE INSERT OR UPDATE ON event_docs FOR EACH ROW EXECUTE FUNCTION sync_bump();
