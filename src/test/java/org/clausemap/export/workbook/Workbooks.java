package org.clausemap.export.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clausemap.analysis.Analysis;

/** Writes workbooks to bytes and opens them with real (non-streaming) POI, as a reviewer's Excel would. */
final class Workbooks {

    static final String ANALYSIS_ID = "an-0001";

    private Workbooks() {
    }

    static byte[] write(Analysis analysis) {
        return write(analysis, ANALYSIS_ID, Map.of());
    }

    static byte[] write(Analysis analysis, String analysisId, Map<String, ChecklistReview> reviews) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new WorkbookWriter().write(analysis, analysisId, reviews, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] save(XSSFWorkbook wb) {
        try (wb) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The cell at a 0-based row and column, emptied as typing over it in Excel would. Emptying matters with POI:
     * the writer streams strings inline, and XSSF's {@code setCellValue} on an inline-string cell adds the new
     * value beside the old one, which still wins when read.
     */
    static Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        Cell c = r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
        c.setBlank();
        return c;
    }

    /** The row of a Summary label in column A, 0-based. */
    static int rowOfLabel(Sheet sheet, String label) {
        for (Row r : sheet) {
            Cell c = r.getCell(0);
            if (c != null && label.equals(c.toString())) {
                return r.getRowNum();
            }
        }
        throw new AssertionError("no row labelled " + label + " in " + sheet.getSheetName());
    }

    /**
     * Every row of a sheet from the first, as its cells' formatted values joined by {@code " | "} up to the last
     * cell written; an empty string for a row that was never written.
     */
    static List<String> rows(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        return IntStream.rangeClosed(0, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                .map(r -> r == null ? "" : IntStream.range(0, r.getLastCellNum())
                        .mapToObj(c -> format.formatCellValue(r.getCell(c))).collect(Collectors.joining(" | ")))
                .toList();
    }
}
