-- Referrals (issue 15): every customer may have an invitation code to pass on; a registration
-- that carries another customer's code is a referral by that customer. The code is given the first
-- time the customer's page or the list asks for it (most customers never pass one on), and the
-- registration keeps the code as typed: which customer it names is read when counting, so a code
-- given after the registration arrived (or a merge of two customers) still counts.
ALTER TABLE customers ADD COLUMN invite_code text;
CREATE UNIQUE INDEX customers_invite_code ON customers (invite_code) WHERE invite_code IS NOT NULL;
ALTER TABLE attendees ADD COLUMN referral_code text NOT NULL DEFAULT '';
CREATE INDEX attendees_referral_code ON attendees (event_id, referral_code) WHERE referral_code <> '';
