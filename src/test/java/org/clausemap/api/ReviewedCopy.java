package org.clausemap.api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Test helper: a workbook as a reviewer edits it in a spreadsheet program, done with POI. Columns are found by
 * their header text, so the helper does not repeat the writer's layout.
 */
final class ReviewedCopy {

    private final XSSFWorkbook workbook;
    private final Sheet checklist;
    private final DataFormatter format = new DataFormatter();

    ReviewedCopy(byte[] xlsx) {
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        checklist = workbook.getSheet("Checklist");
    }

    List<String> actionIds() {
        int column = column("Action id");
        List<String> ids = new ArrayList<>();
        for (int r = 1; r <= checklist.getLastRowNum(); r++) {
            Row row = checklist.getRow(r);
            if (row != null && row.getCell(column) != null) {
                ids.add(format.formatCellValue(row.getCell(column)));
            }
        }
        return ids;
    }

    /** Fills the reviewer columns of the action's row; due date as a real date cell. */
    ReviewedCopy review(String actionId, String status, String reviewer, LocalDate due, String notes) {
        Row row = checklist.getRow(rowOf(actionId));
        cell(row, column("Status")).setCellValue(status);
        cell(row, column("Reviewer")).setCellValue(reviewer);
        cell(row, column("Due date")).setCellValue(due);
        cell(row, column("Notes")).setCellValue(notes);
        return this;
    }

    String text(String actionId, String header) {
        Cell cell = checklist.getRow(rowOf(actionId)).getCell(column(header));
        return cell == null ? "" : format.formatCellValue(cell);
    }

    /** Renames a header cell, as a careless reviewer might. */
    ReviewedCopy renameHeader(String from, String to) {
        cell(checklist.getRow(0), column(from)).setCellValue(to);
        return this;
    }

    /** Every cell of the Checklist sheet as text, row by row. */
    List<List<String>> checklistText() {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : checklist) {
            List<String> cells = new ArrayList<>();
            row.forEach(c -> cells.add(format.formatCellValue(c)));
            rows.add(cells);
        }
        return rows;
    }

    List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int rowOf(String actionId) {
        int column = column("Action id");
        for (int r = 1; r <= checklist.getLastRowNum(); r++) {
            Row row = checklist.getRow(r);
            if (row != null && actionId.equals(format.formatCellValue(row.getCell(column)))) {
                return r;
            }
        }
        throw new IllegalArgumentException("no row for action " + actionId);
    }

    private int column(String header) {
        for (Cell cell : checklist.getRow(0)) {
            if (header.equals(format.formatCellValue(cell))) {
                return cell.getColumnIndex();
            }
        }
        throw new IllegalArgumentException("no column " + header);
    }

    /**
     * A fresh cell in place of the old one, keeping its style. (Setting a new value on a cell SXSSF wrote as an
     * inline string leaves the old inline value in place when POI saves it; a spreadsheet program has no such
     * problem.)
     */
    private static Cell cell(Row row, int column) {
        Cell old = row.getCell(column);
        CellStyle style = old == null ? null : old.getCellStyle();
        if (old != null) {
            row.removeCell(old);
        }
        Cell cell = row.createCell(column);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }
}
