/**
 * Scheduled re-fetching of registered documents. {@link org.clausemap.archive.monitor.Monitor#runDue()} takes every
 * due document it can lease, fetches it with a conditional GET (304 is "unchanged"), and records it through the
 * {@link org.clausemap.archive.Archive}: a changed text becomes a version with its change summary, and a material
 * change is POSTed to the webhook. Several instances may share one database: a document is leased with one
 * conditional UPDATE, so it is fetched once per interval whichever instance gets it. Failures (fetch errors and
 * capture failures) are recorded on the document and retried with exponential backoff.
 */
package org.clausemap.archive.monitor;
