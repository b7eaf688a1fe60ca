package org.clausemap.regulation;

import java.util.List;
import java.util.stream.Collectors;

/** The framework definitions could not be loaded; {@link #problems()} lists everything found wrong, not just the first. */
public class RegulationException extends RuntimeException {

    private final transient List<RegulationProblem> problems;

    public RegulationException(List<RegulationProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in file order. */
    public List<RegulationProblem> problems() {
        return problems;
    }

    private static String describe(List<RegulationProblem> problems) {
        String header = problems.size() == 1 ? "1 problem in the framework definitions:"
                : problems.size() + " problems in the framework definitions:";
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n", header + "\n", ""));
    }
}
