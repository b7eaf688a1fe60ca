package org.clausemap.api;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.clausemap.analysis.AnalysisOptions;
import org.clausemap.analysis.Core;
import org.clausemap.ingest.Selectors;
import org.springframework.stereotype.Component;

/**
 * Checks a request's {@link DocumentOptions} before any work is done (a URL is not fetched for a request that is
 * invalid anyway) and turns them into the analysis options and selectors. Each refusal names the field.
 */
@Component
class OptionsReader {

    private static final int MAX_NAME = 200;
    private static final int MAX_TITLE = 1000;

    private final Set<String> jurisdictions;

    OptionsReader(Core core) {
        Set<String> known = new TreeSet<>();
        core.regulations().all().forEach(f -> known.addAll(f.jurisdictions()));
        known.remove("ANY");
        this.jurisdictions = Set.copyOf(known);
    }

    AnalysisOptions analysisOptions(DocumentOptions o) {
        String platform = name(o.platform(), "platform", MAX_NAME);
        String documentType = name(o.documentType(), "documentType", MAX_NAME);
        name(o.title(), "title", MAX_TITLE);
        List<String> codes = o.jurisdictions() == null ? null : o.jurisdictions().stream()
                .map(j -> j == null ? "" : j.strip().toUpperCase(Locale.ROOT)).toList();
        if (codes != null) {
            for (String code : codes) {
                if (!jurisdictions.contains(code)) {
                    Set<String> known = new TreeSet<>(jurisdictions);
                    throw ApiProblem.invalid("jurisdictions", "Unknown jurisdiction \"" + code + "\"; known: "
                            + String.join(", ", known)).with("known", known);
                }
            }
        }
        try {
            return new AnalysisOptions(codes, platform, documentType, blankToNull(o.marketPosition()));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("marketPosition", "The " + e.getMessage());
        }
    }

    Selectors selectors(DocumentOptions o) {
        return new Selectors(o.select(), o.remove());
    }

    /** The title to show instead of the document's own, or null. */
    String title(DocumentOptions o) {
        return blankToNull(o.title());
    }

    private static String name(String value, String field, int max) {
        String v = blankToNull(value);
        if (v != null && v.length() > max) {
            throw ApiProblem.invalid(field, field + " is longer than " + max + " characters");
        }
        return v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
