package org.clausemap.archive.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.clausemap.store.Compressed;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Documents, versions, change summaries, capture failures and monitoring state, over one {@code JdbcClient}. Writes
 * that must be atomic run in their own transaction; the version insert locks the document row, so two writers of
 * one document record one version between them.
 */
public class DocumentStore {

    private static final String DOCUMENT_COLUMNS = "id, platform, document_type, url, select_css, remove_css, monitor,"
            + " interval_seconds, created_at, next_fetch_at, last_fetched_at, last_outcome, last_error,"
            + " consecutive_failures, etag, last_modified";
    private static final String VERSION_COLUMNS = "id, document_id, recorded_at, ingested_at, origin, sha256, source,"
            + " format, title, provisions, score, band, rule_set_version";
    private static final String TIMELINE = " ORDER BY recorded_at, ingested_at";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json = JsonMapper.builder().build();

    public DocumentStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
    }

    /**
     * Registers a document; due at once when monitored.
     *
     * @throws DuplicateKeyException when the platform already has a document of this type
     */
    public RegisteredDocument register(NewDocument d, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO document (id, platform, document_type, url, select_css, remove_css, monitor,"
                        + " interval_seconds, created_at, next_fetch_at, consecutive_failures) VALUES (:id, :platform,"
                        + " :type, :url, :select, :remove, :monitor, :interval, :now, :next, 0)")
                .param("id", id)
                .param("platform", d.platform())
                .param("type", d.documentType())
                .param("url", d.url(), Types.VARCHAR)
                .param("select", json.writeValueAsString(d.select()))
                .param("remove", json.writeValueAsString(d.remove()))
                .param("monitor", d.monitor())
                .param("interval", d.interval() == null ? null : d.interval().toSeconds(), Types.BIGINT)
                .param("now", time(now))
                .param("next", d.monitor() ? time(now) : null, Types.TIMESTAMP_WITH_TIMEZONE)
                .update();
        return find(id).orElseThrow();
    }

    public Optional<RegisteredDocument> find(UUID id) {
        return jdbc.sql("SELECT " + DOCUMENT_COLUMNS + " FROM document WHERE id = :id")
                .param("id", id).query(this::document).optional();
    }

    public Optional<RegisteredDocument> find(String platform, String documentType) {
        return jdbc.sql("SELECT " + DOCUMENT_COLUMNS + " FROM document WHERE platform = :platform"
                        + " AND document_type = :type")
                .param("platform", platform).param("type", documentType).query(this::document).optional();
    }

    /** Every document (of one platform, when given), by platform and type. */
    public List<RegisteredDocument> list(String platform) {
        String where = platform == null ? "" : " WHERE platform = :platform";
        JdbcClient.StatementSpec select = jdbc.sql("SELECT " + DOCUMENT_COLUMNS + " FROM document" + where
                + " ORDER BY platform, document_type");
        if (platform != null) {
            select = select.param("platform", platform);
        }
        return select.query(this::document).list();
    }

    /** The versions of a document, oldest first. */
    public List<VersionRecord> versions(UUID documentId) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM document_version WHERE document_id = :id" + TIMELINE)
                .param("id", documentId).query(DocumentStore::version).list();
    }

    public int versionCount(UUID documentId) {
        return jdbc.sql("SELECT COUNT(*) FROM document_version WHERE document_id = :id")
                .param("id", documentId).query(Integer.class).single();
    }

    public Optional<VersionRecord> version(UUID versionId) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM document_version WHERE id = :id")
                .param("id", versionId).query(DocumentStore::version).optional();
    }

    /** The version in force at {@code time}: the last recorded at or before it. */
    public Optional<VersionRecord> versionAt(UUID documentId, Instant time) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM document_version WHERE document_id = :id"
                        + " AND recorded_at <= :time ORDER BY recorded_at DESC, ingested_at DESC LIMIT 1")
                .param("id", documentId).param("time", time(time)).query(DocumentStore::version).optional();
    }

    public Optional<VersionRecord> latest(UUID documentId) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM document_version WHERE document_id = :id"
                        + " ORDER BY recorded_at DESC, ingested_at DESC LIMIT 1")
                .param("id", documentId).query(DocumentStore::version).optional();
    }

    /**
     * Stores {@code version} with its snapshot and analysis, unless the version in force at its date has the same
     * content hash. Runs in one transaction holding the document row's lock, so concurrent writers of one document
     * are serialised and the check cannot be raced.
     */
    public Insertion insertIfChanged(VersionRecord version, Snapshot snapshot, String analysisJson) {
        return transactions.execute(status -> {
            jdbc.sql("SELECT id FROM document WHERE id = :id FOR UPDATE")
                    .param("id", version.documentId()).query(UUID.class).single();
            VersionRecord previous = versionAt(version.documentId(), version.recordedAt()).orElse(null);
            if (previous != null && previous.sha256().equals(version.sha256())) {
                return new Insertion(previous, null, false);
            }
            insert(version, snapshot, analysisJson);
            return new Insertion(version, previous, true);
        });
    }

    private void insert(VersionRecord v, Snapshot snapshot, String analysisJson) {
        jdbc.sql("INSERT INTO document_version (" + VERSION_COLUMNS + ") VALUES (:id, :documentId, :recordedAt,"
                        + " :ingestedAt, :origin, :sha256, :source, :format, :title, :provisions, :score, :band,"
                        + " :ruleSetVersion)")
                .param("id", v.id())
                .param("documentId", v.documentId())
                .param("recordedAt", time(v.recordedAt()))
                .param("ingestedAt", time(v.ingestedAt()))
                .param("origin", v.origin())
                .param("sha256", v.sha256())
                .param("source", fit(v.source(), 2000))
                .param("format", v.format())
                .param("title", fit(v.title(), 1000))
                .param("provisions", v.provisions())
                .param("score", v.score())
                .param("band", v.band())
                .param("ruleSetVersion", v.ruleSetVersion())
                .update();
        jdbc.sql("INSERT INTO version_snapshot (version_id, content_type, content_compressed) VALUES (:id, :type,"
                        + " :content)")
                .param("id", v.id()).param("type", snapshot.contentType())
                .param("content", Compressed.pack(snapshot.content())).update();
        jdbc.sql("INSERT INTO version_analysis (version_id, body_compressed) VALUES (:id, :body)")
                .param("id", v.id()).param("body", Compressed.pack(analysisJson)).update();
    }

    public Optional<String> analysisJson(UUID versionId) {
        return jdbc.sql("SELECT body_compressed FROM version_analysis WHERE version_id = :id")
                .param("id", versionId).query(byte[].class).optional().map(Compressed::unpack);
    }

    public Optional<Snapshot> snapshot(UUID versionId) {
        return jdbc.sql("SELECT content_type, content_compressed FROM version_snapshot WHERE version_id = :id")
                .param("id", versionId)
                .query((rs, row) -> new Snapshot(rs.getString("content_type"),
                        Compressed.unpack(rs.getBytes("content_compressed"))))
                .optional();
    }

    public Optional<StoredSummary> summary(UUID older, UUID newer) {
        return jdbc.sql("SELECT older_version_id, newer_version_id, material, editorial, body FROM change_summary"
                        + " WHERE older_version_id = :older AND newer_version_id = :newer")
                .param("older", older).param("newer", newer)
                .query((rs, row) -> new StoredSummary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getInt(3), rs.getInt(4), rs.getString(5)))
                .optional();
    }

    /** Stores a summary; one computed meanwhile by another writer is kept instead. */
    public void saveSummary(StoredSummary s, Instant now) {
        try {
            jdbc.sql("INSERT INTO change_summary (older_version_id, newer_version_id, material, editorial, created_at,"
                            + " body) VALUES (:older, :newer, :material, :editorial, :now, :body)")
                    .param("older", s.olderVersionId()).param("newer", s.newerVersionId())
                    .param("material", s.material()).param("editorial", s.editorial())
                    .param("now", time(now)).param("body", s.json())
                    .update();
        } catch (DuplicateKeyException e) {
            // the same pair, summarised by someone else first: theirs is as good
        }
    }

    public CaptureFailure recordCaptureFailure(CaptureFailure f) {
        jdbc.sql("INSERT INTO capture_failure (id, document_id, detected_at, origin, reason, provisions,"
                        + " previous_provisions, previous_version_id) VALUES (:id, :documentId, :detectedAt, :origin,"
                        + " :reason, :provisions, :previousProvisions, :previousVersionId)")
                .param("id", f.id()).param("documentId", f.documentId()).param("detectedAt", time(f.detectedAt()))
                .param("origin", f.origin()).param("reason", f.reason()).param("provisions", f.provisions())
                .param("previousProvisions", f.previousProvisions(), Types.INTEGER)
                .param("previousVersionId", f.previousVersionId(), Types.OTHER)
                .update();
        return f;
    }

    /** The most recent capture failures of a document, newest first. */
    public List<CaptureFailure> captureFailures(UUID documentId, int limit) {
        return jdbc.sql("SELECT id, document_id, detected_at, origin, reason, provisions, previous_provisions,"
                        + " previous_version_id FROM capture_failure WHERE document_id = :id"
                        + " ORDER BY detected_at DESC LIMIT :limit")
                .param("id", documentId).param("limit", limit)
                .query((rs, row) -> new CaptureFailure(rs.getObject("id", UUID.class),
                        rs.getObject("document_id", UUID.class), instant(rs, "detected_at"), rs.getString("origin"),
                        rs.getString("reason"), rs.getInt("provisions"),
                        (Integer) rs.getObject("previous_provisions", Integer.class),
                        rs.getObject("previous_version_id", UUID.class)))
                .list();
    }

    // ---- monitoring

    /** Monitored documents due at {@code now} and not leased, soonest due first. */
    public List<UUID> due(Instant now, int limit) {
        return jdbc.sql("SELECT id FROM document WHERE monitor = TRUE AND next_fetch_at <= :now"
                        + " AND (lease_until IS NULL OR lease_until < :now) ORDER BY next_fetch_at LIMIT :limit")
                .param("now", time(now)).param("limit", limit).query(UUID.class).list();
    }

    /**
     * Takes the lease of a due document: true for exactly one of several instances trying at once. The document must
     * still be due (another instance that fetched it meanwhile has moved its next fetch on) and not leased (or its
     * lease expired).
     */
    public boolean claim(UUID id, String owner, Instant now, Instant until) {
        return jdbc.sql("UPDATE document SET lease_owner = :owner, lease_until = :until WHERE id = :id"
                        + " AND monitor = TRUE AND next_fetch_at <= :now"
                        + " AND (lease_until IS NULL OR lease_until < :now)")
                .param("owner", owner).param("until", time(until)).param("id", id).param("now", time(now))
                .update() == 1;
    }

    /** Records a fetch's outcome and gives the lease up; false when the lease was lost meanwhile. */
    public boolean release(UUID id, String owner, MonitorState s) {
        return jdbc.sql("UPDATE document SET lease_owner = NULL, lease_until = NULL, next_fetch_at = :next,"
                        + " last_fetched_at = :fetched, last_outcome = :outcome, last_error = :error,"
                        + " consecutive_failures = :failures, etag = :etag, last_modified = :lastModified"
                        + " WHERE id = :id AND lease_owner = :owner")
                .param("next", time(s.nextFetchAt()), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("fetched", time(s.lastFetchedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("outcome", s.lastOutcome(), Types.VARCHAR)
                .param("error", s.lastError(), Types.VARCHAR)
                .param("failures", s.consecutiveFailures())
                .param("etag", fit(s.etag(), 1000), Types.VARCHAR)
                .param("lastModified", fit(s.lastModified(), 200), Types.VARCHAR)
                .param("id", id).param("owner", owner)
                .update() == 1;
    }

    // ---- mapping

    private RegisteredDocument document(ResultSet rs, int row) throws SQLException {
        long interval = rs.getLong("interval_seconds");
        Duration duration = rs.wasNull() ? null : Duration.ofSeconds(interval);
        MonitorState state = new MonitorState(instant(rs, "next_fetch_at"), instant(rs, "last_fetched_at"),
                rs.getString("last_outcome"), rs.getString("last_error"), rs.getInt("consecutive_failures"),
                rs.getString("etag"), rs.getString("last_modified"));
        return new RegisteredDocument(rs.getObject("id", UUID.class), rs.getString("platform"),
                rs.getString("document_type"), rs.getString("url"), strings(rs.getString("select_css")),
                strings(rs.getString("remove_css")), rs.getBoolean("monitor"), duration, instant(rs, "created_at"),
                state);
    }

    private List<String> strings(String value) {
        return value == null || value.isBlank() ? List.of() : json.readValue(value, STRINGS);
    }

    private static VersionRecord version(ResultSet rs, int row) throws SQLException {
        return new VersionRecord(rs.getObject("id", UUID.class), rs.getObject("document_id", UUID.class),
                instant(rs, "recorded_at"), instant(rs, "ingested_at"), rs.getString("origin"),
                rs.getString("sha256"), rs.getString("source"), rs.getString("format"), rs.getString("title"),
                rs.getInt("provisions"), rs.getInt("score"), rs.getString("band"), rs.getString("rule_set_version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String fit(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }
}
