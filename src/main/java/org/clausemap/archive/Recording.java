package org.clausemap.archive;

import org.clausemap.archive.diff.ChangeSummary;
import org.clausemap.archive.store.CaptureFailure;
import org.clausemap.archive.store.RegisteredDocument;
import org.clausemap.archive.store.VersionRecord;

/**
 * What recording a capture did.
 *
 * @param outcome  created, unchanged or capture failure
 * @param document the document
 * @param version  the new version (created), or the version in force whose text is the same (unchanged); null on a
 *                 capture failure
 * @param previous the version in force before a created one, or null
 * @param summary  the changes from {@code previous} to {@code version}; null unless a version was created after
 *                 another (and not on import, which leaves summaries to be computed when asked for)
 * @param failure  the recorded capture failure, or null
 */
public record Recording(Outcome outcome, RegisteredDocument document, VersionRecord version, VersionRecord previous,
                        ChangeSummary summary, CaptureFailure failure) {

    /** The outcomes of recording a capture. */
    public enum Outcome {
        /** A new version was stored. */
        CREATED,
        /** The text is that of the version in force at the capture's date: nothing stored. */
        UNCHANGED,
        /** The capture extracted to (almost) nothing: recorded as a failure, not stored as a version. */
        CAPTURE_FAILURE
    }

    /** True when a version was created with at least one material change. */
    public boolean material() {
        return summary != null && summary.counts().material() > 0;
    }
}
