package org.clausemap.export.workbook;

import java.util.List;
import java.util.stream.Collectors;

/** A workbook could not be read back as a review of the expected analysis; {@link #problems()} says where and why. */
public final class WorkbookFormatException extends RuntimeException {

    private static final int LISTED = 20;
    private final transient List<WorkbookProblem> problems;

    public WorkbookFormatException(List<WorkbookProblem> problems) {
        this(problems, null);
    }

    WorkbookFormatException(List<WorkbookProblem> problems, Throwable cause) {
        super(message(problems), cause);
        this.problems = List.copyOf(problems);
    }

    static WorkbookFormatException of(String sheet, String cell, String message) {
        return new WorkbookFormatException(List.of(new WorkbookProblem(sheet, cell, message)));
    }

    public List<WorkbookProblem> problems() {
        return problems;
    }

    private static String message(List<WorkbookProblem> problems) {
        String listed = problems.stream().limit(LISTED).map(WorkbookProblem::toString)
                .collect(Collectors.joining("\n  "));
        String more = problems.size() > LISTED ? "\n  ... and " + (problems.size() - LISTED) + " more" : "";
        return problems.size() == 1 ? listed : "the workbook has " + problems.size() + " problems:\n  " + listed + more;
    }
}
