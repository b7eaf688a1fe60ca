package org.clausemap.api.archive;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.clausemap.archive.store.CaptureFailure;
import org.clausemap.archive.store.MonitorState;
import org.clausemap.archive.store.RegisteredDocument;
import org.clausemap.archive.store.VersionRecord;

/**
 * A registered document as the API shows it.
 *
 * @param interval        its own re-fetch interval (ISO-8601), or null for the global one
 * @param versions        how many versions it has
 * @param latestVersion   its latest version, or null
 * @param captureFailures its most recent capture failures (only on the single-document view)
 */
record DocumentResource(UUID id, String platform, String documentType, String url, List<String> select,
                        List<String> remove, boolean monitor, String interval, Instant createdAt,
                        MonitorState monitoring, int versions, VersionRecord latestVersion,
                        List<CaptureFailure> captureFailures) {

    static DocumentResource of(RegisteredDocument d, int versions, VersionRecord latest,
                               List<CaptureFailure> failures) {
        return new DocumentResource(d.id(), d.platform(), d.documentType(), d.url(), d.select(), d.remove(),
                d.monitor(), d.interval() == null ? null : d.interval().toString(), d.createdAt(), d.monitoring(),
                versions, latest, failures);
    }
}
