package org.clausemap.store;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.clausemap.engine.RuleFiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Counts, from their stored JSON, the rule firings of analyses not counted yet, at start-up: those stored before
 * firings were counted (the V2 migration) and those whose firings were still queued ({@link RuleFirings}) when a
 * process stopped without flushing them. Each analysis is claimed and counted in one transaction, so neither two
 * instances starting over one database nor a live instance's queue ever count an analysis twice.
 */
@Component
public class FiringBackfill implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FiringBackfill.class);
    private static final int BATCH = 100;

    private final JdbcClient jdbc;
    private final RuleFirings firings;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    public FiringBackfill(JdbcClient jdbc, RuleFirings firings, TransactionTemplate transactions, JsonMapper json) {
        this.jdbc = jdbc;
        this.firings = firings;
        this.transactions = transactions;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        int counted = backfill();
        if (counted > 0) {
            LOG.info("counted the rule firings of {} analyses from their stored JSON", counted);
        }
    }

    /**
     * Counts every analysis not counted yet; returns how many this call counted. One pass in id order, so analyses
     * saved meanwhile (queued, and counted by {@link RuleFirings} anyway) cannot keep it going.
     */
    public int backfill() {
        int counted = 0;
        UUID after = new UUID(0, 0); // the least in the databases' (unsigned) UUID order
        List<UUID> batch;
        do {
            batch = jdbc.sql("SELECT id FROM analysis WHERE firings_counted = FALSE AND id > :after ORDER BY id"
                            + " LIMIT :limit")
                    .param("after", after).param("limit", BATCH).query(UUID.class).list();
            for (UUID id : batch) {
                if (Boolean.TRUE.equals(transactions.execute(status -> count(id)))) {
                    counted++;
                }
                after = id;
            }
        } while (!batch.isEmpty());
        return counted;
    }

    private boolean count(UUID id) {
        if (!RuleFirings.claim(jdbc, id)) {
            return false;
        }
        jdbc.sql("SELECT body_compressed FROM analysis_json WHERE analysis_id = :id").param("id", id)
                .query(byte[].class).optional().map(Compressed::unpackUtf8)
                .ifPresent(body -> firings.addClaimed(trace(id, body)));
        return true;
    }

    private List<RuleFiring> trace(UUID id, byte[] body) {
        List<RuleFiring> trace = new ArrayList<>();
        try {
            for (JsonNode firing : json.readTree(body).path("trace")) {
                String ruleId = firing.path("ruleId").asString(null);
                if (ruleId != null) {
                    trace.add(new RuleFiring(ruleId, firing.path("stage").asString(null), List.of()));
                }
            }
        } catch (JacksonException e) {
            LOG.warn("analysis {}: stored JSON cannot be read, its rule firings are not counted: {}", id,
                    e.getOriginalMessage());
        }
        return trace;
    }
}
