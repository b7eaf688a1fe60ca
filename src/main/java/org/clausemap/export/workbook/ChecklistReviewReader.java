package org.clausemap.export.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
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
    private static final java.util.Set<String> NEEDED = java.util.Set.of(ChecklistSheet.NAME, Marker.SHEET);
    private static final byte[] EMPTY_SHEET = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData/></worksheet>")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);

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

    /**
     * Opens the workbook with only the sheets a review needs: every other sheet's XML is replaced by an empty sheet
     * before POI parses it, so reading back the workbook of a 10,000-provision document does not build 10,000
     * provision rows in memory.
     */
    private static XSSFWorkbook open(byte[] bytes) {
        try {
            OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
            while (sheets.hasNext()) {
                sheets.next().close();
                if (!NEEDED.contains(sheets.getSheetName())) {
                    try (OutputStream out = sheets.getSheetPart().getOutputStream()) {
                        out.write(EMPTY_SHEET);
                    }
                }
            }
            return new XSSFWorkbook(pkg);
        } catch (IOException | OpenXML4JException | RuntimeException e) {
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
