-- Stored texts are now written in the LZ4 frame format (org.clausemap.store.Compressed); values written before stay
-- gzip and are told apart by their magic number, so no value is rewritten. The columns lose the format in their names.
ALTER TABLE analysis_json RENAME COLUMN body_gzip TO body_compressed;
ALTER TABLE version_analysis RENAME COLUMN body_gzip TO body_compressed;
ALTER TABLE version_snapshot RENAME COLUMN content_gzip TO content_compressed;
