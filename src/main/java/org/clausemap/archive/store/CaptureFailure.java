package org.clausemap.archive.store;

import java.time.Instant;
import java.util.UUID;

/**
 * A capture that extracted to (almost) nothing, compared with the version in force: recorded and alerted, never
 * stored as a version, never summarised as the removal of every provision.
 *
 * @param id                 its id
 * @param documentId         the document
 * @param detectedAt         when it was captured
 * @param origin             how the capture came ({@code monitor}, {@code fetch}, {@code upload}, {@code import})
 * @param reason             what was wrong, in a sentence
 * @param provisions         provisions the capture extracted
 * @param previousProvisions provisions of the version in force, or null when there is none
 * @param previousVersionId  the version in force, or null
 */
public record CaptureFailure(UUID id, UUID documentId, Instant detectedAt, String origin, String reason,
                             int provisions, Integer previousProvisions, UUID previousVersionId) {
}
