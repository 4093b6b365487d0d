-- Search finds Arabic-script text whichever letter forms, marks, joiners and digits it was typed with: claims by
-- their statement, place and actors, sources by their title and outlet, folded (input.SearchText) and kept by the
-- application on every write; rows written before it get theirs after start (claim.UnsearchableClaims,
-- source.UnsearchableSources). Searches read "search_text like '%…%'", which no b-tree index serves: none is made.
ALTER TABLE claim ADD COLUMN search_text VARCHAR(2000);
ALTER TABLE source ADD COLUMN search_text VARCHAR(1000);
