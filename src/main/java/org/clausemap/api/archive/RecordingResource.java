package org.clausemap.api.archive;

import java.util.List;

import org.clausemap.archive.Recording;
import org.clausemap.archive.VersionRef;
import org.clausemap.archive.diff.ChangeCounts;
import org.clausemap.archive.diff.ProvisionChange;
import org.clausemap.archive.store.VersionRecord;

/**
 * What recording a version did.
 *
 * @param status          {@code created} or {@code unchanged}
 * @param version         the new version, or the version in force whose text is the same
 * @param previous        the version the new one follows, or null
 * @param counts          how the provisions changed from {@code previous}, or null
 * @param materialChanges the sentence of each material change
 * @param changes         the API path of the full change summary, or null
 */
record RecordingResource(String status, VersionRecord version, VersionRef previous, ChangeCounts counts,
                         List<String> materialChanges, String changes) {

    static RecordingResource of(Recording r) {
        if (r.outcome() == Recording.Outcome.UNCHANGED) {
            return new RecordingResource("unchanged", r.version(), null, null, List.of(), null);
        }
        var s = r.summary();
        return new RecordingResource("created", r.version(), VersionRef.of(r.previous()),
                s == null ? null : s.counts(),
                s == null ? List.of() : s.materialChanges().stream().map(ProvisionChange::sentence).toList(),
                r.previous() == null ? null : "/api/documents/" + r.document().id() + "/changes?from="
                        + r.previous().id() + "&to=" + r.version().id());
    }
}
