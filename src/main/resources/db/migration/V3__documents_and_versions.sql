-- The document archive: registered documents, their versions (raw snapshot + analysis), change summaries between
-- versions, capture failures, and the monitoring state of each document. Portable SQL for H2 and PostgreSQL, as V1.

-- A registered document: one platform's document of one type, fetched from a URL or uploaded.
-- The monitor_* and lease columns are the scheduler's state: a database lease makes several instances sharing one
-- database fetch each document once per interval.
CREATE TABLE document (
    id                   UUID                     NOT NULL PRIMARY KEY,
    platform             VARCHAR(200)             NOT NULL,
    document_type        VARCHAR(200)             NOT NULL,
    url                  VARCHAR(2000),
    select_css           TEXT,
    remove_css           TEXT,
    monitor              BOOLEAN                  NOT NULL,
    interval_seconds     BIGINT,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    next_fetch_at        TIMESTAMP WITH TIME ZONE,
    last_fetched_at      TIMESTAMP WITH TIME ZONE,
    last_outcome         VARCHAR(50),
    last_error           TEXT,
    consecutive_failures INTEGER                  NOT NULL,
    etag                 VARCHAR(1000),
    last_modified        VARCHAR(200),
    lease_owner          VARCHAR(200),
    lease_until          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT document_platform_type_uq UNIQUE (platform, document_type)
);

CREATE INDEX document_due_idx ON document (monitor, next_fetch_at);

-- A version: recorded only when the normalised text (the Document sha256) differs from the version in force before.
CREATE TABLE document_version (
    id               UUID                     NOT NULL PRIMARY KEY,
    document_id      UUID                     NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    ingested_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    origin           VARCHAR(20)              NOT NULL,
    sha256           VARCHAR(64)              NOT NULL,
    source           VARCHAR(2000)            NOT NULL,
    format           VARCHAR(20)              NOT NULL,
    title            VARCHAR(1000)            NOT NULL,
    provisions       INTEGER                  NOT NULL,
    score            INTEGER                  NOT NULL,
    band             VARCHAR(50)              NOT NULL,
    rule_set_version VARCHAR(100)             NOT NULL
);

CREATE INDEX document_version_timeline_idx ON document_version (document_id, recorded_at, ingested_at);
CREATE INDEX document_version_sha256_idx ON document_version (document_id, sha256);

-- The raw snapshot of a version, as fetched or uploaded (before extraction).
CREATE TABLE version_snapshot (
    version_id   UUID         NOT NULL PRIMARY KEY REFERENCES document_version (id) ON DELETE CASCADE,
    content_type VARCHAR(200) NOT NULL,
    content      TEXT         NOT NULL
);

-- The extracted provisions and what the rules found in them: the analysis JSON of the version.
CREATE TABLE version_analysis (
    version_id UUID NOT NULL PRIMARY KEY REFERENCES document_version (id) ON DELETE CASCADE,
    body       TEXT NOT NULL
);

-- The change summary (JSON) between two versions of one document, computed once.
CREATE TABLE change_summary (
    older_version_id UUID                     NOT NULL REFERENCES document_version (id) ON DELETE CASCADE,
    newer_version_id UUID                     NOT NULL REFERENCES document_version (id) ON DELETE CASCADE,
    material         INTEGER                  NOT NULL,
    editorial        INTEGER                  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    body             TEXT                     NOT NULL,
    PRIMARY KEY (older_version_id, newer_version_id)
);

-- A capture that extracted to (almost) nothing: recorded and alerted, never stored as a version.
CREATE TABLE capture_failure (
    id                    UUID                     NOT NULL PRIMARY KEY,
    document_id           UUID                     NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    detected_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    origin                VARCHAR(20)              NOT NULL,
    reason                TEXT                     NOT NULL,
    provisions            INTEGER                  NOT NULL,
    previous_provisions   INTEGER,
    previous_version_id   UUID
);

CREATE INDEX capture_failure_document_idx ON capture_failure (document_id, detected_at);
