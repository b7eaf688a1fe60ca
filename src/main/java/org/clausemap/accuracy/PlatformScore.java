package org.clausemap.accuracy;

/**
 * Figures for one category of the platform evaluation.
 *
 * @param category  the category
 * @param gold      gold provisions of the category
 * @param found     of those, provisions the rules put in the category
 * @param predicted provisions the rules put in the category, in gold documents
 * @param correct   of those, provisions a gold line of the category covers
 */
public record PlatformScore(String category, int gold, int found, int predicted, int correct) {

    public double recall() {
        return gold == 0 ? 0 : (double) found / gold;
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) correct / predicted;
    }
}
