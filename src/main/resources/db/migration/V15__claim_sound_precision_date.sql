-- Same-event candidates (sameevent/SameEventReader), read with less: on 100k claims a claim page read every claim
-- of its province within a week (over a hundred in a busy one) with their citations, to keep the one or two the
-- rules accept.
--
-- 1. The district by sound (place/PlaceNames.soundOf), kept by the application (claim.Claim.keys) like admin1_sound
--    and filled in for older claims after start (sameevent/UnkeyedClaims). Two claims naming districts are only the
--    same event in the same district, or one district name under two provinces, so the query keeps a claim of
--    another district out before reading it.
ALTER TABLE claim ADD COLUMN admin2_sound VARCHAR(100);
-- 2. Indexes that hold every column the candidate query asks of a claim it may keep out (province and district by
--    sound, date, precision, P-code), so it reads no claim row to do so: each of those rows is on another page, and
--    on H2 reading them made 1,500 look-ups take 3 s instead of 0.3 s. The second serves claims dated only to a
--    month or a year, which through the first alone meant every claim of the province in that month or year.
DROP INDEX ix_claim_admin1_sound_event_date;
CREATE INDEX ix_claim_sound_date_district ON claim (admin1_sound, event_date, admin2_sound, location_pcode);
CREATE INDEX ix_claim_sound_precision_date_district ON claim (admin1_sound, date_precision, event_date, admin2_sound,
    location_pcode);
