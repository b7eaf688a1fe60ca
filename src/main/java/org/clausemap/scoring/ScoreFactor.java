package org.clausemap.scoring;

/**
 * One term of an engagement's score.
 *
 * @param name   severity, relevance, strength, breadth, jurisdiction, market-position, mitigation, ...
 * @param value  for severity: points (0-100); otherwise a multiplier
 * @param reason why, in words
 * @param source where the value comes from: a rule id, or a regulations/ file
 */
public record ScoreFactor(String name, double value, String reason, String source) {
}
