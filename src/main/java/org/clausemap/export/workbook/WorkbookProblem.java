package org.clausemap.export.workbook;

/**
 * Something wrong with a workbook handed back by a reviewer, located so they can go straight to it.
 *
 * @param sheet   the sheet, or null when the file as a whole is the problem
 * @param cell    the cell (A1 style), or null when the whole sheet is meant
 * @param message what is wrong and what was expected
 */
public record WorkbookProblem(String sheet, String cell, String message) {

    /** {@code Checklist!J4: message}, as a spreadsheet user would look it up. */
    @Override
    public String toString() {
        if (sheet == null) {
            return message;
        }
        return (cell == null ? sheet : sheet + "!" + cell) + ": " + message;
    }
}
