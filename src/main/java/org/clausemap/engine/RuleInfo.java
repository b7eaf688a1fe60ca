package org.clausemap.engine;

import java.util.Map;

/**
 * One rule of the rule base as the catalog shows it.
 *
 * @param id       the rule's {@code @id}
 * @param name     the rule's name
 * @param stage    its stage (agenda group): classify, map, score, checklist
 * @param file     the source file relative to the rules folder
 * @param metadata all its metadata (category, framework, citation, rationale, ...)
 */
public record RuleInfo(String id, String name, String stage, String file, Map<String, String> metadata) {

    public RuleInfo {
        metadata = Map.copyOf(metadata);
    }
}
