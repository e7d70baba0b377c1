-- Issue 6: the dashboard's and the report's figures as counters, kept by triggers in the same
-- transaction as the rows they count, so reading a figure reads a few dozen rows however big the
-- show. With 500,000 records and 2,000,000 check-ins, counting `persons` for each figure took
-- 0.1–1 s a statement and 2 s for the whole dashboard (docs/decisions.md); the counters answer in
-- milliseconds. The drill-downs still count the records themselves: a figure and the total of
-- its drill-down come from different code paths, and the integration tests compare them.
--
-- figure_counts, per event, dimension and key:
--   category  key = persons.category           n = people admitted on at least one day, days = their visits
--   region    key = scope '|' province          n = counted visitors (is_visitor and admitted)
--   country / industry / size / interest        n = counted visitors with that value ('' = unknown)
--   day       key = YYYY-MM-DD                  n = visitors admitted that show day
-- Rows are never deleted by the triggers; a count can fall back to 0 (readers skip those).
CREATE TABLE figure_counts (
  event_id uuid NOT NULL,
  dim text NOT NULL,
  key text NOT NULL,
  n bigint NOT NULL DEFAULT 0,
  days bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (event_id, dim, key)
);

-- What the given rows of `persons` contribute, with a sign (+1 new, -1 old), as SQL over the
-- relation `src` (a transition table). Summed per counter; rows that changed nothing cancel out.
-- Counters are updated in key order, so concurrent transactions lock them in the same order.
CREATE FUNCTION sf_person_counters_sql(src text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
  SELECT format($q$
    WITH r AS (%s), c AS (
      SELECT event_id, 'category' AS dim, category AS key, sign AS n, sign * days AS days FROM r
      UNION ALL SELECT event_id, 'region', scope || '|' || province, sign, 0 FROM r WHERE is_visitor
      UNION ALL SELECT event_id, 'country', country, sign, 0 FROM r WHERE is_visitor
      UNION ALL SELECT event_id, 'industry', industry, sign, 0 FROM r WHERE is_visitor
      UNION ALL SELECT event_id, 'size', company_size, sign, 0 FROM r WHERE is_visitor
      UNION ALL SELECT r.event_id, 'interest', i, r.sign, 0 FROM r, unnest(r.interests) AS i WHERE r.is_visitor
    )
    INSERT INTO figure_counts AS f (event_id, dim, key, n, days)
    SELECT event_id, dim, key, sum(n), sum(days) FROM c GROUP BY 1, 2, 3 HAVING sum(n) <> 0 OR sum(days) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (event_id, dim, key) DO UPDATE SET n = f.n + EXCLUDED.n, days = f.days + EXCLUDED.days
  $q$, src)
$f$;

-- Only people admitted on at least one day (days > 0) count anywhere.
CREATE FUNCTION sf_persons_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE sf_person_counters_sql(CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT 1 AS sign, * FROM new_rows WHERE days > 0'
    WHEN 'DELETE' THEN 'SELECT -1 AS sign, * FROM old_rows WHERE days > 0'
    ELSE 'SELECT 1 AS sign, * FROM new_rows WHERE days > 0 UNION ALL SELECT -1 AS sign, * FROM old_rows WHERE days > 0' END);
  RETURN NULL;
END $$;
CREATE TRIGGER persons_counted_insert AFTER INSERT ON persons REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sf_persons_counted();
CREATE TRIGGER persons_counted_update AFTER UPDATE ON persons REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sf_persons_counted();
CREATE TRIGGER persons_counted_delete AFTER DELETE ON persons REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION sf_persons_counted();

-- Visitors per show day, from person_days (one row per person and day; is_visitor is the person's).
CREATE FUNCTION sf_person_days_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format($q$
    INSERT INTO figure_counts AS f (event_id, dim, key, n)
    SELECT event_id, 'day', to_char(day, 'YYYY-MM-DD'), sum(sign) FROM (%s) r WHERE is_visitor GROUP BY 1, 3 HAVING sum(sign) <> 0 ORDER BY 1, 3
    ON CONFLICT (event_id, dim, key) DO UPDATE SET n = f.n + EXCLUDED.n
  $q$, CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT 1 AS sign, * FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT -1 AS sign, * FROM old_rows'
    ELSE 'SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1 AS sign, * FROM old_rows' END);
  RETURN NULL;
END $$;
CREATE TRIGGER person_days_counted_insert AFTER INSERT ON person_days REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sf_person_days_counted();
CREATE TRIGGER person_days_counted_update AFTER UPDATE ON person_days REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sf_person_days_counted();
CREATE TRIGGER person_days_counted_delete AFTER DELETE ON person_days REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION sf_person_days_counted();

-- The counters counted afresh from persons and person_days: what the triggers must always equal
-- (the integration tests compare), and how existing data get their counters below.
CREATE FUNCTION sf_recount_figures(ev uuid) RETURNS TABLE (dim text, key text, n bigint, days bigint) LANGUAGE sql STABLE AS $$
  SELECT 'category', category, count(*), sum(days) FROM persons WHERE event_id = ev AND days > 0 GROUP BY category
  UNION ALL SELECT 'region', scope || '|' || province, count(*), 0 FROM persons WHERE event_id = ev AND days > 0 AND is_visitor GROUP BY scope, province
  UNION ALL SELECT 'country', country, count(*), 0 FROM persons WHERE event_id = ev AND days > 0 AND is_visitor GROUP BY country
  UNION ALL SELECT 'industry', industry, count(*), 0 FROM persons WHERE event_id = ev AND days > 0 AND is_visitor GROUP BY industry
  UNION ALL SELECT 'size', company_size, count(*), 0 FROM persons WHERE event_id = ev AND days > 0 AND is_visitor GROUP BY company_size
  UNION ALL SELECT 'interest', i, count(*), 0 FROM persons p, unnest(p.interests) AS i WHERE p.event_id = ev AND p.days > 0 AND p.is_visitor GROUP BY i
  UNION ALL SELECT 'day', to_char(day, 'YYYY-MM-DD'), count(*), 0 FROM person_days WHERE event_id = ev AND is_visitor GROUP BY day
$$;

INSERT INTO figure_counts (event_id, dim, key, n, days)
SELECT e.id, r.dim, r.key, r.n, r.days FROM events e, sf_recount_figures(e.id) r;

-- The drill-down of an hour of the check-in chart reads the check-ins of that hour: a range of
-- entry instants (capture time, never later than receipt), found by this index instead of by
-- reading every check-in of the show.
CREATE INDEX checkins_entry_instant ON checkins (event_id, (LEAST(captured_at, received_at)));
