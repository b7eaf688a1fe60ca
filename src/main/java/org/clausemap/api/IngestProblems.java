package org.clausemap.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clausemap.ingest.IngestException;

/**
 * A document that could not be read (422), with the selector at fault as extension members when the reader named
 * one: {@code selector} and {@code field} ({@code select} or {@code remove}).
 */
final class IngestProblems {

    private static final Pattern SELECTOR = Pattern.compile("[Ss]elector '(.*?)' in (select|remove)\\b");

    private IngestProblems() {
    }

    static ApiProblem unprocessable(IngestException e) {
        ApiProblem problem = new ApiProblem(ProblemType.UNPROCESSABLE_DOCUMENT, e.getMessage(), e);
        Matcher m = SELECTOR.matcher(e.getMessage() == null ? "" : e.getMessage());
        if (m.find()) {
            problem.with("selector", m.group(1)).with("field", m.group(2));
        }
        return problem;
    }
}
