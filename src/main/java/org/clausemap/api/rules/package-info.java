/**
 * Rule management over HTTP ({@code /api/rules/**}): the catalog of the rules in force with how often each fired in
 * stored analyses, the rule set's status, reloading the rules folder, and validating posted rules without loading
 * them.
 *
 * <p>Reading is open. Reload and validate compile DRL, which is executable code, so they need the admin credential
 * from configuration ({@code clausemap.admin.api-key} as the {@code X-API-Key} header, or
 * {@code clausemap.admin.username}/{@code password} as HTTP Basic); without one configured they refuse everyone
 * (403). {@link org.clausemap.api.rules.AdminFilter} checks it before the request body is read.
 */
package org.clausemap.api.rules;
