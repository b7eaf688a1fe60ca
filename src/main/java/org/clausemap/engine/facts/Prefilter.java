package org.clausemap.engine.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cheap necessary condition for a regular expression, derived conservatively from its syntax: for each top-level
 * alternative, the literal words every match of it must contain (a literal run, or one word of a mandatory group of
 * literal alternatives, for each such element of the branch). A text can match only if, for some branch, it contains
 * a word of every required element. Where the syntax leaves any doubt, there is no prefilter and the expression
 * always runs. Searching a lower-cased text for a few literals is far cheaper than running the expression at every
 * position, and most clauses contain the words of few rules.
 */
final class Prefilter {

    private static final int MIN_LENGTH = 3;
    /** In the leading literals: the branch is anchored at the start of the text ('^'; no multi-line flag is used). */
    private static final String START_OF_TEXT = "";
    /** Most leading literals a branch's opening pieces may multiply into before the search stops extending them. */
    private static final int MAX_LEADING = 64;
    /** An inline multi-line flag, under which '^' also matches after every line break. */
    private static final Pattern MULTILINE = Pattern.compile("\\(\\?[a-zA-Z]*m");
    /**
     * The order a branch's required elements are tested in: a text usually lacks the branch, and the test stops at the
     * first element it lacks. An element of one long word is absent more often and cheaper to rule out than a group
     * of many short alternatives ("may", "can", "will", ...), so elements with fewer alternatives come first, and of
     * those the one with the longer shortest word.
     */
    private static final Comparator<Set<String>> SELECTIVE_FIRST = Comparator.comparingInt((Set<String> e) -> e.size())
            .thenComparing(e -> -shortest(e));
    /** Per top-level branch, its required elements, each a set of alternative words. */
    private final WordSet[][] branches;
    /**
     * Literals one of which every match starts with (after zero-width tokens), or null when not known; the empty
     * string stands for the start of the text, where a branch anchored with '^' can only match.
     */
    private final String[] leading;
    /** The leading literals as words, for the signature that rules most of them out without a search of the text. */
    private final MatchText.Word[] leadingWords;

    private Prefilter(List<List<Set<String>>> branches, Set<String> leading, Vocabulary vocabulary) {
        this.branches = branches.stream().map(b -> b.stream().sorted(SELECTIVE_FIRST)
                .map(set -> vocabulary.set(set.stream().map(vocabulary::word).toList())).toArray(WordSet[]::new))
                .toArray(WordSet[][]::new);
        this.leading = leading == null ? null : leading.toArray(String[]::new);
        this.leadingWords = leading == null ? null : leading.stream().map(MatchText.Word::of)
                .toArray(MatchText.Word[]::new);
    }

    /**
     * The positions in the text where a match could start, in ascending order, or null when any position could: a
     * match starts where one of its leading literals occurs. A branch passes its required words on many clauses that
     * hold none of its leading literals (a wording's subjects, joined with the verb after them, are most of its
     * literals), so each literal is first tested against the text's signature of character pairs, which proves most
     * absences without searching the text.
     */
    int[] starts(MatchText text) {
        if (leading == null) {
            return null;
        }
        String lowerText = text.lower();
        int[] found = new int[8];
        int n = 0;
        for (int k = 0; k < leading.length; k++) {
            String literal = leading[k];
            if (!text.mayContain(leadingWords[k])) {
                continue;
            }
            for (int i = lowerText.indexOf(literal); i >= 0; i = following(lowerText, literal, i)) {
                if (n == found.length) {
                    found = java.util.Arrays.copyOf(found, n * 2);
                }
                found[n++] = i;
            }
        }
        int[] starts = java.util.Arrays.copyOf(found, n);
        java.util.Arrays.sort(starts);
        return starts;
    }

    /** The next occurrence of the literal after the one at {@code i}; the start of the text occurs once. */
    private static int following(String lowerText, String literal, int i) {
        return literal.isEmpty() ? -1 : lowerText.indexOf(literal, i + 1);
    }

