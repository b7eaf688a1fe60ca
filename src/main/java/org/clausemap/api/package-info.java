/**
 * The REST API ({@code /api/**}): analyses (submit a document, read, list), their checklist workbooks (download,
 * upload a reviewed one), and the frameworks and categories the rules know.
 *
 * <p>Every error is an RFC 9457 problem detail ({@code application/problem+json}) whose {@code type} is
 * {@code urn:clausemap:problem:<slug>} (see {@link org.clausemap.api.ProblemType}); generic HTTP errors without
 * more to say keep {@code about:blank}. Controllers are thin: {@code DocumentIntake} turns a request into a
 * source, {@code Submissions} runs and stores the analysis.
 */
package org.clausemap.api;
