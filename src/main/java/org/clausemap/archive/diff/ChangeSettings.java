package org.clausemap.archive.diff;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The thresholds of a comparison, bindable as {@code clausemap.changes.*} (register with
 * {@code @EnableConfigurationProperties(ChangeSettings.class)}); a value of 0 takes the default.
 *
 * @param matchSimilarity    the least similarity (0-1) for two provisions of corresponding sections to be the same
 *                           provision, modified; default {@value #MATCH_SIMILARITY}
 * @param numberedSimilarity the least similarity (0-1) when both carry the same clause number; default
 *                           {@value #NUMBERED_SIMILARITY}
 * @param movedSimilarity    the least similarity (0-1) for a provision that moved to a section that does not
 *                           correspond to its old one; default {@value #MOVED_SIMILARITY}
 * @param materialScoreDelta the least change of a framework score, in points, that is material; default
 *                           {@value #MATERIAL_SCORE_DELTA}
 */
@ConfigurationProperties(prefix = "clausemap.changes")
public record ChangeSettings(double matchSimilarity, double numberedSimilarity, double movedSimilarity,
                             int materialScoreDelta) {

    public static final double MATCH_SIMILARITY = 0.5;
    public static final double NUMBERED_SIMILARITY = 0.15;
    public static final double MOVED_SIMILARITY = 0.8;
    public static final int MATERIAL_SCORE_DELTA = 10;

    public ChangeSettings {
        matchSimilarity = matchSimilarity == 0 ? MATCH_SIMILARITY : matchSimilarity;
        numberedSimilarity = numberedSimilarity == 0 ? NUMBERED_SIMILARITY : numberedSimilarity;
        movedSimilarity = movedSimilarity == 0 ? MOVED_SIMILARITY : movedSimilarity;
        materialScoreDelta = materialScoreDelta == 0 ? MATERIAL_SCORE_DELTA : materialScoreDelta;
        check("matchSimilarity", matchSimilarity);
        check("numberedSimilarity", numberedSimilarity);
        check("movedSimilarity", movedSimilarity);
        if (materialScoreDelta < 0 || materialScoreDelta > 100) {
            throw new IllegalArgumentException("materialScoreDelta must be 1-100 points; was " + materialScoreDelta);
        }
    }

    public static ChangeSettings defaults() {
        return new ChangeSettings(0, 0, 0, 0);
    }

    public ChangeSettings withMaterialScoreDelta(int points) {
        return new ChangeSettings(matchSimilarity, numberedSimilarity, movedSimilarity, points);
    }

    private static void check(String name, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be above 0 and at most 1; was " + value);
        }
    }
}
