-- How often each rule fired in each stored analysis (the analysis's trace, counted per rule id), so the rule catalog
-- can show how often every rule fired across all stored analyses without reading their JSON. Rows are written with
-- the analysis, in the same transaction, and never updated: concurrent analyses never contend for a row.
CREATE TABLE analysis_rule_firing (
    analysis_id UUID         NOT NULL REFERENCES analysis (id) ON DELETE CASCADE,
    rule_id     VARCHAR(200) NOT NULL,
    firings     INTEGER      NOT NULL,
    PRIMARY KEY (analysis_id, rule_id)
);

-- Analyses stored before this migration have no firing rows yet: the application counts them from their JSON at
-- start-up and sets the flag; analyses stored since are saved with it set.
ALTER TABLE analysis ADD COLUMN firings_counted BOOLEAN DEFAULT FALSE NOT NULL;
