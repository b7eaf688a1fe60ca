package org.clausemap.engine;

import java.util.List;
import java.util.stream.Collectors;

/** The rules could not be built; {@link #problems()} says where and why. */
public final class RuleBuildException extends RuntimeException {

    private final transient List<RuleProblem> problems;

    public RuleBuildException(String summary, List<RuleProblem> problems) {
        super(summary + (problems.isEmpty() ? "" : ":\n  " + problems.stream().map(RuleProblem::toString)
                .collect(Collectors.joining("\n  "))));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
