package org.clausemap.archive.store;

import java.time.Instant;
import java.util.UUID;

/**
 * One version of a document, without its snapshot and analysis.
 *
 * @param id             version id
 * @param documentId     the document
 * @param recordedAt     the version's date: when it was fetched, or the date it was given (import, upload)
 * @param ingestedAt     when it was stored
 * @param origin         how it came: {@code upload}, {@code fetch}, {@code monitor} or {@code import}
 * @param sha256         the content hash of its normalised provisions (the Document sha256)
 * @param source         the file name or URL it was read from
 * @param format         HTML, MARKDOWN or TEXT
 * @param title          its title
 * @param provisions     how many provisions were extracted
 * @param score          the document score of its analysis
 * @param band           the band of that score
 * @param ruleSetVersion the rule set it was analysed with
 */
public record VersionRecord(UUID id, UUID documentId, Instant recordedAt, Instant ingestedAt, String origin,
                            String sha256, String source, String format, String title, int provisions, int score,
                            String band, String ruleSetVersion) {
}
