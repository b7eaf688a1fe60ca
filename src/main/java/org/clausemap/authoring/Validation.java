package org.clausemap.authoring;

import java.util.Comparator;
import java.util.List;

import org.clausemap.engine.RuleBase;
import org.clausemap.engine.RuleProblem;

/**
 * The result of validating a rules folder.
 *
 * @param ruleBase the built rule base, or null when it has errors
 * @param problems errors and warnings, each located
 */
public record Validation(RuleBase ruleBase, List<RuleProblem> problems) {

    public Validation {
        problems = problems.stream().sorted(ORDER).toList();
    }

    /** By file, then line, then spreadsheet row, so a report reads top to bottom like the files. */
    private static final Comparator<RuleProblem> ORDER = Comparator
            .comparing((RuleProblem p) -> p.file() == null ? "" : p.file())
            .thenComparingInt(RuleProblem::line)
            .thenComparingInt(p -> p.cell() == null ? 0 : Integer.parseInt(p.cell().replaceAll("\\D", "")));

    public boolean ok() {
        return ruleBase != null && problems.stream().noneMatch(RuleProblem::isError);
    }

    public long errors() {
        return problems.stream().filter(RuleProblem::isError).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }
}
