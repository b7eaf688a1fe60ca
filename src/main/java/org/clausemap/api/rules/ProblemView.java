package org.clausemap.api.rules;

import org.clausemap.engine.RuleProblem;

/**
 * A located problem in rules, as the API shows it.
 *
 * @param severity {@code error} or {@code warning}
 * @param file     the rule file relative to the rules folder, or null for the rule set as a whole
 * @param line     1-based line, or 0 when unknown (decision tables: see {@code cell})
 * @param column   1-based column, or 0 when unknown
 * @param cell     the spreadsheet cell of a decision-table row (e.g. {@code A12}), or null
 * @param message  what is wrong
 */
record ProblemView(String severity, String file, int line, int column, String cell, String message) {

    static ProblemView of(RuleProblem p) {
        return new ProblemView(p.isError() ? "error" : "warning", p.file(), p.line(), p.column(), p.cell(),
                p.message());
    }
}
