package org.clausemap.scoring;

/**
 * A framework's score for a document: the highest score among its engagements (the provision that drives it).
 *
 * @param id                 regulations/ id
 * @param name               human name
 * @param citation           primary citation
 * @param score              0-100
 * @param band               low, medium, high, critical
 * @param engagements        how many provisions engage it
 * @param drivingProvisionId the provision with the highest score
 */
public record FrameworkScore(String id, String name, String citation, int score, String band, int engagements,
                             String drivingProvisionId) {
}
