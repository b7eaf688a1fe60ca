package org.clausemap.export.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the reviewer columns of a workbook written by {@link WorkbookWriter} and handed back by a reviewer.
 * <p>
 * The workbook must belong to the expected analysis and document, and the Checklist sheet must keep its header
 * row and its action ids (rows may be re-sorted, not edited, added or removed); statuses must be from the list and
 * due dates dates (a date cell, or text written {@code 2026-03-31}). Anything else is refused with a
 * {@link WorkbookFormatException} listing every problem with its sheet and cell. Stateless and thread-safe.
 */
public final class ChecklistReviewReader {

    /**
     * @param xlsx                   the workbook bytes; read to the end, not closed
     * @param expectedAnalysisId     the analysis the workbook must belong to, or null to accept any (or none)
     * @param expectedDocumentSha256 the document the workbook must be about, or null to accept any
     * @return one review per checklist action, in the order the workbook was written
     * @throws WorkbookFormatException when the file is not a clausemap workbook of that analysis, or a reviewer
     *                                 entry cannot be accepted
     * @throws IOException             when the stream cannot be read
     */
    public List<ChecklistReview> read(InputStream xlsx, String expectedAnalysisId, String expectedDocumentSha256)
            throws IOException {
        Objects.requireNonNull(xlsx, "xlsx");
        byte[] bytes = xlsx.readAllBytes();
        try (XSSFWorkbook wb = open(bytes)) {
            Marker marker = Marker.read(wb);
            checkIdentity(wb, marker, expectedAnalysisId, expectedDocumentSha256);
            Sheet sheet = wb.getSheet(ChecklistSheet.NAME);
            if (sheet == null) {
                throw WorkbookFormatException.of(ChecklistSheet.NAME, null, "the sheet is missing (renamed or"
                        + " deleted); the reviews are read from a sheet named \"" + ChecklistSheet.NAME + "\"");
            }
            return new ReviewRows(sheet, marker.actionIds()).checkHeader().read();
        }
    }

    private static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new WorkbookFormatException(List.of(new WorkbookProblem(null, null, "not an xlsx workbook ("
                    + e.getMessage() + "); upload the .xlsx file clausemap exported, saved as Excel Workbook")), e);
        }
    }

    private static void checkIdentity(XSSFWorkbook wb, Marker marker, String analysisId, String sha256) {
        if (analysisId != null && !analysisId.equals(marker.analysisId())) {
            throw WorkbookFormatException.of(Marker.SHEET, Marker.cellOf(wb, "analysis-id"), "this workbook belongs"
                    + " to analysis " + quoted(marker.analysisId()) + ", not " + quoted(analysisId));
        }
        if (sha256 != null && !sha256.equalsIgnoreCase(String.valueOf(marker.documentSha256()))) {
            throw WorkbookFormatException.of(Marker.SHEET, Marker.cellOf(wb, "document-sha256"), "this workbook is"
                    + " about document " + quoted(marker.documentSha256()) + ", not " + quoted(sha256));
        }
    }

    private static String quoted(String s) {
        return ReviewRows.quoted(s);
    }
}
