-- Information booth: feedback surveys (versioned), their responses, and complaints/suggestions
-- with their follow-up steps and service levels.

-- A survey as the organizer edits it. `current_version` is the newest row of survey_versions;
-- `active` surveys are published to kiosks as event_docs (kind 'survey', key = id).
CREATE TABLE surveys (
  id uuid PRIMARY KEY,
  event_id uuid NOT NULL REFERENCES events(id),
  active boolean NOT NULL DEFAULT false,
  current_version integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX surveys_event ON surveys (event_id, created_at);

-- Every saved change is a new version; versions are never updated, so every answer can be read
-- against exactly the questions it was given under.
CREATE TABLE survey_versions (
  survey_id uuid NOT NULL REFERENCES surveys(id),
  version integer NOT NULL CHECK (version >= 1),
  event_id uuid NOT NULL REFERENCES events(id),
  content jsonb NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  published_by text NOT NULL,
  PRIMARY KEY (survey_id, version)
);

CREATE TABLE survey_responses (
  id uuid PRIMARY KEY,
  event_id uuid NOT NULL REFERENCES events(id),
  survey_id uuid NOT NULL,
  version integer NOT NULL,
  device_id uuid NOT NULL REFERENCES devices(id),
  mutation_id uuid NOT NULL,
  mode text NOT NULL,
  channel text NOT NULL,
  audience text NOT NULL,
  language text NOT NULL,
  attendee_id uuid,
  answers jsonb NOT NULL,
  captured_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (survey_id, version) REFERENCES survey_versions (survey_id, version)
);
CREATE INDEX survey_responses_survey ON survey_responses (survey_id, version);

CREATE TABLE feedback (
  id uuid PRIMARY KEY,
  event_id uuid NOT NULL REFERENCES events(id),
  device_id uuid NOT NULL REFERENCES devices(id),
  mutation_id uuid NOT NULL,
  type text NOT NULL,
  category text NOT NULL,
  severity text NOT NULL,
  description text NOT NULL,
  channel text NOT NULL,
  audience text NOT NULL,
  contact_name text NOT NULL DEFAULT '',
  contact_email text NOT NULL DEFAULT '',
  contact_phone text NOT NULL DEFAULT '',
  preferred_language text NOT NULL,
  consent_contact boolean NOT NULL,
  attendee_id uuid,
  has_photo boolean NOT NULL DEFAULT false,
  captured_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  -- Service levels count from here: the device's clock, but never later than the server got it.
  reported_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'new',
  assignee text NOT NULL DEFAULT '',
  -- The first time each step was reached (for service levels and figures); the full history is feedback_steps.
  assigned_at timestamptz,
  in_progress_at timestamptz,
  resolved_at timestamptz,
  answered_at timestamptz,
  closed_at timestamptz,
  -- The database refuses a closed case that was never answered, whatever code path writes it.
  CHECK (status <> 'closed' OR answered_at IS NOT NULL),
  CHECK (status <> 'answered' OR resolved_at IS NOT NULL)
);
CREATE INDEX feedback_event ON feedback (event_id, reported_at);

CREATE TABLE feedback_steps (
  id bigserial PRIMARY KEY,
  feedback_id uuid NOT NULL REFERENCES feedback(id),
  status text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  -- A console user name, or the device that recorded the case for its first step.
  actor text NOT NULL,
  assignee text NOT NULL DEFAULT '',
  note text NOT NULL DEFAULT ''
);
CREATE INDEX feedback_steps_case ON feedback_steps (feedback_id, id);

-- Photos arrive on their own (a batch of mutations stays small) and may come before their case.
CREATE TABLE feedback_photos (
  feedback_id uuid PRIMARY KEY,
  event_id uuid NOT NULL REFERENCES events(id),
  device_id uuid NOT NULL REFERENCES devices(id),
  content_type text NOT NULL,
  bytes bytea NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);

-- Service levels per severity (JSON of core/feedback/sla.ts); absent means the defaults.
CREATE TABLE feedback_settings (
  event_id uuid PRIMARY KEY REFERENCES events(id),
  sla jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
