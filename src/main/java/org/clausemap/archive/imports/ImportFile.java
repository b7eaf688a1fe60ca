package org.clausemap.archive.imports;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A file of an archive folder.
 *
 * @param file         the file
 * @param platform     its platform (first folder)
 * @param documentType its document type (second folder)
 * @param date         its version date (the file name)
 */
public record ImportFile(Path file, String platform, String documentType, LocalDate date) {

    /** {@code platform/documentType date}, as the progress line shows it. */
    public String label() {
        return platform + "/" + documentType + " " + date;
    }
}
