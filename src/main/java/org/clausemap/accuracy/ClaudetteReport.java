package org.clausemap.accuracy;

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
            for (Miss m : result.misses()) {
                for (String c : m.falsePositives()) {
                    out.append(miss("FP", c, m));
                }
                for (String c : m.falseNegatives()) {
                    out.append(miss("FN", c, m));
                }
            }
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
        out.append(String.format(Locale.ROOT, "micro-F1 %.3f macro-F1 %.3f detection-F1 %.3f%n",
                s.microF1(), s.macroF1(), s.detection().f1()));
        return out.toString();
    }

    private static String row(LabelScore c) {
        return String.format(Locale.ROOT, "%-10s %5d %5d %5d %5d %5d %7.3f %7.3f %7.3f%n", c.label(), c.gold(),
                c.predicted(), c.tp(), c.fp(), c.fn(), c.precision(), c.recall(), c.f1());
    }

    private static String miss(String kind, String category, Miss m) {
        return String.format(Locale.ROOT, "%s %-4s %s#%d expected=%s got=%s rules=%s%n    %s%n", kind, category,
                m.doc(), m.i(), list(m.expected()), list(m.got()), list(m.rules()), m.text());
    }

    private static String list(List<String> values) {
        return "[" + String.join(",", values) + "]";
    }
}
