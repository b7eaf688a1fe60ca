package org.clausemap.accuracy;

/**
 * Counts for one label over a set of items, and the figures derived from them. A figure whose denominator is zero
 * is 0, as scikit-learn computes it with {@code zero_division=0}.
 *
 * @param label the label
 * @param tp    items both labelled and predicted
 * @param fp    items predicted but not labelled
 * @param fn    items labelled but not predicted
 */
public record LabelScore(String label, int tp, int fp, int fn) {

    public int gold() {
        return tp + fn;
    }

    public int predicted() {
        return tp + fp;
    }

    public double precision() {
        return ratio(tp, tp + fp);
    }

    public double recall() {
        return ratio(tp, tp + fn);
    }

    public double f1() {
        return ratio(2.0 * tp, 2.0 * tp + fp + fn);
    }

    LabelScore plus(LabelScore other) {
        return new LabelScore(label, tp + other.tp, fp + other.fp, fn + other.fn);
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0 : a / b;
    }
}
