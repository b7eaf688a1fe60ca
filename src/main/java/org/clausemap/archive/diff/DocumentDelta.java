package org.clausemap.archive.diff;

/**
 * The document's overall score in both versions.
 *
 * @param older          the older document score
 * @param newer          the newer document score
 * @param delta          newer minus older
 * @param olderBand      the older band
 * @param newerBand      the newer band
 * @param olderDriving   the framework driving the older score, or null
 * @param newerDriving   the framework driving the newer score, or null
 */
public record DocumentDelta(int older, int newer, int delta, String olderBand, String newerBand, String olderDriving,
                            String newerDriving) {
}
