package org.clausemap.export.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * A table sheet: a frozen header row with fixed column widths, data rows streamed below it, and an autofilter over
 * the whole table once it is finished.
 */
final class Table {

    private final SXSSFSheet sheet;
    private final List<Column> columns;
    private int next = 1;

    Table(SXSSFSheet sheet, List<Column> columns, Palette palette) {
        this.sheet = sheet;
        this.columns = List.copyOf(columns);
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            sheet.setColumnWidth(c, column.width() * 256);
            Cells.text(header, c, column.header(), column.review() ? palette.reviewHeader : palette.header);
        }
        sheet.createFreezePane(0, 1);
    }

    Row row() {
        return sheet.createRow(next++);
    }

    /** Index of the last data row, or 0 (the header) when there is none. */
    int lastRow() {
        return next - 1;
    }

    void finish() {
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow(), 0, columns.size() - 1));
    }
}
