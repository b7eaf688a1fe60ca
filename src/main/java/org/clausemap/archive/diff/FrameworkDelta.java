package org.clausemap.archive.diff;

/**
 * A framework's score in the older and the newer version: of one provision (its highest engagement of the framework)
 * or of the whole document (the framework's score).
 *
 * @param framework the regulations/ id
 * @param name      the framework's name from the regulations catalog
 * @param older     the older score, or null when the framework was not engaged
 * @param newer     the newer score, or null when it is no longer engaged
 * @param delta     newer minus older, taking a missing score as 0
 * @param olderBand the older score's band, or null
 * @param newerBand the newer score's band, or null
 */
public record FrameworkDelta(String framework, String name, Integer older, Integer newer, int delta,
                             String olderBand, String newerBand) {

    /** Engaged only in the newer version. */
    public boolean engaged() {
        return older == null && newer != null;
    }

    /** Engaged only in the older version. */
    public boolean disengaged() {
        return older != null && newer == null;
    }
}
