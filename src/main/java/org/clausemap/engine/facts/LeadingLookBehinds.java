package org.clausemap.engine.facts;

/**
 * The look-behinds a branch of an expression opens with, set apart from the rest of it. A look-behind at the start
 * is tested at every position the branch is tried at, before anything else, and one of variable length (a list of
 * parties: "users", "the bank", "any third-party service") is tried at every length it could have there: on most
 * positions it passes, and the rest of the branch then fails. Tested the other way round, rest first, it runs only
 * where the rest matches. Both are zero-width at the same position, so the order changes no match: the branch matches
 * at a position exactly when the rest does there and every look-behind passes there.
 *
 * @param guard the leading look-behinds, in their order (a pattern that matches the empty string where all pass)
 * @param rest the branch without them (word boundaries and look-aheads among them stay, in their order)
 */
record LeadingLookBehinds(String guard, String rest) {

    /**
     * The look-behinds among the zero-width tokens (look-arounds, word boundaries) a branch opens with, or null when
     * it opens with none or one is quantified.
     */
    static LeadingLookBehinds split(String branch) {
        StringBuilder guard = new StringBuilder();
        StringBuilder kept = new StringBuilder();
        int i = 0;
        while (i < branch.length()) {
            if (branch.startsWith("\\b", i) || branch.startsWith("\\B", i)) {
                kept.append(branch, i, i + 2);
                i += 2;
                continue;
            }
            boolean behind = branch.startsWith("(?<=", i) || branch.startsWith("(?<!", i);
            if (!behind && !branch.startsWith("(?=", i) && !branch.startsWith("(?!", i)) {
                break;
            }
            int close = Prefilter.closing(branch, i);
            if (close < 0 || quantified(branch, close + 1)) {
                return null;
            }
            (behind ? guard : kept).append(branch, i, close + 1);
            i = close + 1;
        }
        if (guard.isEmpty()) {
            return null;
        }
        return new LeadingLookBehinds(guard.toString(), kept + branch.substring(i));
    }

    private static boolean quantified(String s, int i) {
        return i < s.length() && "?*+{".indexOf(s.charAt(i)) >= 0;
    }

    /**
     * Whether the expression holds an anchor: '^' or '$' outside a character class, or {@code \A}, {@code \z},
     * {@code \Z}, {@code \G}. Searched in a part of a text on its own, an anchor would match at that part's ends;
     * elsewhere nothing does.
     */
    static boolean anchored(String regex) {
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 < regex.length() && "AzZG".indexOf(regex.charAt(i + 1)) >= 0) {
                    return true;
                }
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
            } else if (c == '^' || c == '$') {
                return true;
            }
        }
        return false;
    }

    /** The index of the ']' closing the character class opening at {@code open} (the end of the text if none). */
    static int classEnd(String regex, int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++;
        }
        for (; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
            } else if (c == ']') {
                return i;
            }
        }
        return regex.length();
    }
}
