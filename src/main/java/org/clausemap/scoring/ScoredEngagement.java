package org.clausemap.scoring;

import java.util.List;

/**
 * A provision engaging a framework, scored: {@code score = severity x relevance x product(factors)}, capped at 100.
 *
 * @param provisionId the provision
 * @param category    the provision category that engages the framework
 * @param framework   the regulations/ id
 * @param citation    the specific provision of the framework
 * @param rationale   why this category engages this framework
 * @param score       0-100
 * @param band        low, medium, high, critical
 * @param ruleIds     the rules that produced it: classification, mapping, and each scoring factor
 * @param factors     every term of the score, in the order applied
 */
public record ScoredEngagement(String provisionId, String category, String framework, String citation,
                               String rationale, int score, String band, List<String> ruleIds,
                               List<ScoreFactor> factors) {

    public ScoredEngagement {
        ruleIds = List.copyOf(ruleIds);
        factors = List.copyOf(factors);
    }
}
