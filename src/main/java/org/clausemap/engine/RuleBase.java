package org.clausemap.engine;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.clausemap.engine.facts.TextPatterns;
import org.kie.api.KieBase;

/**
 * A built, immutable rule set: the compiled KieBase (shared by all analyses; each gets its own session), the
 * taxonomy, the catalog of rules, and the content hash that every analysis records.
 *
 * @param kieBase  the compiled rules
 * @param manifest categories and bands
 * @param rules    catalog of every rule with its metadata
 * @param version  SHA-256 (hex, first 16) of the rule files' contents: the rule-set version
 * @param folder   where the rules were read from
 * @param loadedAt when it was built
 * @param warnings non-fatal problems found while building
 * @param patterns the compiled text patterns of this rule base
 */
public record RuleBase(KieBase kieBase, RuleSetManifest manifest, List<RuleInfo> rules, String version, Path folder,
                       Instant loadedAt, List<RuleProblem> warnings, TextPatterns patterns) {

    public RuleBase {
        rules = List.copyOf(rules);
        warnings = List.copyOf(warnings);
    }

    public int ruleCount() {
        return rules.size();
    }
}
