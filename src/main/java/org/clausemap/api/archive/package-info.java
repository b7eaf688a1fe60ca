/**
 * The archive's REST API: register documents ({@code /api/documents}), record versions (upload or fetch now), list
 * them, read the changes between two versions as a change summary (JSON or workbook), and compare platforms on one
 * category ({@code /api/compare}). Every error is an RFC 9457 problem detail with a {@code urn:clausemap:problem:}
 * type, like the rest of the API.
 */
package org.clausemap.api.archive;
