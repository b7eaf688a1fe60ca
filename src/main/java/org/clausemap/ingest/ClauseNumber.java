package org.clausemap.ingest;

/**
 * A clause number found at the start of a heading, paragraph or list item.
 *
 * @param text    as written, without a trailing dot: {@code 50.5}, {@code D.4}, {@code 3(2)}, {@code (a)},
 *                {@code iv}, {@code Section 4}
 * @param key     the part that orders clauses: {@code 4} for {@code Section 4}, else the text
 * @param kind    how it nests
 * @param altKind a second reading of an ambiguous token ({@code (i)} is roman or the letter after {@code (h)}), or
 *                null
 */
record ClauseNumber(String text, String key, Kind kind, Kind altKind) {

    /** How a number nests: hierarchical numbers by prefix, the others as siblings of their own kind. */
    enum Kind {
        HIERARCHICAL, PAREN_DIGIT, PAREN_ALPHA, PAREN_ROMAN, PAREN_UPPER_ALPHA, PAREN_UPPER_ROMAN,
        DOT_DIGIT, DOT_ALPHA, DOT_ROMAN, DOT_UPPER_ALPHA, LIST
    }

    boolean isHierarchical() {
        return kind == Kind.HIERARCHICAL;
    }

    /**
     * True when {@code child} sits under this number: {@code 50.13} holds {@code 50.13.1}, {@code 3} holds
     * {@code 3(2)}.
     */
    boolean isAncestorOf(ClauseNumber child) {
        String parent = key;
        String other = child.key();
        return isHierarchical() && child.isHierarchical() && other.length() > parent.length()
                && other.startsWith(parent) && ".(".indexOf(other.charAt(parent.length())) >= 0;
    }

    /** The label of a numbered clause with a heading, as it appears in a section path: {@code 50.13. Amazon Q}. */
    String label(String heading) {
        char last = text.charAt(text.length() - 1);
        return last == ')' || Character.isWhitespace(last) ? text + " " + heading : text + ". " + heading;
    }
}
