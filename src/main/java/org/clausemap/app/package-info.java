/**
 * The Spring application's wiring: configuration properties ({@code clausemap.*}), the
 * {@link org.clausemap.analysis.Core} bean built from the rules and regulations folders, the URL fetcher built from
 * the fetch policy, reloading the rules ({@link org.clausemap.app.RuleReloads}, and the folder watcher unless
 * {@code clausemap.rules.watch=false}), and the {@code ruleSet} health component. Nothing here knows HTTP routes or
 * SQL.
 */
package org.clausemap.app;
