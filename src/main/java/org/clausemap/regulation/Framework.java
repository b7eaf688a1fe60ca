package org.clausemap.regulation;

import java.util.List;

/**
 * A legal framework a provision can engage, as declared in one file of {@code regulations/}.
 *
 * @param id            stable id used by rules and decision tables (e.g. {@code us-copyright}, {@code tfeu-102})
 * @param name          human name (e.g. "US Copyright Act")
 * @param area          legal area: intellectual-property, competition, consumer-protection, data-protection,
 *                      dispute-resolution, computer-misuse, platform-regulation, ai-regulation, contract
 * @param citations     primary-source citations, most specific first (e.g. "17 U.S.C. § 106")
 * @param jurisdictions jurisdiction codes where it applies: EU, US, UK, or ANY alone (wherever the contract is
 *                      enforced)
 * @param authorities   who enforces it (courts, agencies, the counterparty by contract)
 * @param exposure      kinds of exposure: contract, regulatory-fine, regulatory-order, private-action, criminal
 * @param baseSeverity  0-100: how grave an engagement of this framework is before any provision-specific factor
 * @param notes         short notes on enforcement history and how it bears on platform terms
 * @param sources       links to the primary sources
 */
public record Framework(String id, String name, String area, List<String> citations, List<String> jurisdictions,
                        List<String> authorities, List<String> exposure, int baseSeverity, String notes,
                        List<String> sources) {

    public Framework {
        citations = List.copyOf(citations);
        jurisdictions = List.copyOf(jurisdictions);
        authorities = List.copyOf(authorities);
        exposure = List.copyOf(exposure);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** The first, most specific citation. */
    public String primaryCitation() {
        return citations.isEmpty() ? name : citations.get(0);
    }
}
