package org.clausemap.api.rules;

import java.util.List;

import org.clausemap.authoring.Validation;

/**
 * The result of validating posted rules. Nothing is loaded into the running service.
 *
 * @param ok       true when the rules build without errors
 * @param errors   number of errors
 * @param warnings number of warnings
 * @param problems every error and warning, located, ordered by file and line
 * @param rules    how many rules the validated folder builds, or null when it does not build
 * @param version  the version hash the validated folder would have, or null when it does not build
 */
record ValidationView(boolean ok, long errors, long warnings, List<ProblemView> problems, Integer rules,
                      String version) {

    static ValidationView of(Validation v) {
        return new ValidationView(v.ok(), v.errors(), v.warnings(), v.problems().stream().map(ProblemView::of)
                .toList(), v.ruleBase() == null ? null : v.ruleBase().ruleCount(),
                v.ruleBase() == null ? null : v.ruleBase().version());
    }
}
