package org.clausemap.archive.store;

import java.time.Instant;

/**
 * Where monitoring of a document stands.
 *
 * @param nextFetchAt         when it is next due, or null when it is not monitored
 * @param lastFetchedAt       when it was last fetched by the monitor, or null
 * @param lastOutcome         {@code created}, {@code unchanged}, {@code not-modified}, {@code capture-failure} or
 *                            {@code error}; null before the first fetch
 * @param lastError           the last failure's message, or null after a success
 * @param consecutiveFailures failures since the last success (drives the backoff)
 * @param etag                the ETag of the last good response, sent as If-None-Match
 * @param lastModified        the Last-Modified of the last good response, sent as If-Modified-Since
 */
public record MonitorState(Instant nextFetchAt, Instant lastFetchedAt, String lastOutcome, String lastError,
                           int consecutiveFailures, String etag, String lastModified) {
}
