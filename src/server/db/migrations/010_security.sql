-- Issue 13 (security holes found by an outside test).

-- Text PostgreSQL cannot hold (NUL, half a surrogate pair) is stored with U+FFFD in its place; the
-- original is kept here in escaped form (core/text/storable.ts), so a valid record is never a dead
-- letter over it. mutations.verbatim: escaped originals by path in the data; checkins.code_verbatim:
-- the scanned code as the scanner sent it.
ALTER TABLE mutations ADD COLUMN verbatim jsonb;
ALTER TABLE checkins ADD COLUMN code_verbatim text;
