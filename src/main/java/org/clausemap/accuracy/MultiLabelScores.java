package org.clausemap.accuracy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Multi-label scores computed as LexGLUE does for {@code unfair_tos} ({@code coastalcph/lex-glue},
 * {@code experiments/unfair_tos.py}, {@code compute_metrics}): each item gets one binary column per category plus a
 * {@code none} column that is 1 when the item has no category (in the gold labels and, separately, in the
 * predictions); micro-F1 pools the counts of all columns, macro-F1 is the unweighted mean of the columns' F1
 * ({@code f1_score(..., average='micro'|'macro', zero_division=0)}). Detection F1 treats "any category" as the
 * positive class.
 *
 * @param categories one score per category, in taxonomy order
 * @param none       the score of the none column
 * @param detection  any category versus none
 * @param items      how many items were scored
 */
public record MultiLabelScores(List<LabelScore> categories, LabelScore none, LabelScore detection, int items) {

    public static final String NONE = "none";

    public MultiLabelScores {
        categories = List.copyOf(categories);
    }

    /** The columns LexGLUE averages over: the categories and none. */
    public List<LabelScore> columns() {
        List<LabelScore> all = new ArrayList<>(categories);
        all.add(none);
        return all;
    }

    public double microF1() {
        LabelScore sum = new LabelScore("micro", 0, 0, 0);
        for (LabelScore s : columns()) {
            sum = sum.plus(s);
        }
        return sum.f1();
    }

    public double macroF1() {
        return columns().stream().mapToDouble(LabelScore::f1).average().orElse(0);
    }

    /** Accumulates gold and predicted label sets item by item; labels outside the category list are ignored. */
    public static final class Counter {

        private static final int TP = 0;
        private static final int FP = 1;
        private static final int FN = 2;
        private final List<String> labels;
        private final int[][] counts;
        private final int[] none = new int[3];
        private final int[] detection = new int[3];
        private int items;

        public Counter(List<String> labels) {
            this.labels = List.copyOf(labels);
            this.counts = new int[labels.size()][3];
        }

        public void add(Collection<String> gold, Collection<String> predicted) {
            Set<String> g = Set.copyOf(gold);
            Set<String> p = Set.copyOf(predicted);
            boolean anyGold = false;
            boolean anyPredicted = false;
            for (int k = 0; k < labels.size(); k++) {
                boolean inGold = g.contains(labels.get(k));
                boolean inPredicted = p.contains(labels.get(k));
                anyGold |= inGold;
                anyPredicted |= inPredicted;
                count(counts[k], inGold, inPredicted);
            }
            count(none, !anyGold, !anyPredicted);
            count(detection, anyGold, anyPredicted);
            items++;
        }

        public MultiLabelScores scores() {
            List<LabelScore> scores = new ArrayList<>();
            for (int k = 0; k < labels.size(); k++) {
                scores.add(score(labels.get(k), counts[k]));
            }
            return new MultiLabelScores(scores, score(NONE, none), score("detection", detection), items);
        }

        private static LabelScore score(String label, int[] c) {
            return new LabelScore(label, c[TP], c[FP], c[FN]);
        }

        private static void count(int[] c, boolean gold, boolean predicted) {
            if (gold && predicted) {
                c[TP]++;
            } else if (predicted) {
                c[FP]++;
            } else if (gold) {
                c[FN]++;
            }
        }
    }
}
