package org.clausemap.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a reviewer recorded against one checklist action.
 *
 * @param actionId  the checklist action
 * @param status    the review status (as the workbook's status list has it), or null
 * @param reviewer  who reviews it, or null
 * @param dueDate   when it is due, or null
 * @param notes     free-text notes, or null
 * @param updatedAt when this review last changed; null on a review not yet stored
 */
public record Review(String actionId, String status, String reviewer, LocalDate dueDate, String notes,
                     Instant updatedAt) {

    /** True when nothing is recorded: no status, reviewer, due date or notes. */
    public boolean isBlank() {
        return blank(status) && blank(reviewer) && dueDate == null && blank(notes);
    }

    /** True when both record the same status, reviewer, due date and notes. */
    boolean sameContent(Review other) {
        return Objects.equals(status, other.status) && Objects.equals(reviewer, other.reviewer)
                && Objects.equals(dueDate, other.dueDate) && Objects.equals(notes, other.notes);
    }

    Review at(Instant time) {
        return new Review(actionId, status, reviewer, dueDate, notes, time);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
