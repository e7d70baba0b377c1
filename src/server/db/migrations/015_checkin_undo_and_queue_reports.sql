-- Issue 18. A check-in made by mistake is undone by a correcting record of its own (checkin_undos):
-- the check-in row stays as scanned, marked with the undo that names it, and every figure leaves
-- it out. Counters follow at once: the undo's trigger takes the check-in back out of the hourly
-- scans, its record's day and, when that was the person's only entry of the day, the visit.
--
-- Devices report their queue after each sync (a report with no mutations once the batch is
-- acknowledged); unsynced_reported_at says how old that figure is.
ALTER TABLE devices ADD COLUMN unsynced_reported_at timestamptz;

ALTER TABLE checkins ADD COLUMN undone_by uuid;

CREATE TABLE checkin_undos (
  id uuid PRIMARY KEY,
  event_id uuid NOT NULL REFERENCES events(id),
  device_id uuid NOT NULL REFERENCES devices(id),
  mutation_id uuid NOT NULL,
  checkin_id uuid NOT NULL,
  captured_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);
-- A check-in is undone once: a second undo of it (another tablet, a replay) changes nothing.
CREATE UNIQUE INDEX checkin_undos_once ON checkin_undos (checkin_id);

CREATE FUNCTION sf_checkin_undone() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  c checkins%ROWTYPE;
  tz text;
  d date;
  remaining integer;
  person uuid;
BEGIN
  UPDATE checkins SET undone_by = NEW.id WHERE id = NEW.checkin_id AND event_id = NEW.event_id AND undone_by IS NULL RETURNING * INTO c;
  IF NOT FOUND THEN RETURN NULL; END IF;
  SELECT time_zone INTO tz FROM events WHERE id = c.event_id;
  UPDATE checkin_hours
     SET admitted = admitted - CASE WHEN sf_admits(c.attendee_id, c.flags) THEN 1 ELSE 0 END,
         flagged = flagged - CASE WHEN sf_admits(c.attendee_id, c.flags) THEN 0 ELSE 1 END
   WHERE event_id = c.event_id AND hour = date_trunc('hour', LEAST(c.captured_at, c.received_at) AT TIME ZONE tz);
  -- An hour left with no scan has no row, as after a rebuild.
  DELETE FROM checkin_hours WHERE event_id = c.event_id AND hour = date_trunc('hour', LEAST(c.captured_at, c.received_at) AT TIME ZONE tz) AND admitted = 0 AND flagged = 0;
  IF NOT sf_admits(c.attendee_id, c.flags) THEN RETURN NULL; END IF;

  d := (LEAST(c.captured_at, c.received_at) AT TIME ZONE tz)::date;
  SELECT count(*)::int INTO remaining FROM checkins
   WHERE event_id = c.event_id AND attendee_id = c.attendee_id AND undone_by IS NULL AND sf_admits(attendee_id, flags)
     AND (LEAST(captured_at, received_at) AT TIME ZONE tz)::date = d;
  IF remaining > 0 OR EXISTS (SELECT 1 FROM attendance_imports WHERE attendee_id = c.attendee_id AND day = d) THEN
    UPDATE attendee_days SET entries = remaining,
           first_at = COALESCE((SELECT min(LEAST(captured_at, received_at)) FROM checkins
                                 WHERE event_id = c.event_id AND attendee_id = c.attendee_id AND undone_by IS NULL AND sf_admits(attendee_id, flags)
                                   AND (LEAST(captured_at, received_at) AT TIME ZONE tz)::date = d), first_at)
     WHERE attendee_id = c.attendee_id AND day = d;
    RETURN NULL;
  END IF;
  DELETE FROM attendee_days WHERE attendee_id = c.attendee_id AND day = d;
  SELECT person_id INTO person FROM visitor_profiles WHERE attendee_id = c.attendee_id;
  IF person IS NULL THEN RETURN NULL; END IF;
  -- The person's other records (merged duplicates) may still have admitted them that day.
  IF EXISTS (SELECT 1 FROM attendee_days ad JOIN visitor_profiles v ON v.attendee_id = ad.attendee_id WHERE v.person_id = person AND ad.day = d) THEN
    RETURN NULL;
  END IF;
  DELETE FROM person_days WHERE person_id = person AND day = d;
  UPDATE persons p SET days = (SELECT count(*)::int FROM person_days WHERE person_id = person) WHERE p.id = person;
  RETURN NULL;
END $$;
CREATE TRIGGER checkin_undos_counted AFTER INSERT ON checkin_undos FOR EACH ROW EXECUTE FUNCTION sf_checkin_undone();

-- sf_rebuild_attendance of 012, with undone check-ins left out.
CREATE OR REPLACE FUNCTION sf_rebuild_attendance(ev uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE tz text;
BEGIN
  SELECT time_zone INTO tz FROM events WHERE id = ev;
  DELETE FROM checkin_hours WHERE event_id = ev;
  DELETE FROM attendee_days WHERE event_id = ev;
  DELETE FROM person_days WHERE event_id = ev;
  INSERT INTO checkin_hours (event_id, hour, admitted, flagged)
  SELECT ev, date_trunc('hour', LEAST(captured_at, received_at) AT TIME ZONE tz), count(*) FILTER (WHERE sf_admits(attendee_id, flags)), count(*) FILTER (WHERE NOT sf_admits(attendee_id, flags))
    FROM checkins WHERE event_id = ev AND undone_by IS NULL GROUP BY 2;
  INSERT INTO attendee_days (attendee_id, day, event_id, entries, first_at)
  SELECT attendee_id, (LEAST(captured_at, received_at) AT TIME ZONE tz)::date, ev, count(*), min(LEAST(captured_at, received_at))
    FROM checkins WHERE event_id = ev AND undone_by IS NULL AND sf_admits(attendee_id, flags) GROUP BY 1, 2;
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
