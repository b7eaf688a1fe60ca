package org.clausemap.export.workbook;

import java.util.List;
import java.util.function.BiConsumer;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Writes the rows of a summary sheet top to bottom (a title, label and value pairs, section tables, a wrapped
 * disclaimer across the sheet) and keeps the index of the next free row. Shared by the summary of an analysis and
 * the summary of a change.
 */
final class SummaryRows {

    private final SXSSFSheet sheet;
    private final Palette palette;
    private final int[] widths;
    private int next;

    /** Rows on {@code sheet}, whose columns get {@code widths} (in characters). */
    SummaryRows(SXSSFSheet sheet, Palette palette, int[] widths) {
        this.sheet = sheet;
        this.palette = palette;
        this.widths = widths.clone();
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    /** Index of the next row to be written (0-based). */
    int next() {
        return next;
    }

    /** A new row at the next index, for the caller to fill. */
    Row row() {
        return sheet.createRow(next++);
    }

    /** The sheet's title, then a blank row. */
    void title(String text) {
        Cells.text(row(), 0, text, palette.title);
        next++;
    }

    void pair(String label, String value) {
        Row r = row();
        Cells.text(r, 0, label, palette.label);
        Cells.text(r, 1, value, palette.text);
    }

    void number(String label, int value) {
        Row r = row();
        Cells.text(r, 0, label, palette.label);
        Cells.number(r, 1, value, palette.integer);
    }

    /**
     * A table after a blank row: a section heading, the header row, then one row per item filled by {@code cells},
     * or the line {@code none} when there is no item (nothing when {@code none} is null).
     *
     * @return the index of the first item row
     */
    <T> int table(String heading, List<String> headers, List<T> items, BiConsumer<Row, T> cells, String none) {
        section(heading);
        Cells.header(row(), headers, palette.header);
        int first = next;
        for (T item : items) {
            cells.accept(row(), item);
        }
        if (items.isEmpty() && none != null) {
            Cells.text(row(), 0, none, palette.text);
        }
        return first;
    }

    /** Heat-colours the scores in {@code column}, rows {@code first..last}; nothing when the range is empty. */
    void heat(int column, int first, int last) {
        Heat.scores(sheet, column, first, last);
    }

    /** A blank row, a "Disclaimer" heading and the text merged across all columns, tall enough to show it wrapped. */
    void disclaimer(String text) {
        section("Disclaimer");
        Row r = row();
        Cells.text(r, 0, text, palette.wrap);
        int width = 0;
        for (int w : widths) {
            width += w;
        }
        int lines = text == null ? 1 : text.length() / width + 2;
        r.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
        sheet.addMergedRegion(new CellRangeAddress(r.getRowNum(), r.getRowNum(), 0, widths.length - 1));
    }

    private void section(String heading) {
        next++;
        Cells.text(row(), 0, heading, palette.section);
    }
}
