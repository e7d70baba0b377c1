-- Phone numbers as people write them (decisions, 40): a number that does not validate is stored as
-- typed, so the same person is found on the digits of the number, not on the stored text.
-- "+852 4000-1234", "+85240001234" and "00852 4000 1234" are one number; full-width digits count.
CREATE FUNCTION sf_phone_digits(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT regexp_replace(regexp_replace(translate(t, '０１２３４５６７８９＋', '0123456789+'), '^\s*00', ''), '[^0-9]', '', 'g')
$$;
CREATE INDEX attendees_mobile_digits ON attendees (event_id, sf_phone_digits(mobile)) WHERE mobile <> '';

-- Short codes printed on badges for staff to type (decisions, 41): a key into the roster, not
-- unique by constraint (a desk registering walk-ins offline draws its own), looked up by event.
ALTER TABLE attendees ADD COLUMN short_code text NOT NULL DEFAULT '';
CREATE INDEX attendees_short_code ON attendees (event_id, short_code) WHERE short_code <> '';
