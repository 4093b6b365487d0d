-- Same-event candidates of a claim naming a district (sameevent/SameEventReader) are read one index range per
-- province sound and district sound: the claims of that district, or of no district, within a few days. Through
-- V15's (admin1_sound, event_date, …) a busy province's week of claims was read to keep its one district's few.
CREATE INDEX ix_claim_sound_district_date ON claim (admin1_sound, admin2_sound, event_date);
-- Claims placed at the district's P-code within those days; the P-code filter of the claim list reads this one too.
DROP INDEX ix_claim_location_pcode;
CREATE INDEX ix_claim_pcode_date ON claim (location_pcode, event_date);
