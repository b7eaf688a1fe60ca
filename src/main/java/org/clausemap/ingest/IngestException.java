package org.clausemap.ingest;

/**
 * A source could not be read or ingested. The message says what is wrong and where: the file or URL, the selector,
 * the line.
 */
public class IngestException extends RuntimeException {

    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
