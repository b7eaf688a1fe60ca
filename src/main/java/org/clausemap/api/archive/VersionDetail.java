package org.clausemap.api.archive;

import org.clausemap.analysis.Analysis;
import org.clausemap.archive.store.VersionRecord;

/**
 * A version with its extracted provisions and what the rules found in them.
 *
 * @param version  the version
 * @param analysis its analysis, as recorded
 */
record VersionDetail(VersionRecord version, Analysis analysis) {
}
