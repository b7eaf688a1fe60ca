/**
 * Persistence of analyses, checklist reviews and rule firing counts: one small repository layer over
 * {@code JdbcClient}.
 *
 * <p>H2 (a file database under {@code ./data}) by default, PostgreSQL by configuration; the schema comes from the
 * Flyway migrations in {@code db/migration}, written in SQL both accept, so one set serves both (plus Java migrations
 * for what SQL cannot do, {@link org.clausemap.store.Migrations}). An analysis is stored as the JSON the API and the
 * CLI share, LZ4-compressed ({@link org.clausemap.store.Compressed}), beside the columns listings filter on; reviews
 * are rows of their own, so an analysis stays exactly what the rules produced. How often each rule fired is kept as a
 * running total per rule ({@code rule_firing_total}, {@link org.clausemap.store.RuleFirings}), so the rule catalog
 * reads its counts without reading any JSON.
 */
package org.clausemap.store;
