package org.clausemap.api.rules;

import java.util.Map;

import org.clausemap.engine.RuleInfo;
import org.clausemap.store.FireCount;

/**
 * One rule of the catalog, with how often it fired in stored analyses.
 *
 * @param id       the rule's {@code @id}
 * @param name     the rule's name
 * @param stage    classify, map, score or checklist
 * @param file     its file, relative to the rules folder
 * @param metadata all its metadata (category, framework, citation, rationale, ...)
 * @param fired    its firings summed over every stored analysis, and in how many analyses it fired
 */
record RuleView(String id, String name, String stage, String file, Map<String, String> metadata, FireCount fired) {

    static RuleView of(RuleInfo rule, Map<String, FireCount> counts) {
        return new RuleView(rule.id(), rule.name(), rule.stage(), rule.file(), rule.metadata(),
                counts.getOrDefault(rule.id(), FireCount.NONE));
    }
}
