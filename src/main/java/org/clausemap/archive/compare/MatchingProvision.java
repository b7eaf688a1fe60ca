package org.clausemap.archive.compare;

import java.util.List;

/**
 * A provision of the compared category in one document.
 *
 * @param provisionId the provision id
 * @param number      its clause number, or null
 * @param sectionPath its enclosing headings
 * @param quote       its text
 * @param forms       deontic forms the rules found
 * @param qualifiers  qualifiers the rules found
 * @param maxScore    its highest framework score through this category (0 when it engages none)
 * @param band        the band of that score, or null
 * @param scores      every framework it engages through this category, highest first
 */
public record MatchingProvision(String provisionId, String number, List<String> sectionPath, String quote,
                                List<String> forms, List<String> qualifiers, int maxScore, String band,
                                List<EngagementScore> scores) {

    public MatchingProvision {
        sectionPath = List.copyOf(sectionPath);
        forms = List.copyOf(forms);
        qualifiers = List.copyOf(qualifiers);
        scores = List.copyOf(scores);
    }
}
