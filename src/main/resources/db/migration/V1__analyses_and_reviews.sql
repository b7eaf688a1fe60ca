-- Portable SQL: the same migrations run on H2 (the default, a file database) and PostgreSQL.
-- Types used are the ones both accept with the same meaning: UUID, VARCHAR(n), INTEGER, DATE, TEXT,
-- TIMESTAMP WITH TIME ZONE. (H2 2.x reads TEXT as CHARACTER VARYING up to 1,000,000,000 characters.)

-- One row per analysis: the columns listings filter and sort on.
CREATE TABLE analysis (
    id               UUID                     NOT NULL PRIMARY KEY,
    title            VARCHAR(1000)            NOT NULL,
    platform         VARCHAR(200),
    document_type    VARCHAR(200),
    source           VARCHAR(2000)            NOT NULL,
    sha256           VARCHAR(64)              NOT NULL,
    score            INTEGER                  NOT NULL,
    band             VARCHAR(50)              NOT NULL,
    rule_set_version VARCHAR(100)             NOT NULL,
    analysed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX analysis_analysed_at_idx ON analysis (analysed_at);
CREATE INDEX analysis_platform_idx ON analysis (platform, analysed_at);
CREATE INDEX analysis_sha256_idx ON analysis (sha256);

-- The analysis itself, as the JSON the API and the CLI's --json share. Kept apart from the indexed columns so that
-- listings never read the (possibly megabytes of) JSON.
CREATE TABLE analysis_json (
    analysis_id UUID NOT NULL PRIMARY KEY REFERENCES analysis (id) ON DELETE CASCADE,
    body        TEXT NOT NULL
);

-- What reviewers recorded against each checklist action (from an uploaded workbook).
CREATE TABLE checklist_review (
    analysis_id UUID                     NOT NULL REFERENCES analysis (id) ON DELETE CASCADE,
    action_id   VARCHAR(200)             NOT NULL,
    status      VARCHAR(100),
    reviewer    VARCHAR(200),
    due_date    DATE,
    notes       TEXT,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (analysis_id, action_id)
);
