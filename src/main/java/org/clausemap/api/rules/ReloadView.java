package org.clausemap.api.rules;

import java.time.Instant;
import java.util.List;

import org.clausemap.app.ReloadOutcome;

/**
 * How a reload went.
 *
 * @param at              when it ended
 * @param trigger         startup, api or watch
 * @param outcome         {@code loaded}, or {@code failed} (the previous rule set keeps serving)
 * @param version         the version in force after it
 * @param previousVersion the version in force before it
 * @param rules           the number of rules in force after it
 * @param errors          the number of errors (0 when loaded)
 * @param problems        the errors when it failed, the warnings when it loaded
 */
record ReloadView(Instant at, String trigger, String outcome, String version, String previousVersion, int rules,
                  long errors, List<ProblemView> problems) {

    static ReloadView of(ReloadOutcome o) {
        return new ReloadView(o.at(), o.trigger(), o.loaded() ? "loaded" : "failed", o.version(),
                o.previousVersion(), o.rules(), o.errors(), o.problems().stream().map(ProblemView::of).toList());
    }
}
