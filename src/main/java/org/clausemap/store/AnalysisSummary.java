package org.clausemap.store;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of an analysis listing: the indexed columns, without the analysis itself.
 *
 * @param id             analysis id
 * @param title          document title
 * @param platform       platform, or null
 * @param documentType   kind of document, or null
 * @param source         file name, URL or {@code inline:<format>}
 * @param sha256         content hash of the document's provisions
 * @param analysedAt     when it was analysed
 * @param score          document score, 0-100
 * @param band           risk band of the score
 * @param ruleSetVersion version hash of the rule set it ran on
 */
public record AnalysisSummary(UUID id, String title, String platform, String documentType, String source,
                              String sha256, Instant analysedAt, int score, String band, String ruleSetVersion) {
}
