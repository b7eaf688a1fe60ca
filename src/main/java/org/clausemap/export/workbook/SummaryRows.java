package org.clausemap.export.workbook;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The rows a summary sheet is made of (label and value pairs, a wrapped disclaimer across the sheet), shared by the
 * summary of an analysis and the summary of a change. Each method writes at a row and returns the next free row.
 */
final class SummaryRows {

    private SummaryRows() {
    }

    static int pair(Sheet sheet, Palette palette, int row, String label, String value) {
        Row r = sheet.createRow(row);
        Cells.text(r, 0, label, palette.label);
        Cells.text(r, 1, value, palette.text);
        return row + 1;
    }

    static int number(Sheet sheet, Palette palette, int row, String label, int value) {
        Row r = sheet.createRow(row);
        Cells.text(r, 0, label, palette.label);
        Cells.number(r, 1, value, palette.integer);
        return row + 1;
    }

    /** A "Disclaimer" heading and the text merged across all columns, tall enough to show it wrapped. */
    static int disclaimer(Sheet sheet, Palette palette, int[] widths, int row, String text) {
        Cells.text(sheet.createRow(row), 0, "Disclaimer", palette.section);
        Row r = sheet.createRow(row + 1);
        Cells.text(r, 0, text, palette.wrap);
        int width = 0;
        for (int w : widths) {
            width += w;
        }
        int lines = text == null ? 1 : text.length() / width + 2;
        r.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
        sheet.addMergedRegion(new CellRangeAddress(row + 1, row + 1, 0, widths.length - 1));
        return row + 2;
    }
}
