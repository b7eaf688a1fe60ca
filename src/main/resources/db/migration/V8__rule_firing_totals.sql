-- The rule catalog's firing counts become one running total per rule instead of a row per analysis and rule: writing
-- ~100 rows with every analysis was about 5% of the service's CPU under load. The application adds an analysis's
-- firings to the totals after its save has committed, batched (org.clausemap.store.RuleFirings), and sets
-- analysis.firings_counted in the same transaction, so an analysis is counted exactly once; one whose counts were
-- still queued when the process stopped is counted from its JSON at the next start (FiringBackfill).
CREATE TABLE rule_firing_total (
    rule_id  VARCHAR(200) NOT NULL PRIMARY KEY,
    firings  BIGINT       NOT NULL,
    analyses BIGINT       NOT NULL
);

INSERT INTO rule_firing_total (rule_id, firings, analyses)
    SELECT rule_id, SUM(firings), COUNT(*) FROM analysis_rule_firing GROUP BY rule_id;

DROP TABLE analysis_rule_firing;
