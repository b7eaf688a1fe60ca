/**
 * Persistence of the document archive over {@code JdbcClient}: registered documents, their versions (the raw
 * snapshot and the analysis JSON of each), change summaries between versions, capture failures, and each document's
 * monitoring state with its database lease. The schema is {@code db/migration/V3__documents_and_versions.sql},
 * portable between H2 and PostgreSQL. Transactions are programmatic ({@code TransactionTemplate}), so the store works
 * the same inside the Spring application and when the CLI wires it by hand.
 */
package org.clausemap.archive.store;
