package org.clausemap.authoring;

import java.util.List;

/**
 * The outcome of one case.
 *
 * @param file     the case file
 * @param index    1-based position in the file
 * @param label    the case's name
 * @param failures what was missing or unexpected (empty when it passed)
 * @param fired    the rule ids that fired on the case's provision
 */
public record CaseResult(String file, int index, String label, List<String> failures, List<String> fired) {

    public boolean passed() {
        return failures.isEmpty();
    }
}
