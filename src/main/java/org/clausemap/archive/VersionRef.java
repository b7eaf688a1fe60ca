package org.clausemap.archive;

import java.time.Instant;
import java.util.UUID;

import org.clausemap.archive.store.VersionRecord;

/**
 * A version as named in change summaries, webhooks and comparisons.
 *
 * @param id         the version id
 * @param recordedAt its date
 * @param sha256     its content hash
 * @param provisions how many provisions it has
 */
public record VersionRef(UUID id, Instant recordedAt, String sha256, int provisions) {

    public static VersionRef of(VersionRecord v) {
        return v == null ? null : new VersionRef(v.id(), v.recordedAt(), v.sha256(), v.provisions());
    }
}
