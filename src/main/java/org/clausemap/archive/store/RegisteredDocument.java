package org.clausemap.archive.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.clausemap.ingest.Selectors;

/**
 * A document of the archive.
 *
 * @param id           its id
 * @param platform     the platform
 * @param documentType the kind of document
 * @param url          where it is fetched from, or null
 * @param select       CSS selectors of its content
 * @param remove       CSS selectors removed before reading
 * @param monitor      whether the monitor re-fetches it
 * @param interval     its own re-fetch interval, or null for the global one
 * @param createdAt    when it was registered
 * @param monitoring   the monitor's state for it
 */
public record RegisteredDocument(UUID id, String platform, String documentType, String url, List<String> select,
                                 List<String> remove, boolean monitor, Duration interval, Instant createdAt,
                                 MonitorState monitoring) {

    public RegisteredDocument {
        select = List.copyOf(select);
        remove = List.copyOf(remove);
    }

    public Selectors selectors() {
        return new Selectors(select, remove);
    }

    /** {@code platform/documentType}, as the import folders and the CLI name it. */
    public String name() {
        return platform + "/" + documentType;
    }
}
