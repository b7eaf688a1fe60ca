package org.clausemap.archive.compare;

/**
 * A framework a matching provision engages through the compared category, with its score.
 *
 * @param framework the regulations/ id
 * @param citation  the framework provision cited
 * @param score     0-100
 * @param band      low, medium, high, critical
 */
public record EngagementScore(String framework, String citation, int score, String band) {
}
