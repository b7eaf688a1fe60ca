package org.clausemap.app;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.clausemap.analysis.Core;
import org.clausemap.authoring.RuleValidator;
import org.clausemap.authoring.Validation;
import org.clausemap.engine.RuleBase;
import org.clausemap.engine.RuleBaseBuilder;
import org.clausemap.engine.RuleBuildException;
import org.clausemap.engine.RuleFolderWatcher;
import org.clausemap.engine.RuleInfo;
import org.clausemap.engine.RuleProblem;
import org.clausemap.engine.RuleSet;
import org.clausemap.regulation.RegulationCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads the rule set in force, from the API or the folder watcher, and remembers how the last attempt went.
 *
 * <p>A candidate is first built off to the side; it is swapped in only when it has no errors and every framework its
 * rules map to is one the running service has loaded (regulations are read at start-up, and an engagement of an
 * unknown framework cannot be scored). Otherwise the rule base in force keeps serving, and the outcome lists the
 * errors with their locations. Analyses already running finish on the rule base they started with. Reloads run one
 * at a time.
 */
public final class RuleReloads {

    private static final Logger LOG = LoggerFactory.getLogger(RuleReloads.class);

    private final RuleSet rules;
    private final RegulationCatalog regulations;
    private final RuleValidator validator;
    private final Clock clock;
    private final AtomicReference<ReloadOutcome> last = new AtomicReference<>();

    public RuleReloads(Core core, Clock clock) {
        this.rules = core.rules();
        this.regulations = core.regulations();
        this.validator = new RuleValidator(regulations, new RuleBaseBuilder(clock));
        this.clock = clock;
        RuleBase current = rules.current();
        last.set(new ReloadOutcome(current.loadedAt(), "startup", true, current.version(), null,
                current.ruleCount(), current.warnings()));
    }

    /** The last attempt: the start-up load until a reload happens. */
    public ReloadOutcome last() {
        return last.get();
    }

    /** Validates the rules folder and, when it is sound, swaps it in. */
    public synchronized ReloadOutcome reload(String trigger) {
        RuleBase before = rules.current();
        Validation candidate;
        try {
            candidate = validator.validate(rules.folder());
        } catch (UncheckedIOException | IllegalArgumentException e) {
            return record(failed(trigger, before, List.of(RuleProblem.error(null, 0, 0, e.getMessage()))));
        }
        List<RuleProblem> errors = new ArrayList<>(candidate.problems().stream().filter(RuleProblem::isError).toList());
        if (candidate.ruleBase() != null) {
            errors.addAll(unloadedFrameworks(candidate.ruleBase()));
        }
        if (!errors.isEmpty()) {
            return record(failed(trigger, before, errors));
        }
        return promote(trigger, before, candidate.ruleBase(), candidate.problems());
    }

    /**
     * Takes what the folder watcher built off to the side: a failed build is recorded, a sound one is swapped in.
     * Never throws, so the watcher keeps watching.
     */
    public synchronized void staged(RuleFolderWatcher.Outcome outcome) {
        RuleBase before = rules.current();
        try {
            if (outcome.failure() != null) {
                record(failed("watch", before, errorsOf(outcome.failure())));
                return;
            }
            List<RuleProblem> unloaded = unloadedFrameworks(outcome.loaded());
            if (!unloaded.isEmpty()) {
                record(failed("watch", before, unloaded));
                return;
            }
            promote("watch", before, outcome.loaded(), outcome.loaded().warnings());
        } catch (RuntimeException e) {
            LOG.error("reloading the rules after a change failed; the rule set {} keeps serving", before.version(), e);
            record(failed("watch", before, List.of(RuleProblem.error(null, 0, 0, String.valueOf(e.getMessage())))));
        }
    }

    private ReloadOutcome promote(String trigger, RuleBase before, RuleBase candidate, List<RuleProblem> warnings) {
        RuleBase loaded = rules.swap(candidate);
        LOG.info("rules reloaded ({}): version {} -> {}, {} rules", trigger, before.version(), loaded.version(),
                loaded.ruleCount());
        return record(new ReloadOutcome(clock.instant(), trigger, true, loaded.version(), before.version(),
                loaded.ruleCount(), warnings));
    }

    /** Rules mapping to a framework the running service has not loaded: their engagements could not be scored. */
    private List<RuleProblem> unloadedFrameworks(RuleBase candidate) {
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleInfo rule : candidate.rules()) {
            String framework = rule.metadata().get("framework");
            if (framework != null && regulations.find(framework).isEmpty()) {
                problems.add(RuleProblem.error(rule.file(), 0, 0, "rule \"" + rule.name() + "\" maps to framework \""
                        + framework + "\", which the running service has not loaded: regulations/ is read at"
                        + " start-up, so add regulations/" + framework + ".yaml and restart the service"));
            }
        }
        return problems;
    }

    private ReloadOutcome failed(String trigger, RuleBase before, List<RuleProblem> errors) {
        LOG.warn("rules in {} not reloaded ({}); version {} keeps serving:\n  {}", rules.folder(), trigger,
                before.version(), errors.stream().map(RuleProblem::toString).reduce((a, b) -> a + "\n  " + b)
                        .orElse(""));
        return new ReloadOutcome(clock.instant(), trigger, false, before.version(), before.version(),
                before.ruleCount(), errors);
    }

    private static List<RuleProblem> errorsOf(RuleBuildException e) {
        List<RuleProblem> errors = e.problems().stream().filter(RuleProblem::isError).toList();
        return errors.isEmpty() ? List.of(RuleProblem.error(null, 0, 0, e.getMessage())) : errors;
    }

    private ReloadOutcome record(ReloadOutcome outcome) {
        last.set(outcome);
        return outcome;
    }
}
