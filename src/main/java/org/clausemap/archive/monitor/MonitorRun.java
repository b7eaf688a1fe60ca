package org.clausemap.archive.monitor;

import java.time.Instant;
import java.util.UUID;

/**
 * What one monitored fetch did.
 *
 * @param documentId   the document
 * @param document     its {@code platform/documentType}
 * @param outcome      {@code created}, {@code unchanged}, {@code not-modified}, {@code capture-failure} or
 *                     {@code error}
 * @param versionId    the version created, or null
 * @param material     material changes of the created version (0 otherwise)
 * @param error        what went wrong, or null
 * @param nextFetchAt  when the document is due again
 */
public record MonitorRun(UUID documentId, String document, String outcome, UUID versionId, int material,
                         String error, Instant nextFetchAt) {
}