    /** Per top-level branch, its required elements, the most selective first. */
    WordSet[][] conjunctions() {
        return branches;
    }

    /**
     * The words of each branch's first (most selective) required element: a text the expression matches contains one
     * of them.
     */
    List<MatchText.Word> gateWords() {
        List<MatchText.Word> words = new ArrayList<>();
        for (WordSet[] branch : branches) {
            words.addAll(List.of(branch[0].words()));
        }
        return words;
    }

    /** Whether the text could match: false means the expression cannot match it. */
    boolean admits(MatchText text) {
        for (WordSet[] branch : branches) {
            if (containsAll(text, branch)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAll(MatchText text, WordSet[] elements) {
        for (WordSet alternatives : elements) {
            if (!alternatives.foundIn(text)) {
                return false;
            }
        }
        return true;
    }

    /** The literals of the most selective required element of each branch (for tests and diagnostics). */
    List<String> literals() {
        Set<String> out = new LinkedHashSet<>();
        for (WordSet[] branch : branches) {
            WordSet best = branch[0];
            for (WordSet element : branch) {
                if (element.shortest() > best.shortest()) {
                    best = element;
                }
            }
            for (MatchText.Word word : best.words()) {
                out.add(word.text());
            }
        }
        return List.copyOf(out);
    }

    /** The length of the shortest of the words (0 for none). */
    private static int shortest(Set<String> words) {
        return words.stream().mapToInt(String::length).min().orElse(0);
    }

    /** The prefilter of a case-insensitive expression, or null when no safe one can be derived. */
    static Prefilter of(String regex) {
        return of(regex, Vocabulary.NONE);
    }

    /**
     * As {@link #of(String)}, with the words and word sets made by the vocabulary: a rule base's {@link TextPatterns}
     * gives each distinct word and set one id in its {@link WordIndex}.
     */
    static Prefilter of(String regex, Vocabulary vocabulary) {
        // a case-sensitive part ("(?-i:[A-Z]...)") needs no exception: its words, lower-cased, are still in the
        // lower-cased text of every text it matches
        if (regex.contains("\\Q") || regex.contains("(?x") || MULTILINE.matcher(regex).find()) {
            return null;
        }
        List<List<Set<String>>> branches = new ArrayList<>();
        for (String branch : splitTopLevel(regex)) {
            List<Set<String>> required = required(branch);
            if (required == null) {
                return null;
            }
            branches.add(required);
        }
        return new Prefilter(branches, leading(regex), vocabulary);
    }

    /** The literals one of which every match of the expression starts with, or null when not known. */
    static Set<String> leading(String regex) {
        Set<String> union = new LinkedHashSet<>();
        for (String branch : splitTopLevel(regex)) {
            Set<String> first = leadingOfBranch(branch);
            if (first == null) {
                return null;
            }
            union.addAll(first);
        }
        return union.isEmpty() ? null : union;
    }

    /** After zero-width tokens (word boundaries, lookarounds), the literal run or mandatory group a branch opens with. */
    private static Set<String> leadingOfBranch(String branch) {
        int i = skipZeroWidth(branch, 0);
        if (i < 0 || i >= branch.length()) {
            return null;
        }
        if (branch.charAt(i) == '^') {
            return Set.of(START_OF_TEXT);
        }
        if (branch.charAt(i) == '(') {
            int close = closing(branch, i);
            if (close < 0) {
                return null;
            }
            if (optionalQuantifier(branch, close + 1)) {
                // an optional opening group: a match starts with it or with what follows it
                String inner = branch.substring(i + 1, close);
                Set<String> first = leading(inner.startsWith("?:") ? inner.substring(2) : inner);
                Set<String> next = first == null ? null
                        : leadingOfBranch(branch.substring(skipQuantifier(branch, close + 1)));
                if (next == null) {
                    return null;
                }
                Set<String> union = new LinkedHashSet<>(first);
                union.addAll(next);
                return union;
            }
        }
        Piece piece = piece(branch, i);
        if (piece == null) {
            return null;
        }
        // while a piece's literals are its whole matches, the next piece's literals follow them directly:
        // "(is|are) entitled" opens with "is entitled" or "are entitled", rarer than "is" or "are"
        Set<String> literals = piece.literals();
        while (piece.exact()) {
            int j = skipZeroWidth(branch, piece.end());
            Piece next = j < 0 || j >= branch.length() ? null : piece(branch, j);
            if (next == null || literals.size() * next.literals().size() > MAX_LEADING) {
                break;
            }
            Set<String> joined = new LinkedHashSet<>();
            for (String head : literals) {
                for (String tail : next.literals()) {
                    joined.add(head + tail);
                }
            }
            literals = joined;
            piece = next;
        }
        return literals;
    }

    /** The index after the zero-width tokens (word boundaries, lookarounds) at {@code i}, or -1 for an unknown '(?'. */
    private static int skipZeroWidth(String branch, int i) {
        while (i < branch.length()) {
            char c = branch.charAt(i);
            if (c == '\\' && i + 1 < branch.length() && (branch.charAt(i + 1) == 'b' || branch.charAt(i + 1) == 'B')) {
                i += 2;
            } else if (c == '(' && branch.startsWith("(?", i) && !branch.startsWith("(?:", i)) {
                int close = closing(branch, i);
                if (close < 0 || !(branch.startsWith("(?=", i) || branch.startsWith("(?!", i)
                        || branch.startsWith("(?<=", i) || branch.startsWith("(?<!", i))) {
                    return -1;
                }
                i = close + 1;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * A literal run or a mandatory group at {@code i}: the literals one of which a match of it starts with, whether
     * they are its whole matches (so that what follows continues them), and the index after it; null when unknown.
     */
    private record Piece(Set<String> literals, boolean exact, int end) {
    }

    private static Piece piece(String branch, int i) {
        char c = branch.charAt(i);
        if (c == '(') {
            int close = closing(branch, i);
            if (close < 0 || optionalQuantifier(branch, close + 1)
                    || (branch.startsWith("(?", i) && !branch.startsWith("(?:", i))) {
                return null;
            }
            String inner = branch.substring(i + 1, close);
            inner = inner.startsWith("?:") ? inner.substring(2) : inner;
            int end = close + 1;
            boolean repeated = end < branch.length() && (branch.charAt(end) == '+' || branch.charAt(end) == '{');
            Set<String> whole = repeated ? null : plainAlternatives(inner);
            if (whole != null) {
                return new Piece(whole, true, end);
            }
            Set<String> first = leading(inner);
            return first == null ? null : new Piece(first, false, end);
        }
        StringBuilder run = new StringBuilder();
        boolean exact = true;
        while (i < branch.length()) {
            c = branch.charAt(i);
            char literal;
            int next;
            if (c == '\\') {
                if (i + 1 >= branch.length() || Character.isLetterOrDigit(branch.charAt(i + 1))) {
                    // a word boundary ends the run and what follows continues it; \w, \s, \d do not
                    exact = i + 1 < branch.length() && (branch.charAt(i + 1) == 'b' || branch.charAt(i + 1) == 'B');
                    break;
                }
                literal = branch.charAt(i + 1);
                next = i + 2;
            } else if ("()[]{}.*+?|^$".indexOf(c) >= 0) {
                exact = c == '(';
                break;
            } else {
                literal = c;
                next = i + 1;
            }
            if (optionalQuantifier(branch, next)) {
                exact = false;
                break;
            }
            run.append(Character.toLowerCase(literal));
            i = next;
        }
        return run.length() == 0 ? null : new Piece(Set.of(run.toString()), exact, i);
    }

    /** The alternatives of a group when each is a plain literal (lower-cased), else null. */
    private static Set<String> plainAlternatives(String inner) {
        Set<String> out = new LinkedHashSet<>();
        for (String alternative : splitTopLevel(inner)) {
            StringBuilder literal = new StringBuilder();
            for (int k = 0; k < alternative.length(); k++) {
                char c = alternative.charAt(k);
                if (c == '\\') {
                    if (k + 1 >= alternative.length() || Character.isLetterOrDigit(alternative.charAt(k + 1))) {
                        return null;
                    }
                    literal.append(alternative.charAt(++k));
                } else if ("()[]{}.*+?|^$".indexOf(c) >= 0) {
                    return null;
                } else {
                    literal.append(Character.toLowerCase(c));
                }
            }
            if (literal.length() == 0) {
                return null;
            }
            out.add(literal.toString());
        }
        return out;
    }

    /** Literals one of which every match of a group's content contains, or null when unknown. */
    private static Set<String> alternatives(String regex) {
        Set<String> union = new LinkedHashSet<>();
        for (String branch : splitTopLevel(regex)) {
            List<Set<String>> required = required(branch);
            if (required == null) {
                return null;
            }
            union.addAll(best(required));
        }
        return union.isEmpty() ? null : union;
    }

    private static Set<String> best(List<Set<String>> required) {
        Set<String> best = required.get(0);
        for (Set<String> element : required) {
            if (shortest(element) > shortest(best)) {
                best = element;
            }
        }
        return best;
    }

    /**
     * The required elements of one branch (no top-level '|'): literal runs and mandatory groups of literals, each
     * kept when its shortest literal has at least {@value #MIN_LENGTH} characters; null when there is none.
     */
    private static List<Set<String>> required(String branch) {
        List<Set<String>> candidates = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < branch.length()) {
            char c = branch.charAt(i);
            if (c == '\\') {
                if (i + 1 >= branch.length()) {
                    return null;
                }
                char e = branch.charAt(i + 1);
                if (Character.isLetterOrDigit(e)) {
                    flush(run, candidates);
                    i = escapeEnd(branch, i);
                    continue;
                }
                i = literal(branch, i + 2, e, run, candidates);
            } else if (c == '(') {
                int close = closing(branch, i);
                if (close < 0) {
                    return null;
                }
                String inner = branch.substring(i + 1, close);
                boolean lookaround = inner.startsWith("?") && !inner.startsWith("?:");
                if (inner.startsWith("?:")) {
                    inner = inner.substring(2);
                }
                int after = close + 1;
                boolean optional = optionalQuantifier(branch, after);
                Set<String> joined = lookaround || optional ? null : joined(run, plainAlternatives(inner));
                if (joined != null) {
                    // "use (it|them)": every match holds "use it" or "use them", rarer than "use "
                    candidates.add(joined);
                    run.setLength(0);
                } else {
                    flush(run, candidates);
                    if (!lookaround && !optional) {
                        Set<String> group = alternatives(inner);
                        if (group != null) {
                            candidates.add(group);
                        }
                    }
                }
                i = skipQuantifier(branch, after);
            } else if (c == '[') {
                int close = branch.indexOf(']', i + 2);
                if (close < 0) {
                    return null;
                }
                flush(run, candidates);
                i = skipQuantifier(branch, close + 1);
            } else if (".^$".indexOf(c) >= 0) {
                flush(run, candidates);
                i = skipQuantifier(branch, i + 1);
            } else if ("*+?{".indexOf(c) >= 0) {
                flush(run, candidates);
                i = skipQuantifier(branch, i);
            } else {
                i = literal(branch, i + 1, c, run, candidates);
            }
        }
        flush(run, candidates);
        List<Set<String>> kept = candidates.stream()
                .filter(c -> shortest(c) >= MIN_LENGTH).toList();
        return kept.isEmpty() ? null : kept;
    }

    /**
     * The index after the escape with a letter or digit at {@code i} (the backslash): its arguments are part of it, not
     * literals that follow ({@code \x22} is a quotation mark, not "22"; {@code \p{L}}, {@code \u00e9}, {@code \0101},
     * {@code \cM}, {@code \k<name>}). An expression with {@code \Q} gets no prefilter ({@link #of}), so none
     * reaches here.
     */
    static int escapeEnd(String s, int i) {
        char e = s.charAt(i + 1);
        int next = i + 2;
        switch (e) {
            case 'x', 'p', 'P', 'N' -> {
                if (next < s.length() && s.charAt(next) == '{') {
                    int close = s.indexOf('}', next);
                    return close < 0 ? s.length() : close + 1;
                }
                return Math.min(s.length(), e == 'x' ? next + 2 : next + 1);
            }
            case 'u' -> {
                return Math.min(s.length(), next + 4);
            }
            case '0' -> {
                int end = next;
                while (end < s.length() && end < next + 3 && s.charAt(end) >= '0' && s.charAt(end) <= '7') {
                    end++;
                }
                return end;
            }
            case 'c' -> {
                return Math.min(s.length(), next + 1);
            }
            case 'k' -> {
                int close = s.indexOf('>', next);
                return close < 0 ? s.length() : close + 1;
            }
            default -> {
                return next;
            }
        }
    }

    /**
     * The literal run followed directly by each of a mandatory group's plain alternatives, or null when there is no
     * run, the group's alternatives are not all plain literals, or they would multiply beyond {@value #MAX_LEADING}.
     */
    private static Set<String> joined(StringBuilder run, Set<String> alternatives) {
        if (run.length() == 0 || alternatives == null || alternatives.size() > MAX_LEADING) {
            return null;
        }
        Set<String> joined = new LinkedHashSet<>();
        String head = run.toString().toLowerCase(Locale.ROOT);
        for (String tail : alternatives) {
            joined.add(head + tail);
        }
        return joined;
    }

    /** Adds a literal character to the run, honouring a quantifier that follows it; returns the next index. */
    private static int literal(String s, int next, char c, StringBuilder run, List<Set<String>> candidates) {
        if (optionalQuantifier(s, next)) {
            flush(run, candidates);
            return skipQuantifier(s, next);
        }
        run.append(Character.toLowerCase(c));
        if (next < s.length() && (s.charAt(next) == '+' || s.charAt(next) == '{')) {
            flush(run, candidates);
            return skipQuantifier(s, next);
        }
        return next;
    }

    private static void flush(StringBuilder run, List<Set<String>> candidates) {
        if (run.length() > 0) {
            candidates.add(Set.of(run.toString().toLowerCase(Locale.ROOT)));
            run.setLength(0);
        }
    }

    /** Whether a quantifier at the index allows zero occurrences ({@code ?}, {@code *}, {@code {0,...}}). */
    private static boolean optionalQuantifier(String s, int i) {
        if (i >= s.length()) {
            return false;
        }
        char q = s.charAt(i);
        return q == '?' || q == '*' || (q == '{' && i + 1 < s.length() && s.charAt(i + 1) == '0');
    }

    private static int skipQuantifier(String s, int i) {
        if (i < s.length()) {
            char q = s.charAt(i);
            if (q == '?' || q == '*' || q == '+') {
                i++;
            } else if (q == '{') {
                int close = s.indexOf('}', i);
                i = close < 0 ? s.length() : close + 1;
            }
        }
        if (i < s.length() && (s.charAt(i) == '?' || s.charAt(i) == '+')) {
            i++;
        }
        return i;
    }

    /** The index of the parenthesis that closes the group opening at {@code open}, or -1. */
    static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                int close = s.indexOf(']', i + 2);
                if (close < 0) {
                    return -1;
                }
                i = close;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    static List<String> splitTopLevel(String regex) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                int close = regex.indexOf(']', i + 2);
                i = close < 0 ? regex.length() : close;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(regex.substring(start));
        return parts;
    }
}
