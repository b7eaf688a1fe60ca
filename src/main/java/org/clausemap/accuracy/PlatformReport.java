package org.clausemap.accuracy;

import java.util.Locale;

/** Renders a platform evaluation: optional errors, one line per category, then {@code recall R precision P}. */
public final class PlatformReport {

    private PlatformReport() {
    }

    public static String render(PlatformEval.Result result, boolean errors) {
        StringBuilder out = new StringBuilder();
        if (errors) {
            for (PlatformEval.Error e : result.errors()) {
                out.append(String.format(Locale.ROOT, "%-9s %-30s %s%n", e.kind(), e.category(), e.where()));
                if (!e.text().isEmpty()) {
                    out.append("    ").append(e.text()).append('\n');
                }
            }
            out.append('\n');
        }
        out.append(String.format(Locale.ROOT, "platforms: %d documents%n", result.documents()));
        out.append(String.format(Locale.ROOT, "%-30s %5s %5s %7s %5s %5s %9s%n", "category", "gold", "found",
                "recall", "pred", "ok", "precision"));
        for (PlatformScore s : result.categories()) {
            out.append(String.format(Locale.ROOT, "%-30s %5d %5d %7.3f %5d %5d %9.3f%n", s.category(), s.gold(),
                    s.found(), s.recall(), s.predicted(), s.correct(), s.precision()));
        }
        out.append(String.format(Locale.ROOT, "recall %.3f precision %.3f%n", result.recall(), result.precision()));
        return out.toString();
    }
}
