package org.clausemap.archive.store;

/**
 * The raw content of a version, as fetched or uploaded.
 *
 * @param contentType {@code text/html}, {@code text/markdown} or {@code text/plain} (UTF-8)
 * @param content     the text
 */
public record Snapshot(String contentType, String content) {
}
