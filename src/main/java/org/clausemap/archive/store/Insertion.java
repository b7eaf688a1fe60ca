package org.clausemap.archive.store;

/**
 * What {@link DocumentStore#insertIfChanged} did.
 *
 * @param version  the new version when created; else the version in force, whose text is the same
 * @param previous the version in force before the new one, or null (when created)
 * @param created  whether a version was added
 */
public record Insertion(VersionRecord version, VersionRecord previous, boolean created) {
}
