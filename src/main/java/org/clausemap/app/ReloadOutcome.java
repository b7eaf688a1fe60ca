package org.clausemap.app;

import java.time.Instant;
import java.util.List;

import org.clausemap.engine.RuleProblem;

/**
 * What became of one attempt to (re)load the rules folder.
 *
 * @param at              when the attempt ended
 * @param trigger         {@code startup}, {@code api} (POST /api/rules/reload) or {@code watch} (a file changed)
 * @param loaded          true when a new rule base was swapped in; false when the previous one keeps serving
 * @param version         the version in force after the attempt (unchanged when it failed)
 * @param previousVersion the version in force before it
 * @param rules           the number of rules in force after it
 * @param problems        when it failed, the errors (file, line, column or cell); when it loaded, the warnings
 */
public record ReloadOutcome(Instant at, String trigger, boolean loaded, String version, String previousVersion,
                            int rules, List<RuleProblem> problems) {

    public ReloadOutcome {
        problems = List.copyOf(problems);
    }

    public long errors() {
        return problems.stream().filter(RuleProblem::isError).count();
    }
}
