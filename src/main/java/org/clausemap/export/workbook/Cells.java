package org.clausemap.export.workbook;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;

/**
 * Writes cell values. Text always goes through {@link Cell#setCellValue(String)}, so document text that reads like
 * a formula ({@code =HYPERLINK(...)}, {@code +cmd}, {@code @x}) is stored as a string and never evaluated; text
 * longer than a cell holds is cut with a note saying so.
 */
final class Cells {

    static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final Pattern ESCAPE_LIKE = Pattern.compile("_(x[0-9A-Fa-f]{4}_)");

    private Cells() {
    }

    static Cell text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(fit(escape(value)));
        }
        return cell;
    }

    static Cell number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        cell.setCellValue(value);
        return cell;
    }

    static Cell date(Row row, int column, LocalDate value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value);
        }
        return cell;
    }

    /** A text cell that links to a web address: {@code url} must be an absolute http(s) URL. */
    static Cell link(Row row, int column, String url, CellStyle style) {
        Cell cell = text(row, column, url, style);
        cell.setHyperlink(hyperlink(row.getSheet(), url));
        return cell;
    }

    /**
     * One hyperlink over a block of cells. A sheet keeps every hyperlink in memory until it is written, each with
     * its own package relationship, so a link per row would grow with the document; one range link does not.
     */
    static void link(SXSSFSheet sheet, CellRangeAddress cells, String url) {
        XSSFHyperlink link = hyperlink(sheet, url);
        link.setCellReference(cells.formatAsString());
        sheet.addHyperlink(link);
    }

    private static XSSFHyperlink hyperlink(Sheet sheet, String url) {
        Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
        link.setAddress(url);
        return (XSSFHyperlink) link;
    }

    /** Header cells of a table, left to right from column 0. */
    static void header(Row row, List<String> names, CellStyle style) {
        for (int c = 0; c < names.size(); c++) {
            text(row, c, names.get(c), style);
        }
    }

    /**
     * Protects a literal {@code _xHHHH_} in the text: spreadsheet readers decode that pattern as an escaped
     * character ({@code _x0041_} reads as {@code A}), so its underscore is itself escaped as {@code _x005F_}.
     * Characters XML cannot hold (control characters other than tab and line breaks) are stored as {@code ?}.
     */
    static String escape(String value) {
        return value.indexOf("_x") < 0 ? value : ESCAPE_LIKE.matcher(value).replaceAll("_x005F_$1");
    }

    /** The text as stored: whole when it fits a cell, otherwise cut with a note of the full length. */
    static String fit(String value) {
        if (value.length() <= MAX_TEXT) {
            return value;
        }
        String note = "\u2026 [cut: " + value.length() + " characters in full]";
        int end = MAX_TEXT - note.length();
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + note;
    }
}
