package org.clausemap.export.workbook;

import java.util.Arrays;
import java.util.List;

/**
 * The Checklist sheet's columns, in order: what the writer lays out and the reader insists on. The last four are
 * the reviewer's; everything left of them is the analysis and is locked.
 */
enum ChecklistColumn {
    ACTION_ID("Action id", 24),
    ACTION("Action", 42),
    PRIORITY("Priority", 10),
    OWNER("Owner", 13),
    FRAMEWORKS("Frameworks", 18),
    CITATIONS("Citations", 34),
    EVIDENCE("Evidence", 70),
    MAX_SCORE("Max score", 10),
    RULES("Rules", 30),
    STATUS("Status", 15, true),
    REVIEWER("Reviewer", 18, true),
    DUE_DATE("Due date", 13, true),
    NOTES("Notes", 44, true);

    private final Column column;

    ChecklistColumn(String header, int width) {
        this(header, width, false);
    }

    ChecklistColumn(String header, int width, boolean review) {
        this.column = new Column(header, width, review);
    }

    String header() {
        return column.header();
    }

    int index() {
        return ordinal();
    }

    static List<Column> columns() {
        return Arrays.stream(values()).map(c -> c.column).toList();
    }
}
