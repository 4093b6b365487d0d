-- Claims point at places: the OCHA P-code of the gazetteer's district or province the event is in (docs/PLACES.md,
-- "Claims and places"). Null while the claim names no place the gazetteer resolves (a village outside it, an
-- ambiguous name); claims written before are matched on start by claim/UnplacedClaims, not here: the matching is
-- Java, and the gazetteer is loaded after the migrations. Deliberately no foreign key: a place an import removes is
-- kept, flagged, and claims may keep pointing at it.
ALTER TABLE claim ADD COLUMN location_pcode VARCHAR(16);
-- the start-up matching and the "not in the gazetteer" filter read the claims without one
CREATE INDEX ix_claim_location_pcode ON claim (location_pcode);
