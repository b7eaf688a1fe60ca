package org.clausemap.export.workbook;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

import static org.clausemap.export.workbook.ChecklistColumn.*;

/**
 * A reviewed Checklist sheet: its header row checked against {@link ChecklistColumn}, its action ids against the
 * exported ones, then its reviewer columns read. Problems are collected, so a reviewer sees them all at once.
 * One instance per read (a {@link DataFormatter} is not thread-safe).
 */
final class ReviewRows {

    private final DataFormatter format = new DataFormatter(Locale.ROOT);
    private final Sheet sheet;
    private final List<String> expected;
    private final List<WorkbookProblem> problems = new ArrayList<>();
    private final Map<String, ChecklistReview> reviews = new HashMap<>();
    private final Map<String, Integer> rowOf = new HashMap<>();

    ReviewRows(Sheet sheet, List<String> expected) {
        this.sheet = sheet;
        this.expected = List.copyOf(expected);
        format.setUseCachedValuesForFormulaCells(true);
    }

    /** The header row must read exactly as written: a renamed, moved, added or deleted column is refused. */
    ReviewRows checkHeader() {
        Row header = sheet.getRow(0);
        ChecklistColumn[] columns = ChecklistColumn.values();
        for (ChecklistColumn column : columns) {
            String found = text(header == null ? null : header.getCell(column.index()));
            if (found == null || !column.header().equals(found.strip())) {
                problem(0, column.index(), "expected the header \"" + column.header() + "\", found " + quoted(found)
                        + "; columns must not be renamed, moved or deleted");
            }
        }
        if (header != null) {
            for (int c = columns.length; c < header.getLastCellNum(); c++) {
                if (text(header.getCell(c)) != null) {
                    problem(0, c, "unexpected column " + quoted(text(header.getCell(c))) + " after \""
                            + NOTES.header() + "\"; columns must not be added, write in Notes instead");
                }
            }
        }
        failIfAny();
        return this;
    }

    /** One review per exported action, in export order. */
    List<ChecklistReview> read() {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && !isBlank(row)) {
                read(row);
            }
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!rowOf.containsKey(expected.get(i))) {
                problem(i + 1, ACTION_ID.index(), "action \"" + expected.get(i) + "\" is missing (it was exported in"
                        + " row " + (i + 2) + "); action ids must not be edited and rows must not be removed");
            }
        }
        failIfAny();
        return expected.stream().map(reviews::get).toList();
    }

    private void read(Row row) {
        int r = row.getRowNum();
        int before = problems.size();
        for (int c = NOTES.index() + 1; c < row.getLastCellNum(); c++) {
            if (text(row.getCell(c)) != null) {
                problem(r, c, "a value outside the checklist columns would be lost; write in Notes instead");
            }
        }
        String id = actionId(row);
        if (id == null) {
            return;
        }
        String shownStatus = text(row.getCell(STATUS.index()));
        String status = ChecklistReview.canonicalStatus(shownStatus);
        if (status == null) {
            problem(r, STATUS.index(), "status " + quoted(shownStatus) + " is not one of "
                    + String.join(", ", ChecklistReview.STATUSES));
        }
        LocalDate due = date(row.getCell(DUE_DATE.index()));
        if (problems.size() == before) {
            reviews.put(id, new ChecklistReview(id, status, text(row.getCell(REVIEWER.index())), due,
                    text(row.getCell(NOTES.index()))));
        }
    }

    /** The row's action id when it is one of the exported ones and not seen before; otherwise null, reported. */
    private String actionId(Row row) {
        int r = row.getRowNum();
        String id = text(row.getCell(ACTION_ID.index()));
        if (id == null) {
            problem(r, ACTION_ID.index(), "the action id is missing; action ids must not be edited or removed");
            return null;
        }
        id = id.strip();
        if (!expected.contains(id)) {
            problem(r, ACTION_ID.index(), "action id \"" + id + "\" is not one this workbook was exported with;"
                    + " action ids must not be edited and rows must not be added");
            return null;
        }
        Integer first = rowOf.putIfAbsent(id, r);
        if (first != null) {
            problem(r, ACTION_ID.index(), "action id \"" + id + "\" appears twice (also in row " + (first + 1) + ")");
            return null;
        }
        return id;
    }

    /** A due date: a date cell, a formula whose value is a date, ISO text ({@code 2026-03-31}), or blank. */
    private LocalDate date(Cell cell) {
        String shown = text(cell);
        if (shown == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)
                && DateUtil.isValidExcelDate(cell.getNumericCellValue())) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        if (type == CellType.STRING) {
            try {
                return LocalDate.parse(shown.strip());
            } catch (DateTimeParseException e) {
                // not ISO text either: reported below
            }
        }
        problem(cell.getRowIndex(), cell.getColumnIndex(), "due date \"" + shown + "\" is not a date; enter a date"
                + " such as 2026-03-31, or leave it empty");
        return null;
    }

    private boolean isBlank(Row row) {
        for (Cell cell : row) {
            if (text(cell) != null) {
                return false;
            }
        }
        return true;
    }

    /** What the cell shows (a formula's last computed value), or null when it shows nothing. */
    private String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        String s = format.formatCellValue(cell);
        return s == null || s.isBlank() ? null : s;
    }

    private void problem(int row, int column, String message) {
        problems.add(new WorkbookProblem(sheet.getSheetName(), new CellReference(row, column).formatAsString(),
                message));
    }

    private void failIfAny() {
        if (!problems.isEmpty()) {
            throw new WorkbookFormatException(problems);
        }
    }

    static String quoted(String s) {
        return s == null ? "nothing" : "\"" + s + "\"";
    }
}
