package org.clausemap.archive.compare;

import java.util.List;
import java.util.UUID;

import org.clausemap.archive.VersionRef;

/**
 * One document's side of a comparison: its latest version and its provisions of the category (none when it has
 * none).
 *
 * @param documentId   the document
 * @param platform     its platform
 * @param documentType its kind
 * @param title        the latest version's title
 * @param version      the latest version
 * @param provisions   its provisions of the category, in document order
 */
public record DocumentColumn(UUID documentId, String platform, String documentType, String title,
                             VersionRef version, List<MatchingProvision> provisions) {

    public DocumentColumn {
        provisions = List.copyOf(provisions);
    }

    public boolean has() {
        return !provisions.isEmpty();
    }
}
