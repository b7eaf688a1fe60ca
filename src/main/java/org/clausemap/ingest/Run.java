package org.clausemap.ingest;

import java.util.List;

/**
 * The visible text of one block as a reader sees it, whitespace collapsed, with where bold text stands in it (for
 * lead-in headings such as {@code **Use Restrictions.**}) and how much of it is link text (for navigation crumbs).
 *
 * @param text        collapsed visible text
 * @param bold        bold spans in {@code text}, in order, adjacent spans merged
 * @param letters     letters in the text
 * @param linkLetters letters inside links
 */
record Run(String text, List<Span> bold, int letters, int linkLetters) {

    /** A half-open range {@code [start, end)} of the text. */
    record Span(int start, int end) {
    }

    Run {
        bold = List.copyOf(bold);
    }

    static Run of(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return new Run(text, List.of(), letters, 0);
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    /** Only link text, and short: a "Previous Version" link or a table-of-contents entry, not a clause. */
    boolean isLoneLink() {
        return letters > 0 && linkLetters == letters && text.length() <= 120;
    }

    /** The bold span that covers {@code index}, or starts there, or null. */
    Span boldAt(int index) {
        for (Span span : bold) {
            if (span.start() <= index && index < span.end()) {
                return span;
            }
            if (span.start() > index) {
                return null;
            }
        }
        return null;
    }
}
