package org.clausemap.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the caller tells about an analysis.
 *
 * @param jurisdictions  jurisdictions in scope for the user (codes as in regulations/: EU, US, UK); default EU, US
 * @param platform       the platform whose terms these are, or null
 * @param documentType   the kind of document (terms-of-service, service-terms, usage-policy, ...), or null
 * @param marketPosition the platform's market position for competition law: dominant, significant, minor, unknown
 */
public record AnalysisOptions(List<String> jurisdictions, String platform, String documentType,
                              String marketPosition) {

    public static final List<String> DEFAULT_JURISDICTIONS = List.of("EU", "US");
    private static final Set<String> POSITIONS = Set.of("dominant", "significant", "minor", "unknown");

    public AnalysisOptions {
        jurisdictions = jurisdictions == null || jurisdictions.isEmpty() ? DEFAULT_JURISDICTIONS
                : jurisdictions.stream().map(j -> j.strip().toUpperCase(Locale.ROOT)).filter(j -> !j.isEmpty())
                .distinct().toList();
        marketPosition = marketPosition == null ? "unknown" : marketPosition.strip().toLowerCase(Locale.ROOT);
        if (!POSITIONS.contains(marketPosition)) {
            throw new IllegalArgumentException("market position must be one of dominant, significant, minor, unknown;"
                    + " was \"" + marketPosition + "\"");
        }
    }

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(null, null, null, null);
    }

    public AnalysisOptions withJurisdictions(List<String> codes) {
        return new AnalysisOptions(codes, platform, documentType, marketPosition);
    }
}
