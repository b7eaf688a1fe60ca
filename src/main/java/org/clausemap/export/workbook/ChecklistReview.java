package org.clausemap.export.workbook;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A reviewer's entries for one checklist action.
 *
 * @param actionId the checklist action id
 * @param status   one of {@link #STATUSES}; null or blank means {@value #OPEN}
 * @param reviewer who reviews it, or null
 * @param dueDate  when it is due, or null
 * @param notes    free text, or null
 */
public record ChecklistReview(String actionId, String status, String reviewer, LocalDate dueDate, String notes) {

    public static final String OPEN = "Open";
    /** The statuses a reviewer may choose, in the order the dropdown lists them. */
    public static final List<String> STATUSES = List.of(OPEN, "In progress", "Done", "Not applicable");

    public ChecklistReview {
        if (actionId == null || actionId.isBlank()) {
            throw new IllegalArgumentException("a checklist review needs an action id");
        }
        String canonical = canonicalStatus(status);
        if (canonical == null) {
            throw new IllegalArgumentException("status of " + actionId + " must be one of " + STATUSES + "; was \""
                    + status + "\"");
        }
        status = canonical;
        reviewer = blankToNull(reviewer);
        notes = blankToNull(notes);
    }

    /** The status as listed in {@link #STATUSES}, matched ignoring case and surrounding space; null if none. */
    static String canonicalStatus(String status) {
        if (status == null || status.isBlank()) {
            return OPEN;
        }
        String s = status.strip().toLowerCase(Locale.ROOT);
        return STATUSES.stream().filter(x -> x.toLowerCase(Locale.ROOT).equals(s)).findFirst().orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
