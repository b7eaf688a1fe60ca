package org.clausemap.store;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.clausemap.engine.RuleFiring;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Per stored analysis, how often each rule fired (from its trace); summed per rule for the rule catalog. Written by
 * {@link AnalysisStore#save} in the analysis's transaction and never updated, so the sums are one aggregate query
 * over a narrow table and concurrent analyses never contend for a row.
 */
@Repository
public class RuleFirings {

    static final int MAX_RULE_ID = 200;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public RuleFirings(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Each rule's firings summed over all stored analyses, by rule id; rules that never fired are absent. */
    public Map<String, FireCount> counts() {
        Map<String, FireCount> counts = new HashMap<>();
        jdbc.sql("SELECT rule_id, SUM(firings) AS firings, COUNT(*) AS analyses FROM analysis_rule_firing"
                        + " GROUP BY rule_id")
                .query(rs -> {
                    counts.put(rs.getString("rule_id"), new FireCount(rs.getLong("firings"), rs.getLong("analyses")));
                });
        return counts;
    }

    /** Records the firings of one analysis's trace. Runs in the caller's transaction. */
    void record(UUID analysisId, List<RuleFiring> trace) {
        Map<String, Integer> perRule = perRule(trace);
        if (perRule.isEmpty()) {
            return;
        }
        List<Object[]> rows = perRule.entrySet().stream()
                .map(e -> new Object[] {analysisId, e.getKey(), e.getValue()}).toList();
        batch.batchUpdate("INSERT INTO analysis_rule_firing (analysis_id, rule_id, firings) VALUES (?, ?, ?)", rows);
    }

    /** Firings per rule id (ids cut to the column's width, and merged when cutting makes them equal). */
    static Map<String, Integer> perRule(List<RuleFiring> trace) {
        Map<String, Integer> perRule = new LinkedHashMap<>();
        for (RuleFiring firing : trace) {
            if (firing.ruleId() != null) {
                perRule.merge(Columns.fit(firing.ruleId(), MAX_RULE_ID), 1, Integer::sum);
            }
        }
        return perRule;
    }
}
