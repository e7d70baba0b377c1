-- Roster imports are written in short transactions so the server keeps answering (decisions, 53):
-- an import is no longer all or nothing, so each run is recorded. A run that stopped before its
-- last row (the process died, the database failed) is reported until the same file is imported
-- again, which completes it: rows are matched on their import key, never written twice.
CREATE TABLE roster_import_runs (
  id uuid PRIMARY KEY,
  event_id uuid NOT NULL REFERENCES events(id),
  -- The file as the operator named it (its full path), so the report can say which to import again.
  source text NOT NULL DEFAULT '',
  total integer NOT NULL,
  -- host:pid of the process saving the rows: on the same machine, a run whose process is gone has stopped.
  owner text NOT NULL DEFAULT '',
  done integer NOT NULL DEFAULT 0,
  started_at timestamptz NOT NULL DEFAULT now(),
  -- Moved on with every step: a run whose progress is old belongs to a process that is gone.
  progress_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  stopped_at timestamptz
);
CREATE INDEX roster_import_runs_event ON roster_import_runs (event_id, started_at);

-- Classification after an import goes in short steps, each taking the next stale records in id
-- order: with this index a step reads only its own records, not every stale one to sort them.
CREATE INDEX visitor_profiles_stale_order ON visitor_profiles (event_id, attendee_id) WHERE stale;
