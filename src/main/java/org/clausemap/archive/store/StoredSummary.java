package org.clausemap.archive.store;

import java.util.UUID;

/**
 * A change summary between two versions, as stored (JSON).
 *
 * @param olderVersionId the older version
 * @param newerVersionId the newer version
 * @param material       material changes
 * @param editorial      editorial changes
 * @param json           the summary as {@code ChangeSummaryJson} writes it
 */
public record StoredSummary(UUID olderVersionId, UUID newerVersionId, int material, int editorial, String json) {
}
