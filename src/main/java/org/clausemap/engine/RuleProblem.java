package org.clausemap.engine;

/**
 * A problem found while building or validating rules, located so an author can go straight to it.
 *
 * @param severity ERROR (the rule set is not usable) or WARNING (usable, but something is off)
 * @param file     path of the rule file relative to the rules folder
 * @param line     1-based line (for decision tables: the spreadsheet row), or 0 when unknown
 * @param column   1-based column, or 0 when unknown
 * @param cell     spreadsheet cell (e.g. {@code B12}) for decision tables, otherwise null
 * @param message  what is wrong
 */
public record RuleProblem(Severity severity, String file, int line, int column, String cell, String message) {

    public enum Severity { ERROR, WARNING }

    public static RuleProblem error(String file, int line, int column, String message) {
        return new RuleProblem(Severity.ERROR, file, line, column, null, message);
    }

    public static RuleProblem warning(String file, String message) {
        return new RuleProblem(Severity.WARNING, file, 0, 0, null, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: message}, the form editors and CI logs link from. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file == null ? "<rules>" : file);
        if (cell != null) {
            s.append(" cell ").append(cell);
        } else if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        return s.append(": ").append(severity.name().toLowerCase()).append(": ").append(message).toString();
    }
}
