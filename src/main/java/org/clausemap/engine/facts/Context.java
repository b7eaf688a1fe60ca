package org.clausemap.engine.facts;

import java.util.Collection;
import java.util.Set;

/**
 * What the analysis is for: the jurisdictions in scope for the user, the platform and its market position (which
 * competition-law rules weigh). One per analysis.
 */
public final class Context {

    private final Set<String> jurisdictions;
    private final String platform;
    private final String marketPosition;

    public Context(Set<String> jurisdictions, String platform, String marketPosition) {
        this.jurisdictions = Set.copyOf(jurisdictions);
        this.platform = platform;
        this.marketPosition = marketPosition;
    }

    public Set<String> getJurisdictions() {
        return jurisdictions;
    }

    public String getPlatform() {
        return platform;
    }

    /** dominant, significant, minor, or unknown. */
    public String getMarketPosition() {
        return marketPosition;
    }

    /** Whether any of the given jurisdiction codes is in scope; {@code ANY} always is. */
    public boolean covers(Collection<String> codes) {
        for (String code : codes) {
            if ("ANY".equals(code) || jurisdictions.contains(code)) {
                return true;
            }
        }
        return false;
    }
}
