package org.clausemap.export.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.clausemap.checklist.ChecklistItem;
import org.clausemap.checklist.Evidence;

import static org.clausemap.export.workbook.ChecklistColumn.*;

/**
 * The due-diligence checklist with reviewer columns (status, reviewer, due date, notes), pre-filled from stored
 * reviews. The sheet is protected without a password: reviewer cells are unlocked and tinted, the analysis cells
 * are locked so a slip of the keyboard cannot change an action id or a header; filtering stays allowed.
 */
final class ChecklistSheet {

    static final String NAME = "Checklist";
    static final String EARLIEST_DATE = "DATE(2000,1,1)";
    static final String LATEST_DATE = "DATE(2999,12,31)";
    /** Past this, evidence lines are counted rather than quoted, so the cell stays well under Excel's limit. */
    private static final int EVIDENCE_BUDGET = 20_000;

    private ChecklistSheet() {
    }

    static void write(SXSSFSheet sheet, Palette palette, List<ChecklistItem> items,
                      Map<String, ChecklistReview> reviews) {
        Table table = new Table(sheet, ChecklistColumn.columns(), palette);
        for (ChecklistItem item : items) {
            Row r = table.row();
            Cells.text(r, ACTION_ID.index(), item.id(), palette.text);
            Cells.text(r, ACTION.index(), item.title(), palette.wrap);
            Cells.text(r, PRIORITY.index(), item.priority(), palette.text);
            Cells.text(r, OWNER.index(), item.owner(), palette.text);
            Cells.text(r, FRAMEWORKS.index(), Texts.join(item.frameworks(), "\n"), palette.wrap);
            Cells.text(r, CITATIONS.index(), Texts.join(item.citations(), "\n"), palette.wrap);
            Cells.text(r, EVIDENCE.index(), evidence(item.evidence()), palette.wrap);
            Cells.number(r, MAX_SCORE.index(), item.maxScore(), palette.integer);
            Cells.text(r, RULES.index(), Texts.join(item.ruleIds(), "\n"), palette.wrap);
            ChecklistReview review = reviews.get(item.id());
            Cells.text(r, STATUS.index(), review == null ? ChecklistReview.OPEN : review.status(), palette.reviewText);
            Cells.text(r, REVIEWER.index(), review == null ? null : review.reviewer(), palette.reviewText);
            Cells.date(r, DUE_DATE.index(), review == null ? null : review.dueDate(), palette.reviewDate);
            Cells.text(r, NOTES.index(), review == null ? null : review.notes(), palette.reviewText);
        }
        int last = table.lastRow();
        Heat.scores(sheet, MAX_SCORE.index(), 1, last);
        if (last >= 1) {
            validate(sheet, last);
        }
        table.finish();
        protect(sheet);
    }

    /** One line per provision: {@code §12.3 (12.3-3fa2c1d9): "quote"}. */
    static String evidence(List<Evidence> evidence) {
        List<String> lines = new ArrayList<>();
        int length = 0;
        for (int i = 0; i < evidence.size(); i++) {
            Evidence e = evidence.get(i);
            String label = e.number() != null && !e.number().isBlank()
                    ? Texts.provisionLabel(e.number(), e.provisionId()) + " (" + e.provisionId() + ")"
                    : e.provisionId();
            String line = label + ": \u201C" + e.quote() + "\u201D";
            if (length + line.length() > EVIDENCE_BUDGET) {
                lines.add("\u2026 and " + (evidence.size() - i) + " more provisions (see the Mappings sheet)");
                break;
            }
            lines.add(line);
            length += line.length() + 1;
        }
        return String.join("\n", lines);
    }

    private static void validate(SXSSFSheet sheet, int last) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation status = helper.createValidation(
                helper.createExplicitListConstraint(ChecklistReview.STATUSES.toArray(String[]::new)),
                new CellRangeAddressList(1, last, STATUS.index(), STATUS.index()));
        status.setShowErrorBox(true);
        status.createErrorBox("Status", "Choose one of: " + String.join(", ", ChecklistReview.STATUSES) + ".");
        sheet.addValidationData(status);

        DataValidationConstraint dates = helper.createDateConstraint(OperatorType.BETWEEN, EARLIEST_DATE, LATEST_DATE,
                Palette.DATE_FORMAT);
        DataValidation due = helper.createValidation(dates,
                new CellRangeAddressList(1, last, DUE_DATE.index(), DUE_DATE.index()));
        due.setShowErrorBox(true);
        due.createErrorBox("Due date", "Enter a date, for example 2026-03-31.");
        due.setEmptyCellAllowed(true);
        sheet.addValidationData(due);
    }

    private static void protect(SXSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockAutoFilter(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockFormatCells(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }
}
