package org.clausemap.engine.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One top-level alternative of an expression, with its own prefilter: a text matches the expression exactly when
 * it matches one of its alternatives, so each can be prefiltered and anchored on its own words. When it opens
 * with look-behinds, they are tested only where the rest of it matches ({@link LeadingLookBehinds}).
 *
 * @param pattern the whole alternative
 * @param rest the alternative without its leading look-behinds, or the whole of it when it has none
 * @param guard its leading look-behinds, or null
 * @param anchored whether the rest or the guard holds an anchor ('^', '$', {@code \A}, {@code \z}, {@code \Z},
 *                 {@code \G}); false when there is no guard
 */
record Branch(Pattern pattern, Prefilter prefilter, Pattern rest, Pattern guard, boolean anchored) {

    /** The branch of the part; {@code alternative}: the part is one top-level alternative (no top-level '|'). */
    static Branch of(String part, Prefilter prefilter, boolean alternative) {
        Pattern pattern = Pattern.compile(part, Pattern.CASE_INSENSITIVE);
        LeadingLookBehinds split = alternative ? LeadingLookBehinds.split(part) : null;
        if (split == null) {
            return new Branch(pattern, prefilter, pattern, null, false);
        }
        return new Branch(pattern, prefilter, Pattern.compile(split.rest(), Pattern.CASE_INSENSITIVE),
                Pattern.compile(split.guard(), Pattern.CASE_INSENSITIVE),
                LeadingLookBehinds.anchored(split.rest()) || LeadingLookBehinds.anchored(split.guard()));
    }

    /**
     * Whether the branch matches within the text from {@code start} to {@code end}, seeing nothing outside it (a
     * search with that opaque region, where '^' and '$' mean the text's own ends). A branch with leading
     * look-behinds and no anchor is searched rest first, in that part of the text on its own: the same answer.
     */
    boolean findIn(String s, int start, int end) {
        if (guard == null || anchored) {
            Matcher m = pattern.matcher(s).region(start, end);
            return m.useTransparentBounds(false).useAnchoringBounds(false).find();
        }
        return anyMatchAnywhere(s.substring(start, end), null, (from, to) -> true);
    }

    boolean find(MatchText matchText, int[] attempts) {
        return anyMatch(matchText, attempts, (start, end) -> true);
    }

    /**
     * Whether the test accepts one of the matches of the branch, by start position (the longest, greedy match at
     * each start where one begins, in ascending order of start): the branch is tried only where the prefilter
     * lets a match start, with the text around visible to boundaries and look-behinds.
     */
    boolean anyMatch(MatchText matchText, int[] attempts, MatchTest test) {
        return admits(matchText) && anyAdmittedMatch(matchText, attempts, test);
    }

    /** Whether the text has the words the branch requires (false means it cannot match). */
    boolean admits(MatchText matchText) {
        return prefilter == null || prefilter.admits(matchText);
    }

    /** As {@link #find}, for a text known to have the words the branch requires ({@link #admits}). */
    boolean findAdmitted(MatchText matchText, int[] attempts) {
        return anyAdmittedMatch(matchText, attempts, (start, end) -> true);
    }

    private boolean anyAdmittedMatch(MatchText matchText, int[] attempts, MatchTest test) {
        String text = matchText.text();
        int[] starts = prefilter == null ? null : prefilter.starts(matchText);
        if (starts == null) {
            return anyMatchAnywhere(text, attempts, test);
        }
        Matcher m = rest.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher g = guard == null ? null : guard.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int previous = -1;
        for (int start : starts) {
            if (start != previous) {
                m.region(start, text.length());
                count(attempts, 1);
                if (m.lookingAt() && passesGuard(g, start, text.length()) && test.accepts(start, m.end())) {
                    return true;
                }
                previous = start;
            }
        }
        return false;
    }

    /** As {@link #anyMatch}, searching the whole text: where the rest matches, then whether the guard passes. */
    private boolean anyMatchAnywhere(String text, int[] attempts, MatchTest test) {
        Matcher m = rest.matcher(text);
        Matcher g = guard == null ? null : guard.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int from = 0; from <= text.length() && counted(attempts) && m.find(from); from = m.start() + 1) {
            if (passesGuard(g, m.start(), text.length()) && test.accepts(m.start(), m.end())) {
                return true;
            }
        }
        return false;
    }

    /** Whether every leading look-behind passes at the position (the guard matches the empty string there). */
    private static boolean passesGuard(Matcher guard, int at, int length) {
        return guard == null || guard.region(at, length).lookingAt();
    }

    /** A test of one match, by its start and end. */
    @FunctionalInterface
    interface MatchTest {
        boolean accepts(int start, int end);
    }

    /** Counts one run; true, so that it can stand in a loop's condition. */
    private static boolean counted(int[] attempts) {
        count(attempts, 1);
        return true;
    }

    private static void count(int[] attempts, int n) {
        if (attempts != null) {
            attempts[0] += n;
        }
    }
}
