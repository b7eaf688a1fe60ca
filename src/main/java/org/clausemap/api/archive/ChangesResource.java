package org.clausemap.api.archive;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.clausemap.archive.Changes;
import org.clausemap.archive.VersionRef;
import org.clausemap.archive.diff.ChangeSummary;

/**
 * The change summary between two versions, as {@code ChangeSummaryJson} writes it, plus which document and versions
 * it compares.
 *
 * @param documentId   the document
 * @param fromVersion  the older version
 * @param toVersion    the newer version
 * @param summary      the change summary (its fields are this object's fields)
 */
record ChangesResource(UUID documentId, VersionRef fromVersion, VersionRef toVersion,
                       @JsonUnwrapped ChangeSummary summary) {

    static ChangesResource of(Changes c) {
        return new ChangesResource(c.document().id(), VersionRef.of(c.older()), VersionRef.of(c.newer()),
                c.summary());
    }
}
