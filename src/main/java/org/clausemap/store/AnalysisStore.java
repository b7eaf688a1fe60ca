package org.clausemap.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.clausemap.analysis.Analysis;
import org.clausemap.analysis.DocumentInfo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tools.jackson.databind.json.JsonMapper;

/**
 * Stores analyses and lists them. The analysis is kept as JSON (LZ4-compressed, {@link Compressed}); the listing
 * reads only the indexed columns. Once the save has committed, how often each rule fired in the analysis is queued
 * for the rule catalog's totals ({@link RuleFirings}).
 */
@Repository
public class AnalysisStore {

    private static final String SUMMARY_COLUMNS = "id, title, platform, document_type, source, sha256, analysed_at,"
            + " score, band, rule_set_version";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RuleFirings firings;

    public AnalysisStore(JdbcClient jdbc, JsonMapper json, RuleFirings firings) {
        this.jdbc = jdbc;
        this.json = json;
        this.firings = firings;
    }

    /** Stores an analysis under a new id. */
    @Transactional
    public StoredAnalysis save(Analysis analysis) {
        UUID id = UUID.randomUUID();
        DocumentInfo document = analysis.document();
        jdbc.sql("INSERT INTO analysis (id, title, platform, document_type, source, sha256, score, band,"
                        + " rule_set_version, analysed_at) VALUES (:id, :title, :platform, :documentType, :source, :sha256,"
                        + " :score, :band, :ruleSetVersion, :analysedAt)")
                .param("id", id)
                .param("title", Columns.fit(document.title(), 1000))
                .param("platform", Columns.fit(document.platform(), 200))
                .param("documentType", Columns.fit(document.documentType(), 200))
                .param("source", Columns.fit(document.source(), 2000))
                .param("sha256", document.sha256())
                .param("score", analysis.score().score())
                .param("band", analysis.score().band())
                .param("ruleSetVersion", analysis.ruleSet().version())
                .param("analysedAt", OffsetDateTime.ofInstant(analysis.analysedAt(), ZoneOffset.UTC))
                .update();
        byte[] body = json.writeValueAsBytes(analysis);
        jdbc.sql("INSERT INTO analysis_json (analysis_id, body_compressed) VALUES (:id, :body)")
                .param("id", id)
                .param("body", Compressed.pack(body))
                .update();
        afterCommit(() -> firings.queue(id, analysis.trace()));
        return new StoredAnalysis(id, analysis, body);
    }

    /** Runs once the caller's transaction has committed (at once without one): a rolled-back save counts nothing. */
    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    public Optional<StoredAnalysis> find(UUID id) {
        return jdbc.sql("SELECT body_compressed FROM analysis_json WHERE analysis_id = :id")
                .param("id", id)
                .query(byte[].class)
                .optional()
                .map(Compressed::unpackUtf8)
                .map(body -> StoredAnalysis.read(id, body, stored -> json.readValue(stored, Analysis.class)));
    }

    /**
     * One page of analyses, newest first.
     *
     * @param platform only this platform's analyses, or null for all
     * @param page     0-based page number
     * @param size     items per page, at least 1
     */
    public Page<AnalysisSummary> list(String platform, int page, int size) {
        String where = platform == null ? "" : " WHERE platform = :platform";
        JdbcClient.StatementSpec count = jdbc.sql("SELECT COUNT(*) FROM analysis" + where);
        JdbcClient.StatementSpec select = jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM analysis" + where
                        + " ORDER BY analysed_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("limit", size)
                .param("offset", (long) page * size);
        if (platform != null) {
            count = count.param("platform", platform);
            select = select.param("platform", platform);
        }
        long total = count.query(Long.class).single();
        List<AnalysisSummary> items = select.query(AnalysisStore::summary).list();
        return Page.of(items, page, size, total);
    }

    private static AnalysisSummary summary(ResultSet rs, int row) throws SQLException {
        return new AnalysisSummary(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("platform"),
                rs.getString("document_type"), rs.getString("source"), rs.getString("sha256"),
                rs.getObject("analysed_at", OffsetDateTime.class).toInstant(), rs.getInt("score"),
                rs.getString("band"), rs.getString("rule_set_version"));
    }
}
