/**
 * Persistence of analyses, checklist reviews and rule firing counts: one small repository layer over
 * {@code JdbcClient}.
 *
 * <p>H2 (a file database under {@code ./data}) by default, PostgreSQL by configuration; the schema comes from the
 * Flyway migrations in {@code db/migration}, written in SQL both accept, so one set serves both (plus Java migrations
 * for what SQL cannot do, {@link org.clausemap.store.Migrations}). An analysis is stored as the JSON the API and the
 * CLI share, gzip-compressed ({@link org.clausemap.store.Compressed}), beside the columns listings filter on; reviews
 * are rows of their own, so an analysis stays exactly what the rules produced. How often each rule fired in an analysis is written
 * beside it ({@code analysis_rule_firing}), so the rule catalog sums firings without reading any JSON.
 */
package org.clausemap.store;
