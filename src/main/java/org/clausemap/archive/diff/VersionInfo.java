package org.clausemap.archive.diff;

import java.time.Instant;

import org.clausemap.analysis.DocumentInfo;
import org.clausemap.analysis.RuleSetInfo;

/**
 * Which analysis of which document version one side of a comparison is.
 *
 * @param document    the document's identity (title, source, content hash)
 * @param analysedAt  when it was analysed
 * @param ruleSet     the rule set it was analysed with
 * @param provisions  how many provisions it has
 */
public record VersionInfo(DocumentInfo document, Instant analysedAt, RuleSetInfo ruleSet, int provisions) {
}
