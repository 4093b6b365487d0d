-- The same article imported twice under two urls (a wire story on two sites, a pasted copy) is found by its text:
-- the SHA-256 of the text with its white space folded (source.Source.hashOf), kept by the application and given to
-- older sources after start (source.UnhashedSources). Not unique: sources stored before it may repeat a text.
ALTER TABLE source ADD COLUMN text_hash VARCHAR(64);
CREATE INDEX ix_source_text_hash ON source (text_hash);
