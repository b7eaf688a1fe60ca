package org.clausemap.accuracy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a CLAUDETTE evaluation as text: optionally the misses, then one line per category and the summary line
 * {@code micro-F1 0.xxx macro-F1 0.xxx detection-F1 0.xxx}, always last.
 */
public final class ClaudetteReport {

    private ClaudetteReport() {
    }

    public static String render(ClaudetteEval.Result result, boolean errors) {
        StringBuilder out = new StringBuilder();
        MultiLabelScores s = result.scores();
        if (errors) {
            misses(out, "", result.misses());
            out.append(result.misses().size()).append(" sentences with errors\n\n");
        }
        out.append(String.format(Locale.ROOT, "claudette split %s: %d documents, %d sentences, classified in %d ms%n",
                result.split(), result.documents(), s.items(), result.millis()));
        out.append(String.format(Locale.ROOT, "%-10s %5s %5s %5s %5s %5s %7s %7s %7s%n",
                "category", "gold", "pred", "tp", "fp", "fn", "P", "R", "F1"));
        for (LabelScore c : s.columns()) {
            out.append(row(c));
        }
        out.append(row(s.detection()));
        out.append(summary(s.microF1(), s.macroF1(), s.detection().f1()));
        return out.toString();
    }

    /**
     * Renders an N-fold cross-check by document: optionally the misses (each prefixed by its fold), one line per fold
     * with its documents and figures, the F1 of each column per fold and its mean, and last the summary line of the
     * means over the folds, {@code micro-F1 0.xxx macro-F1 0.xxx detection-F1 0.xxx}.
     */
    public static String render(ClaudetteEval.Folds folds, boolean errors) {
        StringBuilder out = new StringBuilder();
        if (errors) {
            int count = 0;
            for (ClaudetteEval.Fold f : folds.folds()) {
                misses(out, "fold " + f.fold() + " ", f.result().misses());
                count += f.result().misses().size();
            }
            out.append(count).append(" sentences with errors\n\n");
        }
        int n = folds.folds().size();
        out.append(String.format(Locale.ROOT, "claudette split %s: %d-fold cross-check by document, classified in %d ms%n",
                folds.split(), n, folds.millis()));
        for (ClaudetteEval.Fold f : folds.folds()) {
            MultiLabelScores s = f.result().scores();
            out.append(String.format(Locale.ROOT,
                    "fold %d: %d documents, %d sentences: micro-F1 %.3f macro-F1 %.3f detection-F1 %.3f  [%s]%n",
                    f.fold(), f.result().documents(), s.items(), s.microF1(), s.macroF1(), s.detection().f1(),
                    String.join(", ", f.documents())));
        }
        out.append(String.format(Locale.ROOT, "%-10s", "F1"));
        for (ClaudetteEval.Fold f : folds.folds()) {
            out.append(String.format(Locale.ROOT, " %7s", "fold " + f.fold()));
        }
        out.append(String.format(Locale.ROOT, " %7s%n", "mean"));
        List<LabelScore> labels = new ArrayList<>(folds.folds().get(0).result().scores().columns());
        labels.add(folds.folds().get(0).result().scores().detection());
        for (LabelScore label : labels) {
            out.append(String.format(Locale.ROOT, "%-10s", label.label()));
            for (ClaudetteEval.Fold f : folds.folds()) {
                out.append(String.format(Locale.ROOT, " %7.3f",
                        ClaudetteEval.Folds.f1(f.result().scores(), label.label())));
            }
            out.append(String.format(Locale.ROOT, " %7.3f%n", folds.meanF1(label.label())));
        }
        out.append(summary(folds.meanMicroF1(), folds.meanMacroF1(), folds.meanDetectionF1()));
        return out.toString();
    }

    private static String row(LabelScore c) {
        return String.format(Locale.ROOT, "%-10s %5d %5d %5d %5d %5d %7.3f %7.3f %7.3f%n", c.label(), c.gold(),
                c.predicted(), c.tp(), c.fp(), c.fn(), c.precision(), c.recall(), c.f1());
    }

    /** The summary line, always last: other tools parse it. */
    private static String summary(double micro, double macro, double detection) {
        return String.format(Locale.ROOT, "micro-F1 %.3f macro-F1 %.3f detection-F1 %.3f%n", micro, macro, detection);
    }

    private static void misses(StringBuilder out, String prefix, List<Miss> misses) {
        for (Miss m : misses) {
            for (String c : m.falsePositives()) {
                out.append(prefix).append(miss("FP", c, m));
            }
            for (String c : m.falseNegatives()) {
                out.append(prefix).append(miss("FN", c, m));
            }
        }
    }

    private static String miss(String kind, String category, Miss m) {
        return String.format(Locale.ROOT, "%s %-4s %s#%d expected=%s got=%s rules=%s%n    %s%n", kind, category,
                m.doc(), m.i(), list(m.expected()), list(m.got()), list(m.rules()), m.text());
    }

    private static String list(List<String> values) {
        return "[" + String.join(",", values) + "]";
    }
}
