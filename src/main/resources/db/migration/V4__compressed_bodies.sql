-- Large texts are stored gzip-compressed (org.clausemap.store.Compressed): the analysis JSON of analyses and of
-- archived versions, and the raw snapshot of each version. BYTEA is PostgreSQL's binary type and H2's alias for
-- BINARY VARYING. The Java migration V5 fills the new columns from the text ones; V6 then drops the text columns.
ALTER TABLE analysis_json ADD COLUMN body_gzip BYTEA;
ALTER TABLE version_analysis ADD COLUMN body_gzip BYTEA;
ALTER TABLE version_snapshot ADD COLUMN content_gzip BYTEA;
