package org.clausemap.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The section tree as the reader walks it: the open headings (h1-h6, then bold pseudo-headings) and, inside the
 * innermost heading, the open numbered clauses. Hierarchical numbers nest by prefix ({@code 50.13} holds
 * {@code 50.13.1}); letters and romans nest as siblings of their own kind; list items and {@code <details>} open
 * scopes that close with their element.
 */
final class Outline {

    /** Level of a bold pseudo-heading or an accordion toggle: below every real heading. */
    static final int PSEUDO_LEVEL = 7;

    private record Heading(int level, String label) {
    }

    private record Clause(ClauseNumber number, String label) {
    }

    private final List<Heading> headings = new ArrayList<>();
    private final List<Clause> clauses = new ArrayList<>();
    private final List<Integer> scopes = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private int blocks;

    /** The headings open when a section started, and how many provisions had been placed. */
    private record Section(List<Heading> headings, int blocks) {
    }

    /** Opens a heading: closes headings at its level or deeper and every open clause. */
    void openHeading(int level, String label) {
        while (!headings.isEmpty() && headings.get(headings.size() - 1).level() >= level) {
            headings.remove(headings.size() - 1);
        }
        headings.add(new Heading(level, label));
        clauses.clear();
    }

    /** A section break ({@code <hr>}, the {@code - - -} between combined pages): closes everything. */
    void reset() {
        headings.clear();
        clauses.clear();
    }

    /** A {@code <section>} or {@code <article>} starts: headings opened inside it may close with it. */
    void enterSection() {
        sections.add(new Section(List.copyOf(headings), blocks));
    }

    /**
     * The section ends. When it held both headings and content, the headings open before it are restored, so text
     * after the section does not stand under its headings. A section holding only a heading (its content in a
     * sibling element) leaves that heading open.
     */
    void exitSection() {
        Section opened = sections.remove(sections.size() - 1);
        if (blocks > opened.blocks() && !headings.equals(opened.headings())) {
            headings.clear();
            headings.addAll(opened.headings());
            clauses.clear();
        }
    }

    /** Counts a provision placed in the outline. */
    void counted() {
        blocks++;
    }

    void enterScope() {
        scopes.add(clauses.size());
    }

    void exitScope() {
        int floor = scopes.remove(scopes.size() - 1);
        truncate(floor);
    }

    boolean inScope() {
        return !scopes.isEmpty();
    }

    /**
     * Closes the clauses that cannot hold {@code number} and returns it as it nests (an ambiguous {@code (i)} read
     * as the letter after {@code (h)} when that is its sibling).
     */
    ClauseNumber place(ClauseNumber number) {
        int floor = floor();
        if (number.isHierarchical()) {
            while (clauses.size() > floor && !isParent(clauses.get(clauses.size() - 1), number)) {
                clauses.remove(clauses.size() - 1);
            }
            return number;
        }
        if (number.kind() == ClauseNumber.Kind.LIST) {
            return number;
        }
        for (int i = clauses.size() - 1; i >= floor; i--) {
            ClauseNumber open = clauses.get(i).number();
            if (open == null) {
                continue;
            }
            if (open.isHierarchical()) {
                break;
            }
            if (open.kind() == number.kind()) {
                truncate(i);
                return number;
            }
            if (number.altKind() == open.kind() && follows(open, number)) {
                truncate(i);
                return new ClauseNumber(number.text(), number.key(), number.altKind(), null);
            }
        }
        return number;
    }

    /** Opens a numbered clause (with its label, or null when it has no heading) for the clauses after it. */
    void push(ClauseNumber number, String label) {
        clauses.add(new Clause(number, label));
    }

    /** Opens an unnumbered label (a {@code <summary>}, a {@code <dt>}) inside the current scope. */
    void pushLabel(String label) {
        clauses.add(new Clause(null, label));
    }

    /** The labels of the open headings and clauses, outermost first. */
    List<String> path() {
        List<String> path = new ArrayList<>(headings.size() + clauses.size());
        for (Heading heading : headings) {
            path.add(heading.label());
        }
        for (Clause clause : clauses) {
            if (clause.label() != null) {
                path.add(clause.label());
            }
        }
        return path;
    }

    private int floor() {
        return scopes.isEmpty() ? 0 : Math.min(scopes.get(scopes.size() - 1), clauses.size());
    }

    private void truncate(int size) {
        while (clauses.size() > size) {
            clauses.remove(clauses.size() - 1);
        }
    }

    private static boolean isParent(Clause open, ClauseNumber number) {
        return open.number() != null && open.number().isAncestorOf(number);
    }

    /** True when {@code next} is the letter right after {@code open}: {@code (i)} after {@code (h)}. */
    private static boolean follows(ClauseNumber open, ClauseNumber next) {
        String a = letters(open.text());
        String b = letters(next.text());
        return a.length() == 1 && b.length() == 1 && b.charAt(0) == a.charAt(0) + 1;
    }

    private static String letters(String token) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetter(token.charAt(i))) {
                out.append(Character.toLowerCase(token.charAt(i)));
            }
        }
        return out.toString();
    }
}
