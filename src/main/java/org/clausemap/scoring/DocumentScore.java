package org.clausemap.scoring;

/**
 * The document's overall enforcement-risk score: the highest framework score, with how it was reached.
 *
 * @param score              0-100
 * @param band               low, medium, high, critical
 * @param drivingFramework   the framework with the highest score, or null when nothing is engaged
 * @param highOrCritical     how many engagements are in the two highest bands (high and critical as shipped)
 */
public record DocumentScore(int score, String band, String drivingFramework, int highOrCritical) {
}
