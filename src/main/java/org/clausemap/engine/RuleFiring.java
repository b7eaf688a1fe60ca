package org.clausemap.engine;

import java.util.List;

/**
 * One rule firing in an analysis: the audit trail behind every finding.
 *
 * @param ruleId       the rule's {@code @id}
 * @param stage        the stage it ran in
 * @param provisionIds the provisions among the facts it matched
 */
public record RuleFiring(String ruleId, String stage, List<String> provisionIds) {

    public RuleFiring {
        provisionIds = List.copyOf(provisionIds);
    }
}
