-- Issue 6: the classified visitor database, one person per visitor (merges, reversible), and the
-- attendance summaries honest counts are read from. The counting rules are in
-- src/core/stats/rules.ts; the SQL below must agree with them (the integration tests compare).
--
-- Nothing here writes to `attendees` or `checkins`: those rows are pulled by desks, and touching
-- them would move their sync sequence. Classification, identity and attendance live in tables of
-- their own, kept current by triggers on the shared tables, so every path that adds visitors or
-- check-ins (roster import, walk-in pushes, later sources) is covered without calling us.

-- Show days are calendar days in the event's time zone.
ALTER TABLE events ADD COLUMN time_zone text NOT NULL DEFAULT 'Asia/Shanghai';

-- Exhibitors' home country (domestic / international in the report) and product categories
-- (ids of the event's product tree: a scan at their booth suggests an interest).
ALTER TABLE exhibitors
  ADD COLUMN country text NOT NULL DEFAULT '',
  ADD COLUMN product_categories text[] NOT NULL DEFAULT '{}';

CREATE FUNCTION sf_counts_as_visitor(category text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT category IN ('trade', 'public', 'vip_buyer')
$$;

-- CATEGORY_PRECEDENCE of rules.ts: a person with several records counts under the first.
CREATE FUNCTION sf_person_category(categories text[]) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT c FROM unnest(categories) AS c
   ORDER BY array_position(ARRAY['organizer_staff', 'exhibitor_staff', 'press', 'vip_buyer', 'trade', 'public'], c) NULLS LAST
   LIMIT 1
$$;

-- NON_ADMITTING_FLAGS of rules.ts.
CREATE FUNCTION sf_admits(attendee_id uuid, flags text[]) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT attendee_id IS NOT NULL AND NOT (flags && ARRAY['forged', 'unknown', 'other_event', 'revoked'])
$$;

-- One row per visitor record: its classification (the full result with statuses, rules and
-- evidence, and plain copies of the final values to filter on), staff corrections, and the
-- person it belongs to (its own id until merged).
CREATE TABLE visitor_profiles (
  attendee_id uuid PRIMARY KEY REFERENCES attendees(id) ON DELETE CASCADE,
  event_id uuid NOT NULL REFERENCES events(id),
  person_id uuid NOT NULL,
  -- Inputs changed or the taxonomies did: classify again.
  stale boolean NOT NULL DEFAULT true,
  classification jsonb,
  corrections jsonb NOT NULL DEFAULT '{}',
  country text NOT NULL DEFAULT '',
  province text NOT NULL DEFAULT '',
  city text NOT NULL DEFAULT '',
  scope text NOT NULL DEFAULT 'unknown',
  industry text NOT NULL DEFAULT '',
  company_size text NOT NULL DEFAULT '',
  interests text[] NOT NULL DEFAULT '{}',
  -- Normalised name + company: the weak identity signal, shown for review, never merged automatically.
  name_key text NOT NULL DEFAULT '',
  classified_at timestamptz
);
CREATE INDEX visitor_profiles_person ON visitor_profiles (person_id);
CREATE INDEX visitor_profiles_stale ON visitor_profiles (event_id) WHERE stale;
CREATE INDEX visitor_profiles_name_key ON visitor_profiles (event_id, name_key) WHERE name_key <> '';

-- Strong identity signals: the same E.164 mobile or the same lower-cased email.
CREATE INDEX attendees_mobile ON attendees (event_id, mobile) WHERE mobile <> '';
CREATE INDEX attendees_email ON attendees (event_id, lower(email)) WHERE email <> '';

-- One row per person: what is counted. `id` is the attendee id of the person's primary record.
-- Category, region and the rest are derived from the person's records by sf_refresh_persons.
CREATE TABLE persons (
  id uuid PRIMARY KEY,
  event_id uuid NOT NULL REFERENCES events(id),
  category text NOT NULL,
  is_visitor boolean NOT NULL,
  country text NOT NULL DEFAULT '',
  province text NOT NULL DEFAULT '',
  city text NOT NULL DEFAULT '',
  scope text NOT NULL DEFAULT 'unknown',
  industry text NOT NULL DEFAULT '',
  company_size text NOT NULL DEFAULT '',
  interests text[] NOT NULL DEFAULT '{}',
  records integer NOT NULL DEFAULT 1,
  -- false when any record refused the use of their data for follow-up; null when never asked.
  consent_data boolean,
  -- Show days with an admitted entry (a visitor's visits).
  days integer NOT NULL DEFAULT 0
);
-- The drill-downs filter through these partial indexes (the figures themselves are counters since 008).
CREATE INDEX persons_present ON persons (event_id, category) INCLUDE (days) WHERE days > 0;
CREATE INDEX persons_counted_region ON persons (event_id, scope, province) WHERE is_visitor AND days > 0;
CREATE INDEX persons_counted_country ON persons (event_id, country) WHERE is_visitor AND days > 0;
CREATE INDEX persons_counted_industry ON persons (event_id, industry) WHERE is_visitor AND days > 0;
CREATE INDEX persons_counted_size ON persons (event_id, company_size) WHERE is_visitor AND days > 0;
CREATE INDEX persons_event ON persons (event_id, id);

-- Admitted entries per record and show day (from check-ins, kept by the trigger below).
CREATE TABLE attendee_days (
  attendee_id uuid NOT NULL,
  day date NOT NULL,
  event_id uuid NOT NULL,
  entries integer NOT NULL,
  first_at timestamptz NOT NULL,
  PRIMARY KEY (attendee_id, day)
);
CREATE INDEX attendee_days_event ON attendee_days (event_id, day);

-- Visits: one row per person and show day.
CREATE TABLE person_days (
  person_id uuid NOT NULL,
  day date NOT NULL,
  event_id uuid NOT NULL,
  is_visitor boolean NOT NULL,
  PRIMARY KEY (person_id, day)
);
CREATE INDEX person_days_visitors ON person_days (event_id, day) WHERE is_visitor;

-- Scans per local hour of the event, admitted and flagged (the dashboard's hourly chart).
CREATE TABLE checkin_hours (
  event_id uuid NOT NULL,
  hour timestamp NOT NULL,
  admitted integer NOT NULL DEFAULT 0,
  flagged integer NOT NULL DEFAULT 0,
  PRIMARY KEY (event_id, hour)
);

-- The merge history: who merged which records into which person on which signal, and what
-- the records belonged to before, so a merge can be undone exactly.
CREATE TABLE person_merges (
  id bigserial PRIMARY KEY,
  event_id uuid NOT NULL REFERENCES events(id),
  into_person uuid NOT NULL,
  from_person uuid NOT NULL,
  -- mobile | email | name_company | manual
  signal text NOT NULL,
  evidence text NOT NULL DEFAULT '',
  -- 'auto' or the organizer's user name.
  merged_by text NOT NULL,
  merged_at timestamptz NOT NULL DEFAULT now(),
  -- The attendee ids that moved from from_person to into_person.
  moved uuid[] NOT NULL,
  undone_at timestamptz,
  undone_by text
);
CREATE INDEX person_merges_into ON person_merges (event_id, into_person);
CREATE INDEX person_merges_from ON person_merges (event_id, from_person);

-- Pairs the organizer said are different people (or split again): never merged automatically,
-- never offered for review again. Stored with the smaller id first.
CREATE TABLE person_distinct (
  event_id uuid NOT NULL REFERENCES events(id),
  a uuid NOT NULL,
  b uuid NOT NULL,
  decided_by text NOT NULL,
  decided_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (event_id, a, b),
  CHECK (a < b)
);

-- Recomputes persons (category, region, classification, consent, visits) from their records.
-- Persons left without records (merged away) disappear with their visits.
CREATE FUNCTION sf_refresh_persons(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM person_days WHERE person_id = ANY(ids);
  DELETE FROM persons p WHERE p.id = ANY(ids) AND NOT EXISTS (SELECT 1 FROM visitor_profiles v WHERE v.person_id = p.id);
  INSERT INTO persons AS p (id, event_id, category, is_visitor, country, province, city, scope, industry, company_size, interests, records, consent_data, days)
  SELECT x.person_id, x.event_id, x.category, sf_counts_as_visitor(x.category),
         split_part(COALESCE(x.region, ''), '|', 1), split_part(COALESCE(x.region, ''), '|', 2), split_part(COALESCE(x.region, ''), '|', 3),
         COALESCE(NULLIF(split_part(COALESCE(x.region, ''), '|', 4), ''), 'unknown'),
         COALESCE(x.industry, ''), COALESCE(x.company_size, ''), x.interests, x.records, x.consent_data, 0
    FROM (
      -- The primary record's value first, then the other records' oldest first.
      SELECT v.person_id, v.event_id,
             sf_person_category(array_agg(a.category)) AS category,
             -- personRegion of rules.ts: country, province, city and scope from one record, the most specific.
             (array_agg(concat_ws('|', v.country, v.province, v.city, v.scope)
                        ORDER BY CASE WHEN v.city <> '' THEN 3 WHEN v.province <> '' THEN 2 ELSE 1 END DESC, v.attendee_id = v.person_id DESC, a.created_at, a.id)
                        FILTER (WHERE v.country <> '' OR v.province <> '' OR v.city <> ''))[1] AS region,
             (array_agg(v.industry ORDER BY v.attendee_id = v.person_id DESC, a.created_at, a.id) FILTER (WHERE v.industry <> ''))[1] AS industry,
             (array_agg(v.company_size ORDER BY v.attendee_id = v.person_id DESC, a.created_at, a.id) FILTER (WHERE v.company_size <> ''))[1] AS company_size,
             ARRAY(SELECT DISTINCT i FROM visitor_profiles v2, unnest(v2.interests) AS i WHERE v2.person_id = v.person_id ORDER BY i) AS interests,
             count(*)::int AS records,
             CASE WHEN bool_or(a.consent_data = false) THEN false WHEN bool_or(a.consent_data) THEN true END AS consent_data
        FROM visitor_profiles v JOIN attendees a ON a.id = v.attendee_id
       WHERE v.person_id = ANY(ids)
       GROUP BY v.person_id, v.event_id
    ) x
  ON CONFLICT (id) DO UPDATE SET
    category = EXCLUDED.category, is_visitor = EXCLUDED.is_visitor, country = EXCLUDED.country, province = EXCLUDED.province,
    city = EXCLUDED.city, scope = EXCLUDED.scope, industry = EXCLUDED.industry, company_size = EXCLUDED.company_size,
    interests = EXCLUDED.interests, records = EXCLUDED.records, consent_data = EXCLUDED.consent_data, days = 0;
  INSERT INTO person_days (person_id, day, event_id, is_visitor)
  SELECT DISTINCT v.person_id, d.day, d.event_id, p.is_visitor
    FROM visitor_profiles v JOIN attendee_days d ON d.attendee_id = v.attendee_id JOIN persons p ON p.id = v.person_id
   WHERE v.person_id = ANY(ids);
  UPDATE persons p SET days = x.n
    FROM (SELECT person_id, count(*)::int AS n FROM person_days WHERE person_id = ANY(ids) GROUP BY person_id) x
   WHERE p.id = x.person_id;
END $$;

-- New visitor records: a profile to classify and a person of their own. Entries scanned before
-- the record arrived (a walk-in's badge read at another desk first) count from now on.
CREATE FUNCTION sf_attendees_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO visitor_profiles (attendee_id, event_id, person_id) SELECT id, event_id, id FROM new_rows ON CONFLICT DO NOTHING;
  INSERT INTO persons (id, event_id, category, is_visitor, consent_data)
  SELECT id, event_id, category, sf_counts_as_visitor(category), consent_data FROM new_rows ON CONFLICT DO NOTHING;
  IF EXISTS (SELECT 1 FROM attendee_days d JOIN new_rows n ON n.id = d.attendee_id) THEN
    PERFORM sf_refresh_persons(ARRAY(SELECT DISTINCT n.id FROM new_rows n JOIN attendee_days d ON d.attendee_id = n.id));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER attendees_profiles AFTER INSERT ON attendees REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sf_attendees_inserted();

-- Changed records: classify again when what classification reads changed; recount the person
-- when their category or consent changed.
CREATE FUNCTION sf_attendees_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE visitor_profiles v SET stale = true
    FROM new_rows n JOIN old_rows o ON o.id = n.id
   WHERE v.attendee_id = n.id
     AND (n.company, n.mobile, n.email, n.country, n.province, n.city, n.industry, n.company_size, n.interests, n.extra, n.name)
         IS DISTINCT FROM (o.company, o.mobile, o.email, o.country, o.province, o.city, o.industry, o.company_size, o.interests, o.extra, o.name);
  IF EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.category, n.consent_data) IS DISTINCT FROM (o.category, o.consent_data)) THEN
    PERFORM sf_refresh_persons(ARRAY(
      SELECT DISTINCT v.person_id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN visitor_profiles v ON v.attendee_id = n.id
       WHERE (n.category, n.consent_data) IS DISTINCT FROM (o.category, o.consent_data)));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER attendees_profiles_update AFTER UPDATE ON attendees REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sf_attendees_updated();

-- New check-ins: the hourly scan counts, admitted entries per record and day, and a person's
-- visit when it is their first admitted entry of that day. Rows are taken in key order so
-- concurrent pushes lock summary rows in the same order (no deadlocks between them).
CREATE FUNCTION sf_checkins_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO checkin_hours AS h (event_id, hour, admitted, flagged)
  SELECT n.event_id, date_trunc('hour', LEAST(n.captured_at, n.received_at) AT TIME ZONE e.time_zone) AS hour,
         count(*) FILTER (WHERE sf_admits(n.attendee_id, n.flags)), count(*) FILTER (WHERE NOT sf_admits(n.attendee_id, n.flags))
    FROM new_rows n JOIN events e ON e.id = n.event_id
   GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (event_id, hour) DO UPDATE SET admitted = h.admitted + EXCLUDED.admitted, flagged = h.flagged + EXCLUDED.flagged;

  WITH entries AS (
    SELECT n.attendee_id, (LEAST(n.captured_at, n.received_at) AT TIME ZONE e.time_zone)::date AS day, n.event_id,
           count(*)::int AS entries, min(LEAST(n.captured_at, n.received_at)) AS first_at
      FROM new_rows n JOIN events e ON e.id = n.event_id
     WHERE sf_admits(n.attendee_id, n.flags)
     GROUP BY 1, 2, 3 ORDER BY 1, 2
  ), stored AS (
    INSERT INTO attendee_days AS d (attendee_id, day, event_id, entries, first_at)
    SELECT attendee_id, day, event_id, entries, first_at FROM entries
    ON CONFLICT (attendee_id, day) DO UPDATE SET entries = d.entries + EXCLUDED.entries, first_at = LEAST(d.first_at, EXCLUDED.first_at)
    RETURNING d.attendee_id, d.day, d.event_id, (xmax = 0) AS fresh
  ), visits AS (
    INSERT INTO person_days (person_id, day, event_id, is_visitor)
    SELECT DISTINCT v.person_id, s.day, s.event_id, p.is_visitor
      FROM stored s JOIN visitor_profiles v ON v.attendee_id = s.attendee_id JOIN persons p ON p.id = v.person_id
     WHERE s.fresh
     ORDER BY 1, 2
    ON CONFLICT DO NOTHING
    RETURNING person_id
  )
  UPDATE persons p SET days = p.days + x.n FROM (SELECT person_id, count(*)::int AS n FROM visits GROUP BY person_id ORDER BY person_id) x WHERE p.id = x.person_id;
  RETURN NULL;
END $$;
CREATE TRIGGER checkins_counted AFTER INSERT ON checkins REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sf_checkins_inserted();

-- After the event's time zone changes every show day may move: rebuild the summaries from the check-ins.
CREATE FUNCTION sf_rebuild_attendance(ev uuid) RETURNS void LANGUAGE plpgsql AS $$
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
  INSERT INTO person_days (person_id, day, event_id, is_visitor)
  SELECT DISTINCT v.person_id, d.day, ev, p.is_visitor
    FROM attendee_days d JOIN visitor_profiles v ON v.attendee_id = d.attendee_id JOIN persons p ON p.id = v.person_id
   WHERE d.event_id = ev;
  UPDATE persons SET days = 0 WHERE event_id = ev AND days <> 0;
  UPDATE persons p SET days = x.n
    FROM (SELECT person_id, count(*)::int AS n FROM person_days WHERE event_id = ev GROUP BY person_id) x
   WHERE p.id = x.person_id;
END $$;

-- Records that exist already (imported before this migration) get their profiles and persons now.
INSERT INTO visitor_profiles (attendee_id, event_id, person_id) SELECT id, event_id, id FROM attendees ON CONFLICT DO NOTHING;
INSERT INTO persons (id, event_id, category, is_visitor, consent_data)
SELECT id, event_id, category, sf_counts_as_visitor(category), consent_data FROM attendees ON CONFLICT DO NOTHING;
SELECT sf_rebuild_attendance(id) FROM events;
