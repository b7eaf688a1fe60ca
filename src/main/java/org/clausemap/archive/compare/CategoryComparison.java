package org.clausemap.archive.compare;

import java.util.List;

/**
 * How the registered platforms handle one provision category.
 *
 * @param category          the category id
 * @param name              its name (rules/ruleset.yaml)
 * @param group             ai-platform, consumer or mitigation
 * @param description       what a provision of the category says
 * @param platforms         platforms with at least one archived version
 * @param platformsWith     platforms with the category in the latest version of at least one document
 * @param share             {@code platformsWith / platforms}, 0-1 (0 when there are no platforms)
 * @param with              the platforms that have it, by name
 * @param without           the platforms that do not
 * @param documents         every document's latest version: those with the category first, then the others
 * @param disclaimer        what the comparison is and is not
 */
public record CategoryComparison(String category, String name, String group, String description, int platforms,
                                 int platformsWith, double share, List<String> with, List<String> without,
                                 List<DocumentColumn> documents, String disclaimer) {

    public static final String DISCLAIMER = "This comparison shows what the rules of the current rule set recognise"
            + " in the latest archived version of each registered document. It is not legal advice and not a legal"
            + " determination of the meaning or enforceability of any provision.";

    public CategoryComparison {
        with = List.copyOf(with);
        without = List.copyOf(without);
        documents = List.copyOf(documents);
    }
}
