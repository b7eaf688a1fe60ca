package org.clausemap.archive;

import org.clausemap.archive.diff.ChangeSummary;
import org.clausemap.archive.store.RegisteredDocument;
import org.clausemap.archive.store.VersionRecord;

/**
 * The changes between two versions of a registered document.
 *
 * @param document the document
 * @param older    the older version
 * @param newer    the newer version
 * @param summary  what changed
 */
public record Changes(RegisteredDocument document, VersionRecord older, VersionRecord newer, ChangeSummary summary) {
}
