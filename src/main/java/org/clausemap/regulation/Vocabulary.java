package org.clausemap.regulation;

import java.util.List;
import java.util.Set;

/**
 * The closed vocabularies of a framework file. These are part of the file format (documented in
 * {@code regulations/README.md}), not legal content: adding a value here is a format change.
 */
final class Vocabulary {

    static final String ANY_JURISDICTION = "ANY";

    static final Set<String> AREAS = Set.of("intellectual-property", "competition", "consumer-protection",
            "data-protection", "dispute-resolution", "computer-misuse", "platform-regulation", "ai-regulation",
            "contract");

    static final Set<String> JURISDICTIONS = Set.of("EU", "US", "UK", ANY_JURISDICTION);

    static final Set<String> EXPOSURES = Set.of("contract", "regulatory-fine", "regulatory-order", "private-action",
            "criminal");

    /** Field names in file order; {@code sources} is the only optional one. */
    static final List<String> FIELDS = List.of("id", "name", "area", "citations", "jurisdictions", "authorities",
            "exposure", "baseSeverity", "notes", "sources");

    static final String OPTIONAL_FIELD = "sources";

    private Vocabulary() {
    }

    static String allowed(Set<String> values) {
        return String.join(", ", values.stream().sorted().toList());
    }
}
