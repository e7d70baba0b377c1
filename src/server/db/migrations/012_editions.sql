-- Issue 15: the organizer's customer database across editions.
--
-- A show (series) has editions (events). Visitor records and exhibitors of each edition link to
-- organizer-level customers: contacts (people) and companies. Participations (one row per
-- customer and edition they took part in) are kept by triggers from the same counting tables the
-- post-show report reads (persons, person_days), so retention, churn, tiers and the pipeline are
-- queries over participations. Past editions come in as files, with attendance instead of
-- check-ins (attendance_imports feeds attendee_days like a check-in would).

-- Shows and editions ---------------------------------------------------------------------------

CREATE TABLE shows (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX shows_name ON shows (lower(name));

ALTER TABLE events
  ADD COLUMN show_id uuid REFERENCES shows(id),
  ADD COLUMN edition integer CHECK (edition >= 1),
  -- The edition the console, the CLI and new pairings work on. At most one.
  ADD COLUMN is_current boolean NOT NULL DEFAULT false;

-- Existing events: one show per event name, editions in the order the events were made; the
-- event the server used until now (the first one made) becomes the current one.
INSERT INTO shows (id, name)
SELECT gen_random_uuid(), name FROM (SELECT DISTINCT ON (lower(name)) name FROM events ORDER BY lower(name), created_at, id) e;
UPDATE events e SET show_id = s.id FROM shows s WHERE lower(s.name) = lower(e.name);
UPDATE events e SET edition = x.n
  FROM (SELECT id, row_number() OVER (PARTITION BY show_id ORDER BY created_at, id)::int AS n FROM events) x WHERE x.id = e.id;
UPDATE events SET is_current = true WHERE id = (SELECT id FROM events ORDER BY created_at, id LIMIT 1);
ALTER TABLE events ALTER COLUMN show_id SET NOT NULL, ALTER COLUMN edition SET NOT NULL;
CREATE UNIQUE INDEX events_show_edition ON events (show_id, edition);
CREATE UNIQUE INDEX events_current ON events (is_current) WHERE is_current;

-- Exhibitors as organizers' exhibitor lists give them ------------------------------------------

ALTER TABLE exhibitors
  -- 统一社会信用代码 (GB 32100-2015), checked by its check digit on import; '' when not given.
  ADD COLUMN credit_code text NOT NULL DEFAULT '',
  ADD COLUMN province text NOT NULL DEFAULT '',
  ADD COLUMN contact_name text NOT NULL DEFAULT '',
  ADD COLUMN mobile text NOT NULL DEFAULT '',
  ADD COLUMN email text NOT NULL DEFAULT '',
  ADD COLUMN booth text NOT NULL DEFAULT '',
  ADD COLUMN floor_area numeric(12, 2) CHECK (floor_area >= 0),
  ADD COLUMN contract_amount numeric(16, 2) CHECK (contract_amount >= 0),
  -- How a re-import recognises the exhibitor: 'credit:CODE' or 'name:KEY'; '' for exhibitors added by hand.
  ADD COLUMN import_key text NOT NULL DEFAULT '',
  -- Columns of the file we do not know, kept as they were.
  ADD COLUMN extra jsonb NOT NULL DEFAULT '{}',
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
CREATE UNIQUE INDEX exhibitors_import_key ON exhibitors (event_id, import_key) WHERE import_key <> '';

-- Attendance of past editions from files --------------------------------------------------------

-- The show days a file says a visitor attended (到场/attended). They count exactly like a day with
-- an admitted check-in: an attendee_days row (entries = 0 when no scan backs it), then the
-- person's visits and the report's counters through the usual triggers.
CREATE TABLE attendance_imports (
  attendee_id uuid NOT NULL REFERENCES attendees(id),
  day date NOT NULL,
  event_id uuid NOT NULL REFERENCES events(id),
  PRIMARY KEY (attendee_id, day)
);
CREATE INDEX attendance_imports_event ON attendance_imports (event_id);

-- Imported days of these records into attendee_days, then their persons recounted. Days no longer
-- imported and without a scan go; days with scans stay whatever the file says.
CREATE FUNCTION sf_apply_imported_attendance(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM attendee_days d WHERE d.attendee_id = ANY(ids) AND d.entries = 0
     AND NOT EXISTS (SELECT 1 FROM attendance_imports i WHERE i.attendee_id = d.attendee_id AND i.day = d.day);
  INSERT INTO attendee_days (attendee_id, day, event_id, entries, first_at)
  SELECT i.attendee_id, i.day, i.event_id, 0, (i.day::timestamp AT TIME ZONE e.time_zone)
    FROM attendance_imports i JOIN events e ON e.id = i.event_id
   WHERE i.attendee_id = ANY(ids)
   ORDER BY 1, 2
  ON CONFLICT (attendee_id, day) DO NOTHING;
  PERFORM sf_refresh_persons(ARRAY(SELECT DISTINCT v.person_id FROM visitor_profiles v WHERE v.attendee_id = ANY(ids)));
END $$;

-- sf_rebuild_attendance of 005, with the imported days kept.
CREATE OR REPLACE FUNCTION sf_rebuild_attendance(ev uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE tz text;
BEGIN
  SELECT time_zone INTO tz FROM events WHERE id = ev;
  DELETE FROM checkin_hours WHERE event_id = ev;
  DELETE FROM attendee_days WHERE event_id = ev;
  DELETE FROM person_days WHERE event_id = ev;
  INSERT INTO checkin_hours (event_id, hour, admitted, flagged)
  SELECT ev, date_trunc('hour', LEAST(captured_at, received_at) AT TIME ZONE tz), count(*) FILTER (WHERE sf_admits(attendee_id, flags)), count(*) FILTER (WHERE NOT sf_admits(attendee_id, flags))
    FROM checkins WHERE event_id = ev GROUP BY 2;
  INSERT INTO attendee_days (attendee_id, day, event_id, entries, first_at)
  SELECT attendee_id, (LEAST(captured_at, received_at) AT TIME ZONE tz)::date, ev, count(*), min(LEAST(captured_at, received_at))
    FROM checkins WHERE event_id = ev AND sf_admits(attendee_id, flags) GROUP BY 1, 2;
  INSERT INTO attendee_days (attendee_id, day, event_id, entries, first_at)
  SELECT attendee_id, day, ev, 0, day::timestamp AT TIME ZONE tz FROM attendance_imports WHERE event_id = ev
  ON CONFLICT (attendee_id, day) DO NOTHING;
  INSERT INTO person_days (person_id, day, event_id, is_visitor)
  SELECT DISTINCT v.person_id, d.day, ev, p.is_visitor
    FROM attendee_days d JOIN visitor_profiles v ON v.attendee_id = d.attendee_id JOIN persons p ON p.id = v.person_id
   WHERE d.event_id = ev;
  UPDATE persons SET days = 0 WHERE event_id = ev AND days <> 0;
  UPDATE persons p SET days = x.n
    FROM (SELECT person_id, count(*)::int AS n FROM person_days WHERE event_id = ev GROUP BY person_id) x
   WHERE p.id = x.person_id;
END $$;

-- The desk's greeting: how many earlier editions of the show this visitor took part in, and
-- whether the previous one was among them (kept by sf_refresh_returning after each linking).
ALTER TABLE attendees
  ADD COLUMN past_editions smallint NOT NULL DEFAULT 0,
  ADD COLUMN at_previous_edition boolean NOT NULL DEFAULT false;

-- Customers: organizer-level contacts and companies ---------------------------------------------

CREATE TABLE customers (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('contact', 'company')),
  -- Identity as last seen (the newest linked record), or as entered for a prospect.
  name text NOT NULL DEFAULT '',
  company text NOT NULL DEFAULT '',
  credit_code text NOT NULL DEFAULT '',
  mobile text NOT NULL DEFAULT '',
  email text NOT NULL DEFAULT '',
  country text NOT NULL DEFAULT '',
  province text NOT NULL DEFAULT '',
  -- Matching keys of the identity above (core/editions/names.ts), so a prospect is found by linking.
  name_tokens text NOT NULL DEFAULT '',
  name_flat text NOT NULL DEFAULT '',
  company_key text NOT NULL DEFAULT '',
  -- The development pipeline (core/editions/pipeline.ts): stage, since when, source and owner.
  stage text,
  stage_at timestamptz,
  source text NOT NULL DEFAULT '',
  owner text NOT NULL DEFAULT '',
  -- Entered by hand before taking part: linking looks at their own keys (everyone else's are their records').
  prospect boolean NOT NULL DEFAULT false,
  -- Merged into another customer by hand (undoable): every link moved there.
  merged_into uuid REFERENCES customers(id),
  erased_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX customers_prospect_mobile ON customers (kind, mobile) WHERE prospect AND mobile <> '' AND merged_into IS NULL;
CREATE INDEX customers_prospect_email ON customers (kind, email) WHERE prospect AND email <> '' AND merged_into IS NULL;
CREATE INDEX customers_prospect_credit ON customers (credit_code) WHERE prospect AND credit_code <> '' AND merged_into IS NULL;
CREATE INDEX customers_prospect_name ON customers (kind, name_tokens, company_key) WHERE prospect AND name_tokens <> '' AND merged_into IS NULL;
CREATE INDEX customers_stage ON customers (kind, stage) WHERE stage IS NOT NULL AND merged_into IS NULL;

-- One row per edition record (attendee or exhibitor) and the customer it belongs to, with why.
-- The keys are those of the record when it was linked: later records are matched against them.
CREATE TABLE customer_links (
  record_id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('contact', 'company')),
  event_id uuid NOT NULL REFERENCES events(id),
  customer_id uuid NOT NULL REFERENCES customers(id),
  -- credit_code | mobile | email | mobile_email | new | review | merge | split | unlink | manual
  reason text NOT NULL,
  evidence jsonb NOT NULL DEFAULT '{}',
  linked_by text NOT NULL DEFAULT 'auto',
  linked_at timestamptz NOT NULL DEFAULT now(),
  mobile text NOT NULL DEFAULT '',
  email text NOT NULL DEFAULT '',
  credit_code text NOT NULL DEFAULT '',
  name_tokens text NOT NULL DEFAULT '',
  name_flat text NOT NULL DEFAULT '',
  company_key text NOT NULL DEFAULT ''
);
CREATE INDEX customer_links_customer ON customer_links (customer_id);
CREATE INDEX customer_links_event ON customer_links (event_id, customer_id);
CREATE INDEX customer_links_mobile ON customer_links (kind, mobile) WHERE mobile <> '';
CREATE INDEX customer_links_email ON customer_links (kind, email) WHERE email <> '';
CREATE INDEX customer_links_credit ON customer_links (credit_code) WHERE credit_code <> '';
CREATE INDEX customer_links_name ON customer_links (kind, name_tokens, company_key) WHERE name_tokens <> '';

-- Records waiting to be linked: every new attendee and exhibitor, whatever path made it.
CREATE TABLE customer_link_queue (
  record_id uuid PRIMARY KEY,
  kind text NOT NULL,
  event_id uuid NOT NULL
);
CREATE INDEX customer_link_queue_event ON customer_link_queue (event_id, kind);

CREATE FUNCTION sf_queue_attendee_links() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO customer_link_queue (record_id, kind, event_id) SELECT id, 'contact', event_id FROM new_rows ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER attendees_link_queue AFTER INSERT ON attendees REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sf_queue_attendee_links();

CREATE FUNCTION sf_queue_exhibitor_links() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO customer_link_queue (record_id, kind, event_id) SELECT id, 'company', event_id FROM new_rows ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER exhibitors_link_queue AFTER INSERT ON exhibitors REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sf_queue_exhibitor_links();

INSERT INTO customer_link_queue (record_id, kind, event_id) SELECT id, 'contact', event_id FROM attendees;
INSERT INTO customer_link_queue (record_id, kind, event_id) SELECT id, 'company', event_id FROM exhibitors;

-- Every manual change to links (merge, split, unlink, a review accepted), with what the records
-- were linked to before, so it can be undone exactly.
CREATE TABLE customer_moves (
  id bigserial PRIMARY KEY,
  kind text NOT NULL,
  action text NOT NULL CHECK (action IN ('merge', 'split', 'unlink', 'accept')),
  into_customer uuid NOT NULL,
  from_customer uuid,
  records uuid[] NOT NULL,
  -- [{record, customer, reason, evidence, linkedBy, linkedAt}] before the move.
  before jsonb NOT NULL,
  note text NOT NULL DEFAULT '',
  moved_by text NOT NULL,
  moved_at timestamptz NOT NULL DEFAULT now(),
  undone_at timestamptz,
  undone_by text
);
CREATE INDEX customer_moves_into ON customer_moves (into_customer);
CREATE INDEX customer_moves_from ON customer_moves (from_customer);

-- Pairs the organizer said are different (an undone link, merge or review): never joined automatically.
CREATE TABLE customer_distinct (
  a uuid NOT NULL,
  b uuid NOT NULL,
  decided_by text NOT NULL,
  decided_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (a, b),
  CHECK (a < b)
);

-- Weak or conflicting signals, offered to the organizer instead of linked: the same name and
-- company; the same mobile or email under another name; two customers that look like one.
CREATE TABLE customer_reviews (
  id bigserial PRIMARY KEY,
  kind text NOT NULL,
  record_id uuid,
  customer_id uuid NOT NULL,
  other_customer uuid,
  signal text NOT NULL,
  evidence jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  decision text CHECK (decision IN ('linked', 'distinct', 'merged')),
  decided_by text,
  decided_at timestamptz
);
CREATE UNIQUE INDEX customer_reviews_pair ON customer_reviews (COALESCE(record_id, other_customer), customer_id, signal);
CREATE INDEX customer_reviews_open ON customer_reviews (kind, id) WHERE decision IS NULL;

-- Participations -------------------------------------------------------------------------------

-- One row per customer and edition they took part in, under the report's counting rules: a
-- contact whose person was admitted on at least one day (role visitor, or press / staff, counted
-- apart), a company with an exhibitor record (role exhibitor).
CREATE TABLE participations (
  customer_id uuid NOT NULL,
  event_id uuid NOT NULL,
  kind text NOT NULL,
  role text NOT NULL CHECK (role IN ('visitor', 'press', 'staff', 'exhibitor')),
  category text NOT NULL DEFAULT '',
  days integer NOT NULL DEFAULT 0,
  floor_area numeric(12, 2),
  contract_amount numeric(16, 2),
  PRIMARY KEY (customer_id, event_id)
);
CREATE INDEX participations_event ON participations (event_id, role, customer_id);

-- Transition tables have no statistics, and a join of two of them (new_rows with old_rows) was
-- planned as a nested loop: 200,000 persons updated by one statement took over 20 minutes. The
-- triggers below compare them with EXCEPT (hashed) instead, and join arrays through unnest, never
-- "= ANY(array)" over a large array (a linear search per row).
CREATE FUNCTION sf_refresh_participations(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(ids) = 0 THEN RETURN; END IF;
  DELETE FROM participations p USING unnest(ids) AS u(id) WHERE p.customer_id = u.id;
  INSERT INTO participations (customer_id, event_id, kind, role, category, days)
  SELECT x.customer_id, x.event_id, 'contact',
         CASE WHEN sf_counts_as_visitor(x.category) THEN 'visitor' WHEN x.category = 'press' THEN 'press' ELSE 'staff' END,
         x.category, x.days
    FROM (SELECT l.customer_id, p.event_id, sf_person_category(array_agg(p.category)) AS category, count(DISTINCT d.day)::int AS days
            FROM unnest(ids) AS u(id) JOIN customer_links l ON l.customer_id = u.id AND l.kind = 'contact'
            JOIN visitor_profiles v ON v.attendee_id = l.record_id
            JOIN persons p ON p.id = v.person_id AND p.days > 0 JOIN person_days d ON d.person_id = p.id
           GROUP BY 1, 2) x
   ORDER BY 1, 2;
  INSERT INTO participations (customer_id, event_id, kind, role, floor_area, contract_amount)
  SELECT l.customer_id, x.event_id, 'company', 'exhibitor', sum(x.floor_area), sum(x.contract_amount)
    FROM unnest(ids) AS u(id) JOIN customer_links l ON l.customer_id = u.id AND l.kind = 'company' JOIN exhibitors x ON x.id = l.record_id
   GROUP BY 1, 2 ORDER BY 1, 2;
END $$;

-- One edition's participations counted afresh from its links: what a link run does once at its
-- end instead of per statement (one hash join over the edition, not 20 batches of index probes).
CREATE FUNCTION sf_rebuild_participations(ev uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM participations WHERE event_id = ev;
  INSERT INTO participations (customer_id, event_id, kind, role, category, days)
  SELECT x.customer_id, ev, 'contact',
         CASE WHEN sf_counts_as_visitor(x.category) THEN 'visitor' WHEN x.category = 'press' THEN 'press' ELSE 'staff' END,
         x.category, x.days
    FROM (SELECT l.customer_id, sf_person_category(array_agg(p.category)) AS category, count(DISTINCT d.day)::int AS days
            FROM customer_links l JOIN visitor_profiles v ON v.attendee_id = l.record_id
            JOIN persons p ON p.id = v.person_id AND p.days > 0 JOIN person_days d ON d.person_id = p.id
           WHERE l.event_id = ev AND l.kind = 'contact'
           GROUP BY 1) x
   ORDER BY 1;
  INSERT INTO participations (customer_id, event_id, kind, role, floor_area, contract_amount)
  SELECT l.customer_id, ev, 'company', 'exhibitor', sum(x.floor_area), sum(x.contract_amount)
    FROM customer_links l JOIN exhibitors x ON x.id = l.record_id
   WHERE l.event_id = ev AND l.kind = 'company'
   GROUP BY 1 ORDER BY 1;
END $$;

-- Links added, moved or removed: the customers on both sides are counted again. A link run sets
-- showfloor.bulk_link for its transaction and rebuilds the edition's participations at its end.
CREATE FUNCTION sf_links_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('showfloor.bulk_link', true) = 'on' THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM sf_refresh_participations(ARRAY(SELECT DISTINCT customer_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM sf_refresh_participations(ARRAY(SELECT DISTINCT customer_id FROM old_rows));
  ELSE
    PERFORM sf_refresh_participations(ARRAY(
      SELECT customer_id FROM (SELECT record_id, customer_id FROM new_rows EXCEPT SELECT record_id, customer_id FROM old_rows) moved_to
      UNION SELECT customer_id FROM (SELECT record_id, customer_id FROM old_rows EXCEPT SELECT record_id, customer_id FROM new_rows) moved_from));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER customer_links_insert AFTER INSERT ON customer_links REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sf_links_changed();
CREATE TRIGGER customer_links_update AFTER UPDATE ON customer_links REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sf_links_changed();
CREATE TRIGGER customer_links_delete AFTER DELETE ON customer_links REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION sf_links_changed();

-- A person counted differently (first admitted day, another day, category changed): the customers
-- of their records are counted again. Persons merged away take their records to the person they
-- joined, which is refreshed in the same call, so deletions need nothing here. Nothing to do
-- before any record is linked (a first import, or a show that never linked).
CREATE FUNCTION sf_persons_participations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM customer_links WHERE kind = 'contact') THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM sf_refresh_participations(ARRAY(
      SELECT DISTINCT l.customer_id FROM new_rows n JOIN visitor_profiles v ON v.person_id = n.id JOIN customer_links l ON l.record_id = v.attendee_id
       WHERE n.days > 0));
  ELSE
    PERFORM sf_refresh_participations(ARRAY(
      SELECT DISTINCT l.customer_id
        FROM (SELECT id, days, category FROM new_rows EXCEPT SELECT id, days, category FROM old_rows) n
        JOIN visitor_profiles v ON v.person_id = n.id JOIN customer_links l ON l.record_id = v.attendee_id));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER persons_participations_insert AFTER INSERT ON persons REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sf_persons_participations();
CREATE TRIGGER persons_participations_update AFTER UPDATE ON persons REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sf_persons_participations();

-- An exhibitor's floor area or contract amount changed (a re-import): its company's figures follow.
CREATE FUNCTION sf_exhibitors_participations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM sf_refresh_participations(ARRAY(
    SELECT DISTINCT l.customer_id
      FROM (SELECT id, floor_area, contract_amount FROM new_rows EXCEPT SELECT id, floor_area, contract_amount FROM old_rows) n
      JOIN customer_links l ON l.record_id = n.id));
  RETURN NULL;
END $$;
CREATE TRIGGER exhibitors_participations AFTER UPDATE ON exhibitors REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sf_exhibitors_participations();

-- The roster's returning mark for an edition's attendees, from participations in earlier editions
-- of its show (any role: the desk greets a journalist who came before too). Only changed rows are
-- written, so desks download only visitors whose mark changed.
CREATE FUNCTION sf_refresh_returning(ev uuid) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE prev_event uuid; changed integer;
BEGIN
  SELECT p.id INTO prev_event FROM events e JOIN events p ON p.show_id = e.show_id AND p.edition < e.edition WHERE e.id = ev ORDER BY p.edition DESC LIMIT 1;
  WITH earlier AS (
    SELECT p.id FROM events e JOIN events p ON p.show_id = e.show_id AND p.edition < e.edition WHERE e.id = ev
  ), marks AS (
    SELECT l.record_id, count(DISTINCT pa.event_id)::int AS n, bool_or(pa.event_id = prev_event) AS at_prev
      FROM customer_links l JOIN participations pa ON pa.customer_id = l.customer_id
     WHERE l.event_id = ev AND l.kind = 'contact' AND pa.event_id IN (SELECT id FROM earlier)
     GROUP BY l.record_id
  ), wanted AS (
    SELECT a.id, COALESCE(m.n, 0) AS n, COALESCE(m.at_prev, false) AS at_prev
      FROM attendees a LEFT JOIN marks m ON m.record_id = a.id
     WHERE a.event_id = ev AND a.erased_at IS NULL
  )
  UPDATE attendees a SET past_editions = LEAST(w.n, 32767), at_previous_edition = w.at_prev
    FROM wanted w
   WHERE a.id = w.id AND (a.past_editions, a.at_previous_edition) IS DISTINCT FROM (LEAST(w.n, 32767)::smallint, w.at_prev);
  GET DIAGNOSTICS changed = ROW_COUNT;
  RETURN changed;
END $$;

-- The customer database: notes, stages, lost reasons, tiers -----------------------------------

-- The timeline the organizer's account manager works from: notes and contacts (visit, call,
-- email, letter); win-back actions are contacts made to win a lost customer back.
CREATE TABLE customer_notes (
  id uuid PRIMARY KEY,
  customer_id uuid NOT NULL REFERENCES customers(id),
  kind text NOT NULL CHECK (kind IN ('note', 'visit', 'call', 'email', 'letter')),
  at timestamptz NOT NULL,
  text text NOT NULL,
  win_back boolean NOT NULL DEFAULT false,
  event_id uuid REFERENCES events(id),
  by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX customer_notes_customer ON customer_notes (customer_id, at);

-- Every stage move, timestamped: time per stage and conversion are read from here.
CREATE TABLE customer_stage_moves (
  id bigserial PRIMARY KEY,
  customer_id uuid NOT NULL REFERENCES customers(id),
  from_stage text,
  to_stage text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  by text NOT NULL,
  note text NOT NULL DEFAULT ''
);
CREATE INDEX customer_stage_moves_customer ON customer_stage_moves (customer_id, at, id);

-- Why a customer of an edition did not come to the next one (客户流失的原因), when known.
CREATE TABLE customer_lost_reasons (
  customer_id uuid NOT NULL REFERENCES customers(id),
  -- The edition they did not come to.
  event_id uuid NOT NULL REFERENCES events(id),
  reason text NOT NULL CHECK (reason IN ('positioning', 'quality', 'market', 'service', 'own', 'social')),
  note text NOT NULL DEFAULT '',
  recorded_by text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (customer_id, event_id)
);

-- ABC tier rules, versioned (never updated: a change is a new version).
CREATE TABLE tier_rules (
  kind text NOT NULL CHECK (kind IN ('contact', 'company')),
  version integer NOT NULL CHECK (version >= 1),
  rule jsonb NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, version)
);

-- Tiers per edition, with the rule version and the inputs that put the customer there.
CREATE TABLE customer_tiers (
  event_id uuid NOT NULL REFERENCES events(id),
  customer_id uuid NOT NULL REFERENCES customers(id),
  kind text NOT NULL,
  tier text NOT NULL CHECK (tier IN ('A', 'B', 'C')),
  rule_version integer NOT NULL,
  value numeric NOT NULL,
  rank integer NOT NULL,
  inputs jsonb NOT NULL,
  computed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (event_id, customer_id)
);
CREATE INDEX customer_tiers_tier ON customer_tiers (event_id, kind, tier);

-- A customer's page reads each record's survey answers and complaints: by the record, not by a scan of the show's.
CREATE INDEX survey_responses_attendee ON survey_responses (attendee_id) WHERE attendee_id IS NOT NULL;
CREATE INDEX feedback_attendee ON feedback (attendee_id) WHERE attendee_id IS NOT NULL;
CREATE INDEX feedback_contact_email ON feedback (lower(contact_email)) WHERE contact_email <> '';
