-- Issue 7: pairing codes that cannot be guessed, and a visitor's data erased on request.

-- Wrong codes tried while this code was open. A wrong guess cannot be pinned on one code, so it
-- counts against every open code; past the cap (services/pairing.ts) the code is withdrawn, which
-- bounds the guesses any code can ever receive, however many addresses the guesser uses.
ALTER TABLE pairing_codes ADD COLUMN wrong_tries integer NOT NULL DEFAULT 0;
CREATE INDEX pairing_codes_open ON pairing_codes (expires_at) WHERE used_at IS NULL;
-- Lockouts are counted per client address and per user name.
CREATE INDEX auth_failures_subject ON auth_failures (kind, subject, at);

-- An erased visitor record stays (figures keep counting it) but holds nothing that identifies
-- the person; desks drop it from their roster.
ALTER TABLE attendees ADD COLUMN erased_at timestamptz;
CREATE INDEX attendees_erased ON attendees (id) WHERE erased_at IS NOT NULL;

-- The register of erasures: when, by whom, how many rows of each kind, never who it was.
-- `suppressed` holds SHA-256 digests of the records' import keys, so re-importing the original
-- registration file does not bring the person back.
CREATE TABLE erasures (
  id bigserial PRIMARY KEY,
  event_id uuid NOT NULL REFERENCES events(id),
  person_id uuid NOT NULL,
  attendee_ids uuid[] NOT NULL,
  suppressed text[] NOT NULL DEFAULT '{}',
  erased_by text NOT NULL,
  erased_at timestamptz NOT NULL DEFAULT now(),
  counts jsonb NOT NULL
);
CREATE INDEX erasures_event ON erasures (event_id, erased_at);

-- Records that arrive after an erasure but were captured before it (a tablet that was offline)
-- must not bring the identity back: they are stripped as they are stored. One statement per
-- pushed batch, joined against the (few) erased records only.
CREATE FUNCTION sf_forget_erased_checkins() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM new_rows n JOIN attendees a ON a.id = n.attendee_id WHERE a.erased_at IS NOT NULL) THEN
    UPDATE checkins c SET name = NULL, company = NULL, code = 'erased'
      FROM new_rows n JOIN attendees a ON a.id = n.attendee_id
     WHERE c.id = n.id AND a.erased_at IS NOT NULL;
    UPDATE mutations m SET data = jsonb_build_object('id', m.data->'id', 'erased', true)
      FROM new_rows n JOIN attendees a ON a.id = n.attendee_id
     WHERE m.id = n.mutation_id AND a.erased_at IS NOT NULL;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER checkins_forget_erased AFTER INSERT ON checkins REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sf_forget_erased_checkins();

CREATE FUNCTION sf_forget_erased_feedback() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM new_rows n JOIN attendees a ON a.id = n.attendee_id WHERE a.erased_at IS NOT NULL) THEN
    UPDATE feedback f SET contact_name = '', contact_email = '', contact_phone = '', attendee_id = NULL
      FROM new_rows n JOIN attendees a ON a.id = n.attendee_id
     WHERE f.id = n.id AND a.erased_at IS NOT NULL;
    UPDATE mutations m SET data = jsonb_build_object('id', m.data->'id', 'erased', true)
      FROM new_rows n JOIN attendees a ON a.id = n.attendee_id
     WHERE m.id = n.mutation_id AND a.erased_at IS NOT NULL;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER feedback_forget_erased AFTER INSERT ON feedback REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sf_forget_erased_feedback();

CREATE FUNCTION sf_forget_erased_responses() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM new_rows n JOIN attendees a ON a.id = n.attendee_id WHERE a.erased_at IS NOT NULL) THEN
    UPDATE survey_responses r SET attendee_id = NULL
      FROM new_rows n JOIN attendees a ON a.id = n.attendee_id
     WHERE r.id = n.id AND a.erased_at IS NOT NULL;
    UPDATE mutations m SET data = m.data - 'attendeeId'
      FROM new_rows n JOIN attendees a ON a.id = n.attendee_id
     WHERE m.id = n.mutation_id AND a.erased_at IS NOT NULL;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER survey_responses_forget_erased AFTER INSERT ON survey_responses REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sf_forget_erased_responses();
