package org.clausemap.archive;

import java.util.LinkedHashMap;
import java.util.Map;

/** A request the archive cannot carry out, with what kind of problem it is and the facts a client can act on. */
public class ArchiveException extends RuntimeException {

    /** The kinds of problem. */
    public enum Kind {
        /** No document with the given id. */
        DOCUMENT_NOT_FOUND,
        /** No version of the document with the given id, or none in force at the given date. */
        VERSION_NOT_FOUND,
        /** A document of this platform and type is already registered. */
        DOCUMENT_EXISTS,
        /** A parameter is invalid. */
        INVALID,
        /** The document has too few versions for what was asked. */
        TOO_FEW_VERSIONS,
        /** The capture extracted to (almost) nothing: recorded, not stored as a version. */
        CAPTURE_FAILURE,
        /** The document cannot be read (no provisions, a stale selector on a first capture, ...). */
        UNREADABLE
    }

    private final Kind kind;
    private final Map<String, Object> facts = new LinkedHashMap<>();

    public ArchiveException(Kind kind, String message) {
        this(kind, message, null);
    }

    public ArchiveException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** Adds a fact (problem-detail extension member); null values are left out. */
    public ArchiveException with(String name, Object value) {
        if (value != null) {
            facts.put(name, value);
        }
        return this;
    }

    public Kind kind() {
        return kind;
    }

    public Map<String, Object> facts() {
        return Map.copyOf(facts);
    }
}
