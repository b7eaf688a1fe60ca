package org.clausemap.checklist;

import java.util.List;

/**
 * A due-diligence action: what to do, why (frameworks and citations), who, how urgent, and the provisions that call
 * for it. The same action triggered by several provisions appears once with all of them as evidence.
 *
 * @param id         the action id declared by the checklist rules
 * @param title      what to do
 * @param priority   high, medium, low
 * @param owner      legal, engineering, procurement, security
 * @param frameworks the frameworks whose engagements triggered it
 * @param citations  their citations
 * @param evidence   the provisions, quoted
 * @param ruleIds    the checklist rules that emitted it
 * @param maxScore   the highest score among the triggering engagements
 */
public record ChecklistItem(String id, String title, String priority, String owner, List<String> frameworks,
                            List<String> citations, List<Evidence> evidence, List<String> ruleIds, int maxScore) {

    public ChecklistItem {
        frameworks = List.copyOf(frameworks);
        citations = List.copyOf(citations);
        evidence = List.copyOf(evidence);
        ruleIds = List.copyOf(ruleIds);
    }
}
