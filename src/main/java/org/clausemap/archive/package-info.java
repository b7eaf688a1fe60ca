/**
 * The document archive: registered platform documents, a version for every change of their normalised text (with
 * the raw snapshot and the analysis of each), structured change summaries between versions (computed by
 * {@code archive.diff}), cross-platform comparison ({@code archive.compare}), folder import ({@code archive.imports})
 * and scheduled monitoring ({@code archive.monitor}).
 *
 * <p>{@link org.clausemap.archive.Archive} is the one service the REST API, the CLI and the monitor all call: it
 * reads a source, refuses a capture that extracts to almost nothing (a capture failure, recorded and alerted, never a
 * version), analyses it, and records it as a new version only when its content hash differs from the version in
 * force at its date.
 */
package org.clausemap.archive;
