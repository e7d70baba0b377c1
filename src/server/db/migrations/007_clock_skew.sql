-- Devices with a wrong clock (see src/core/sync/clockSkew.ts). devices.clock_skew_ms: the device's
-- clock error measured at its last push (server clock minus device clock). mutations.clock_skew_ms:
-- how far the stored record's capture time was moved onto the server's clock (null: not moved);
-- the mutation's own captured_at and data keep the device's time.
ALTER TABLE mutations ADD COLUMN clock_skew_ms bigint;
ALTER TABLE devices ADD COLUMN clock_skew_ms bigint;
