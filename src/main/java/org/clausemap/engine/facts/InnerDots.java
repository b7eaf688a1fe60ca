package org.clausemap.engine.facts;

import java.util.Locale;
import java.util.Set;

/**
 * Folds the full stops that do not end a sentence to {@value #MARK} (U+2024, ONE DOT LEADER), so that the gaps of a
 * rule's wording ({@code [^.;]}) and the sentence bounds of its exceptions run across them: "the indemnity in Section
 * 10.1 covers", "a fee of $1.5 per", "claims (e.g. for lost data) are excluded", "the laws of the U.S. and the State
 * of New York", "Acme, Inc. may terminate". Folded are:
 * <ul>
 *   <li>a dot between two digits (clause numbers, amounts, versions);</li>
 *   <li>a dot inside a web address, e-mail address or file name: a letter or digit before it and two or more
 *       lower-case letters or digits directly after it ("visits to Example.com or to products", "robots.txt");</li>
 *   <li>the dots of a letter-by-letter abbreviation ("e.g.", "i.e.", "U.S.", "L.L.C."): the inner ones always, the
 *       last one where the text goes on in the same sentence (see {@link #continues});</li>
 *   <li>the dot of a short legal or company abbreviation ("Inc.", "Ltd.", "No.", "Art.", "Sec.", "approx.", "cf.", "etc.")
 *       where the text goes on in the same sentence.</li>
 * </ul>
 * A dot before a capitalised word is kept, so "... in the U.S. You agree" still ends a sentence. Rules that name a
 * number or an abbreviation write its dot as {@code [.\u2024]}.
 */
final class InnerDots {

    /** What a folded dot becomes. */
    static final char MARK = '\u2024';

    private static final Set<String> ABBREVIATIONS = Set.of(
            "inc", "ltd", "corp", "co", "no", "nos", "art", "arts", "sec", "para", "paras", "approx", "cf", "vs",
            "al", "pty", "plc", "bros", "dept", "ref", "etc");

    private InnerDots() {
    }

    /** The text with its inner dots folded; the same string when it has none. */
    static String fold(String text) {
        if (text.indexOf('.') < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '.' && inner(chars, i)) {
                chars[i] = MARK;
                changed = true;
            }
        }
        return changed ? new String(chars) : text;
    }

    private static boolean inner(char[] s, int i) {
        char before = i > 0 ? s[i - 1] : ' ';
        char after = i + 1 < s.length ? s[i + 1] : ' ';
        if (Character.isDigit(before) && Character.isDigit(after)) {
            return true;
        }
        if (Character.isLetterOrDigit(before) && hostPart(s, i + 1)) {
            return true;
        }
        if (!Character.isLetter(before)) {
            return false;
        }
        int start = i - 1;
        while (start > 0 && (Character.isLetter(s[start - 1]) || s[start - 1] == '.' || s[start - 1] == MARK)) {
            start--;
        }
        String token = new String(s, start, i - start);
        if (lettered(token)) {
            if (Character.isLetter(after) && i + 2 < s.length && s[i + 2] == '.') {
                return true;
            }
            if (token.length() < 3) {
                return false;
            }
            String word = token.replace(".", "").replace(String.valueOf(MARK), "").toLowerCase(Locale.ROOT);
            return word.equals("eg") || word.equals("ie") || continues(s, i + 1);
        }
        return ABBREVIATIONS.contains(token.toLowerCase(Locale.ROOT)) && continues(s, i + 1);
    }

    /**
     * Whether a web address or file name goes on after the dot: two or more lower-case letters or digits directly after
     * it ("Cartwheel.com", "www.example.co.uk", "privacy@acme.io", "robots.txt"), so that the host's dots end no sentence.
     */
    private static boolean hostPart(char[] s, int from) {
        int end = from;
        while (end < s.length && (Character.isLowerCase(s[end]) || Character.isDigit(s[end]))) {
            end++;
        }
        return end - from >= 2 && Character.isLowerCase(s[from]);
    }

    /**
     * Single letters joined by dots ("e", "e.g", "U.S"). A lone letter's dot is inner only where another dotted letter
     * follows ("e" of "e.g."), so list markers ("a. ", "i. ") keep theirs.
     */
    private static boolean lettered(String token) {
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            boolean letterSlot = k % 2 == 0;
            if (letterSlot ? !Character.isLetter(c) : c != '.' && c != MARK) {
                return false;
            }
        }
        return token.length() % 2 == 1;
    }

    /**
     * Whether the text after a dot goes on in the same sentence: a comma, semicolon, colon or closing bracket right
     * after it, or a space and then a lower-case letter, a digit or an opening bracket or quote.
     */
    private static boolean continues(char[] s, int from) {
        if (from >= s.length) {
            return false;
        }
        char c = s[from];
        if (c == ',' || c == ';' || c == ':' || c == ')') {
            return true;
        }
        if (c == '"' || c == '\'' || c == ']') {
            // a closing quote or bracket after the dot ('"Input Information, etc.") for ...'): read on after it
            return continues(s, from + 1);
        }
        if (c != ' ' || from + 1 >= s.length) {
            return false;
        }
        char next = s[from + 1];
        return Character.isLowerCase(next) || Character.isDigit(next) || next == '(' || next == '"' || next == '$';
    }
}
