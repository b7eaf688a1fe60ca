package org.clausemap.export.workbook;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.stream.Collectors;

import org.clausemap.scoring.ScoreFactor;
import org.clausemap.scoring.ScoredEngagement;

/** How values read in cells: lists, factor products, provision labels. */
final class Texts {

    static final String PATH_SEPARATOR = " \u203A ";

    private Texts() {
    }

    static String join(List<String> values, String separator) {
        return values == null ? "" : String.join(separator, values);
    }

    /** {@code severity 60 × relevance 0.7 × strength 1.0 = 42}, noting when the product was capped. */
    static String factors(ScoredEngagement e) {
        double product = 1;
        for (ScoreFactor f : e.factors()) {
            product *= f.value();
        }
        String terms = e.factors().stream().map(f -> f.name() + " " + value(f))
                .collect(Collectors.joining(" \u00D7 "));
        String capped = Math.round(product) > e.score() && e.score() == 100 ? " (capped at 100)" : "";
        return terms + " = " + e.score() + capped;
    }

    /** Severity in points as a whole number where it is one; multipliers with at least one decimal. */
    static String value(ScoreFactor f) {
        double v = f.value();
        if ("severity".equals(f.name()) && v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        return d.scale() < 1 ? d.setScale(1).toPlainString() : d.toPlainString();
    }

    /** {@code §12.3} for a numbered provision, otherwise its id. */
    static String provisionLabel(String number, String id) {
        return number != null && !number.isBlank() ? "\u00A7" + number : id;
    }

    static boolean isWebAddress(String source) {
        if (source == null) {
            return false;
        }
        try {
            URI uri = new URI(source.strip());
            String scheme = uri.getScheme();
            return uri.getHost() != null && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
