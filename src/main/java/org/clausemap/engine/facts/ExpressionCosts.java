package org.clausemap.engine.facts;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What each rule expression costs while it is being measured ({@link TextPatterns#measure()}): how often the rules
 * tested it, how often it matched, and the time spent in it, prefilter included. A rule author reads it to see which
 * wording an analysis pays for; it is a benchmark instrument and never on in the service.
 */
public final class ExpressionCosts {

    private final ConcurrentMap<String, Tally> tallies = new ConcurrentHashMap<>();

    void add(String expression, long nanos, boolean matched, int attempts) {
        Tally tally = timed(expression, nanos, attempts);
        tally.calls.increment();
        if (matched) {
            tally.matches.increment();
        }
    }

    /**
     * Adds the search for the expression's matches in the sentences its exception leaves (of a {@code hasWithout}
     * test, after the expression and the exception have both matched): its time and runs, not another test.
     */
    void addSearch(String expression, long nanos, int attempts) {
        timed(expression, nanos, attempts);
    }

    /** The expression's tally, with the time and runs added. */
    private Tally timed(String expression, long nanos, int attempts) {
        Tally tally = tallies.computeIfAbsent(expression, e -> new Tally());
        tally.nanos.add(nanos);
        tally.attempts.add(attempts);
        return tally;
    }

    /** Every expression tested so far, costliest first. */
    public List<Cost> ranked() {
        return tallies.entrySet().stream()
                .map(e -> new Cost(e.getKey(), e.getValue().calls.sum(), e.getValue().matches.sum(),
                        e.getValue().attempts.sum(), e.getValue().nanos.sum()))
                .sorted(Comparator.comparingLong(Cost::nanos).reversed().thenComparing(Cost::expression))
                .toList();
    }

    /**
     * One expression's tally.
     *
     * @param expression the regular expression as the rule states it (DSL keywords expanded)
     * @param calls      how often a rule tested a text against it
     * @param matches    how often it matched
     * @param attempts   how often the regular expression itself ran (a full search, or a match tried at one position
     *                   where it can start): the work the prefilter did not spare, a count that does not vary with the
     *                   machine's load as times do (the search of {@code hasWithout} for a match in a sentence its
     *                   exception leaves, which runs only where both match, included; the exception's own search
     *                   within each such sentence is timed but not counted)
     * @param nanos      time spent testing, in nanoseconds
     */
    public record Cost(String expression, long calls, long matches, long attempts, long nanos) { }

    private static final class Tally {
        final LongAdder calls = new LongAdder();
        final LongAdder matches = new LongAdder();
        final LongAdder nanos = new LongAdder();
        final LongAdder attempts = new LongAdder();
    }
}
