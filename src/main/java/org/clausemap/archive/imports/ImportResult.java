package org.clausemap.archive.imports;

/**
 * What importing one file did.
 *
 * @param file    the file
 * @param outcome {@code created}, {@code unchanged}, {@code capture-failure} or {@code failed}
 * @param detail  the reason of a capture failure or failure, else null
 */
public record ImportResult(ImportFile file, String outcome, String detail) {
}
