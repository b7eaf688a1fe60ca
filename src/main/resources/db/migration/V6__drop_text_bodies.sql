-- V5 compressed every stored text into the gzip columns (in its own transaction, or not at all): the text columns go,
-- and the gzip ones become required.
ALTER TABLE analysis_json DROP COLUMN body;
ALTER TABLE analysis_json ALTER COLUMN body_gzip SET NOT NULL;
ALTER TABLE version_analysis DROP COLUMN body;
ALTER TABLE version_analysis ALTER COLUMN body_gzip SET NOT NULL;
ALTER TABLE version_snapshot DROP COLUMN content;
ALTER TABLE version_snapshot ALTER COLUMN content_gzip SET NOT NULL;
