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
 * Counts the rule firings of analyses stored before firings were counted (the V2 migration), from their stored JSON,
 * once, at start-up. Each analysis is claimed and counted in one transaction, so two instances starting over one
 * database never count an analysis twice. Analyses saved since are counted when they are saved.
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
            LOG.info("counted the rule firings of {} analyses stored before firings were counted", counted);
        }
    }

    /** Counts every analysis not counted yet; returns how many this call counted. */
    public int backfill() {
        int counted = 0;
        List<UUID> batch;
        do {
            batch = jdbc.sql("SELECT id FROM analysis WHERE firings_counted = FALSE ORDER BY id LIMIT :limit")
                    .param("limit", BATCH).query(UUID.class).list();
            for (UUID id : batch) {
                if (Boolean.TRUE.equals(transactions.execute(status -> count(id)))) {
                    counted++;
                }
            }
        } while (!batch.isEmpty());
        return counted;
    }

    private boolean count(UUID id) {
        int claimed = jdbc.sql("UPDATE analysis SET firings_counted = TRUE WHERE id = :id AND firings_counted = FALSE")
                .param("id", id).update();
        if (claimed == 0) {
            return false;
        }
        jdbc.sql("SELECT body_gzip FROM analysis_json WHERE analysis_id = :id").param("id", id)
                .query(byte[].class).optional().map(Compressed::unpack)
                .ifPresent(body -> firings.record(id, trace(id, body)));
        return true;
    }

    private List<RuleFiring> trace(UUID id, String body) {
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
