package org.clausemap.archive.diff;

import java.util.List;

/**
 * What changed between two analysed versions of a document: counts, the document and per-framework risk deltas, and
 * every change (material first, then in the newer document's order). Unchanged provisions whose analysis is also
 * unchanged are counted, not listed.
 *
 * @param older      the older version
 * @param newer      the newer version
 * @param settings   the thresholds used
 * @param counts     how many provisions changed how
 * @param document   the document score, older and newer
 * @param frameworks every framework engaged in either version, largest change first
 * @param changes    the listed changes
 * @param disclaimer said with every summary
 */
public record ChangeSummary(VersionInfo older, VersionInfo newer, ChangeSettings settings, ChangeCounts counts,
                            DocumentDelta document, List<FrameworkDelta> frameworks, List<ProvisionChange> changes,
                            String disclaimer) {

    /** Said with every summary: the comparison describes the documents as the rules read them. */
    public static final String DISCLAIMER = "This comparison describes how the wording of the two versions differs"
            + " and what the rules of the stated rule set recognise in each. It is not legal advice and not a legal"
            + " determination of the effect or enforceability of any change; have counsel review material changes.";

    public ChangeSummary {
        frameworks = List.copyOf(frameworks);
        changes = List.copyOf(changes);
    }

    /** The material changes, in listed order. */
    public List<ProvisionChange> materialChanges() {
        return changes.stream().filter(ProvisionChange::material).toList();
    }
}
