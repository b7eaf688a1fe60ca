package org.clausemap.checklist;

/**
 * A provision that calls for a checklist action.
 *
 * @param provisionId the provision
 * @param number      its clause number, or null
 * @param quote       its text (shortened past {@value ChecklistBuilder#QUOTE_LIMIT} characters)
 * @param category    the category that triggered the action
 * @param framework   the framework engagement that triggered it
 * @param score       that engagement's score
 */
public record Evidence(String provisionId, String number, String quote, String category, String framework,
                       int score) {
}
