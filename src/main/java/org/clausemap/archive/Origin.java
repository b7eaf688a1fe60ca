package org.clausemap.archive;

import java.util.Locale;

/** How a capture came into the archive. */
public enum Origin {
    /** Content uploaded through the API. */
    UPLOAD,
    /** Fetched on request through the API. */
    FETCH,
    /** Fetched by the scheduled monitor. */
    MONITOR,
    /** Read from an archive folder by {@code clausemap import}: history, never notified. */
    IMPORT;

    /** The name stored and shown: {@code upload}, {@code fetch}, {@code monitor}, {@code import}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
