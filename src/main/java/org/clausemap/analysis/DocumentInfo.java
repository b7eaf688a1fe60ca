package org.clausemap.analysis;

import org.clausemap.provision.LanguageCheck;

/**
 * The analysed document's identity.
 *
 * @param title        title
 * @param source       file path, URL or caller-given name
 * @param sha256       content hash of its normalised provisions
 * @param format       HTML, MARKDOWN or TEXT
 * @param platform     the platform, where given
 * @param documentType the kind of document, where given
 * @param language     which provisions do not read as English (and so go unclassified), with the warning to show;
 *                     null in analyses stored before the check existed
 */
public record DocumentInfo(String title, String source, String sha256, String format, String platform,
                           String documentType, LanguageCheck language) {
}
