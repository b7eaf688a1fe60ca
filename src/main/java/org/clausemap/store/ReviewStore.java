package org.clausemap.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checklist reviews of stored analyses. An upload replaces the analysis's reviews as a whole, in one transaction:
 * changed reviews are updated (and stamped), unchanged ones keep their time, blank or missing ones are removed.
 */
@Repository
public class ReviewStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    public ReviewStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The reviews of an analysis, by action id. */
    public List<Review> reviews(UUID analysisId) {
        return jdbc.sql("SELECT action_id, status, reviewer, due_date, notes, updated_at FROM checklist_review"
                        + " WHERE analysis_id = :id ORDER BY action_id")
                .param("id", analysisId)
                .query(ReviewStore::review)
                .list();
    }

    /**
     * Makes {@code incoming} the analysis's reviews. The analysis row is locked for the transaction, so concurrent
     * uploads for one analysis apply one after the other.
     *
     * @return the reviews now stored
     * @throws IllegalArgumentException when no analysis has this id, or an action id appears twice
     */
    @Transactional
    public List<Review> replace(UUID analysisId, List<Review> incoming) {
        List<UUID> locked = jdbc.sql("SELECT id FROM analysis WHERE id = :id FOR UPDATE")
                .param("id", analysisId).query(UUID.class).list();
        if (locked.isEmpty()) {
            throw new IllegalArgumentException("no analysis " + analysisId);
        }
        Map<String, Review> stored = new HashMap<>();
        reviews(analysisId).forEach(r -> stored.put(r.actionId(), r));
        Instant now = clock.instant();
        Set<String> kept = new HashSet<>();
        for (Review review : incoming) {
            if (!kept.add(review.actionId())) {
                throw new IllegalArgumentException("action " + review.actionId() + " is reviewed twice");
            }
            Review before = stored.get(review.actionId());
            if (review.isBlank()) {
                kept.remove(review.actionId());
            } else if (before == null) {
                insert(analysisId, review.at(now));
            } else if (!before.sameContent(review)) {
                update(analysisId, review.at(now));
            }
        }
        stored.keySet().stream().filter(id -> !kept.contains(id)).forEach(id -> delete(analysisId, id));
        return reviews(analysisId);
    }

    private void insert(UUID analysisId, Review r) {
        bind(jdbc.sql("INSERT INTO checklist_review (analysis_id, action_id, status, reviewer, due_date, notes,"
                + " updated_at) VALUES (:analysisId, :actionId, :status, :reviewer, :dueDate, :notes, :updatedAt)"),
                analysisId, r).update();
    }

    private void update(UUID analysisId, Review r) {
        bind(jdbc.sql("UPDATE checklist_review SET status = :status, reviewer = :reviewer, due_date = :dueDate,"
                + " notes = :notes, updated_at = :updatedAt WHERE analysis_id = :analysisId AND action_id = :actionId"),
                analysisId, r).update();
    }

    private void delete(UUID analysisId, String actionId) {
        jdbc.sql("DELETE FROM checklist_review WHERE analysis_id = :analysisId AND action_id = :actionId")
                .param("analysisId", analysisId)
                .param("actionId", actionId)
                .update();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, UUID analysisId, Review r) {
        return statement.param("analysisId", analysisId)
                .param("actionId", r.actionId())
                .param("status", Columns.fit(r.status(), 100), Types.VARCHAR)
                .param("reviewer", Columns.fit(r.reviewer(), 200), Types.VARCHAR)
                .param("dueDate", r.dueDate(), Types.DATE)
                .param("notes", r.notes(), Types.VARCHAR)
                .param("updatedAt", OffsetDateTime.ofInstant(r.updatedAt(), ZoneOffset.UTC));
    }

    private static Review review(ResultSet rs, int row) throws SQLException {
        return new Review(rs.getString("action_id"), rs.getString("status"), rs.getString("reviewer"),
                rs.getObject("due_date", LocalDate.class), rs.getString("notes"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
