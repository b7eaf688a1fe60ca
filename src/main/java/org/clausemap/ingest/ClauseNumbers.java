package org.clausemap.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises clause numbers at the start of a text: {@code 50.5}, {@code 50.12.2.1}, {@code 50.}, {@code 3(2)},
 * {@code (a)}, {@code (iv)}, {@code D.4}, {@code A.} before a heading word, {@code a.}, {@code iv.},
 * {@code Section 4}, {@code Article 3}, {@code § 2.1}. Trailing dots are not part of the number. Shared by every
 * format, so plain text and HTML number alike.
 */
final class ClauseNumbers {

    /** Where the number ends: the text after it starts at {@code end}, leading spaces skipped. */
    record Match(ClauseNumber number, int end) {
    }

    private static final Pattern KEYWORD = Pattern.compile(
            "^(?:((?i:section|article|clause|part|chapter|schedule|annex|appendix|exhibit))\\s+"
                    + "(\\d{1,3}(?:\\.\\d{1,3})*[a-z]?|[IVXLC]{1,6}|[A-Z])|(\u00A7)\\s?(\\d{1,3}(?:\\.\\d{1,3})*))");
    private static final Pattern HIERARCHICAL = Pattern.compile(
            "^(?:\\d{1,3}|[A-Z]{1,6})(?:\\.(?:\\d{1,3}|[A-Za-z]))*(?:\\((?:\\d{1,3}|[a-z]{1,4}|[A-Z])\\))*");
    private static final Pattern PAREN = Pattern.compile("^\\((\\d{1,3}|[a-z]{1,4}|[A-Z]{1,4})\\)");
    private static final Pattern LETTER = Pattern.compile("^([a-z]{1,4})([.)])");
    private static final Pattern ROMAN = Pattern.compile("^(?i)x{0,3}(ix|iv|v?i{0,3})$");
    private static final Pattern DOUBLED = Pattern.compile("^([a-z])\\1{0,3}$", Pattern.CASE_INSENSITIVE);

    private ClauseNumbers() {
    }

    /** True when the text starts with a clause number as a paragraph would. */
    static boolean startsWithNumber(String text) {
        return match(text, false, false) != null;
    }

    /**
     * The clause number at the start of {@code text}, or null.
     *
     * @param heading true for headings, which may also be numbered {@code 1 Introduction}
     * @param inList  true inside a list, where a bare {@code 1.} is a list position, not a top-level clause
     */
    static Match match(String text, boolean heading, boolean inList) {
        if (text.isEmpty()) {
            return null;
        }
        char first = text.charAt(0);
        if (first == '(') {
            return paren(text);
        }
        Match keyword = keyword(text, heading);
        if (keyword != null) {
            return keyword;
        }
        if (Character.isDigit(first) || Character.isUpperCase(first)) {
            Match hierarchical = hierarchical(text, heading, inList);
            if (hierarchical != null) {
                return hierarchical;
            }
        }
        return Character.isLowerCase(first) ? letter(text) : null;
    }

    private static Match keyword(String text, boolean heading) {
        Matcher m = KEYWORD.matcher(text);
        if (!m.find()) {
            return null;
        }
        boolean section = m.group(3) == null;
        String key = section ? m.group(2) : m.group(4);
        String written = section ? m.group(1) + " " + key : "\u00A7 " + key;
        int end = afterNumber(text, m.end(), true, heading);
        return end < 0 ? null : new Match(new ClauseNumber(written, key, ClauseNumber.Kind.HIERARCHICAL, null), end);
    }

    private static Match hierarchical(String text, boolean heading, boolean inList) {
        Matcher m = HIERARCHICAL.matcher(text);
        if (!m.find()) {
            return null;
        }
        String token = m.group();
        boolean single = token.indexOf('.') < 0 && token.indexOf('(') < 0;
        boolean letterFirst = Character.isLetter(token.charAt(0));
        if (!validComponents(token)) {
            return null;
        }
        int at = m.end();
        char next = at < text.length() ? text.charAt(at) : 0;
        if (single && letterFirst) {
            if (next != '.' || !startsLikeHeading(text, at + 1)) {
                return null;
            }
            return new Match(hierarchicalNumber(token), skipSpace(text, at + 1));
        }
        if (single) {
            if (next == ')') {
                ClauseNumber number = new ClauseNumber(token, token, ClauseNumber.Kind.DOT_DIGIT, null);
                return spaceAfter(text, at + 1) ? new Match(number, skipSpace(text, at + 1)) : null;
            }
            boolean dotted = next == '.' && spaceAfter(text, at + 1);
            boolean headingStyle = heading && Texts.isSpace(next) && startsLikeHeading(text, at);
            if (!dotted && !headingStyle) {
                return null;
            }
            ClauseNumber.Kind kind = inList ? ClauseNumber.Kind.DOT_DIGIT : ClauseNumber.Kind.HIERARCHICAL;
            return new Match(new ClauseNumber(token, token, kind, null), skipSpace(text, dotted ? at + 1 : at));
        }
        int end = afterNumber(text, at, false, true);
        return end < 0 ? null : new Match(hierarchicalNumber(token), end);
    }

    private static ClauseNumber hierarchicalNumber(String token) {
        return new ClauseNumber(token, token, ClauseNumber.Kind.HIERARCHICAL, null);
    }

    /** Letters only after digits ({@code D.4}, {@code I.3.b}), never two in a row ({@code U.S}). */
    private static boolean validComponents(String token) {
        int paren = token.indexOf('(');
        String[] parts = (paren < 0 ? token : token.substring(0, paren)).split("\\.");
        if (Character.isLetter(parts[0].charAt(0)) && parts[0].length() > 1 && !ROMAN.matcher(parts[0]).matches()) {
            return false;
        }
        if (parts[0].length() > 1 && Character.isLetter(parts[0].charAt(0)) && parts.length > 1) {
            return false;
        }
        boolean previousLetter = Character.isLetter(parts[0].charAt(0));
        for (int i = 1; i < parts.length; i++) {
            boolean letter = Character.isLetter(parts[i].charAt(0));
            if (letter && previousLetter) {
                return false;
            }
            previousLetter = letter;
        }
        return true;
    }

    private static Match paren(String text) {
        Matcher m = PAREN.matcher(text);
        if (!m.find() || !spaceAfter(text, m.end())) {
            return null;
        }
        String inner = m.group(1);
        ClauseNumber.Kind[] kinds = letterKinds(inner, true);
        if (kinds == null) {
            return null;
        }
        return new Match(new ClauseNumber(m.group(), m.group(), kinds[0], kinds[1]), skipSpace(text, m.end()));
    }

    private static Match letter(String text) {
        Matcher m = LETTER.matcher(text);
        if (!m.find()) {
            return null;
        }
        boolean dot = m.group(2).equals(".");
        if (dot ? !startsLikeHeading(text, m.end()) : !spaceAfter(text, m.end())) {
            return null;
        }
        ClauseNumber.Kind[] kinds = letterKinds(m.group(1), false);
        if (kinds == null) {
            return null;
        }
        return new Match(new ClauseNumber(m.group(1), m.group(1), kinds[0], kinds[1]), skipSpace(text, m.end()));
    }

    /** Kind and alternative kind of a letter or roman token, or null when it is neither. */
    private static ClauseNumber.Kind[] letterKinds(String token, boolean paren) {
        if (Character.isDigit(token.charAt(0))) {
            return paren ? new ClauseNumber.Kind[] {ClauseNumber.Kind.PAREN_DIGIT, null} : null;
        }
        boolean upper = Character.isUpperCase(token.charAt(0));
        if (upper && !paren) {
            return null;
        }
        boolean roman = ROMAN.matcher(token).matches();
        boolean alpha = DOUBLED.matcher(token).matches();
        if (!roman && !alpha) {
            return null;
        }
        ClauseNumber.Kind romanKind = !paren ? ClauseNumber.Kind.DOT_ROMAN
                : upper ? ClauseNumber.Kind.PAREN_UPPER_ROMAN : ClauseNumber.Kind.PAREN_ROMAN;
        ClauseNumber.Kind alphaKind = !paren ? ClauseNumber.Kind.DOT_ALPHA
                : upper ? ClauseNumber.Kind.PAREN_UPPER_ALPHA : ClauseNumber.Kind.PAREN_ALPHA;
        if (roman && alpha) {
            return new ClauseNumber.Kind[] {romanKind, alphaKind};
        }
        return new ClauseNumber.Kind[] {roman ? romanKind : alphaKind, null};
    }

    /**
     * Checks what follows a number and returns where the text after it starts, or -1 when the number is really the
     * start of a sentence ({@code Section 4 of the Agreement}, {@code 2.5 million}).
     */
    private static int afterNumber(String text, int at, boolean keyword, boolean heading) {
        if (at >= text.length()) {
            return at;
        }
        char next = text.charAt(at);
        if (next == '.' || next == ':' || next == ')') {
            return spaceAfter(text, at + 1) ? skipSpace(text, at + 1) : -1;
        }
        if (!Texts.isSpace(next)) {
            return -1;
        }
        int after = skipSpace(text, at);
        if (after < text.length() && isDash(text.charAt(after)) && spaceAfter(text, after + 1)) {
            return skipSpace(text, after + 1);
        }
        if (keyword && !heading) {
            return after >= text.length() ? after : -1;
        }
        return startsLikeHeading(text, at) ? after : -1;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014';
    }

    /** Whitespace then a capital, digit, quote or bracket: the start of a heading or a sentence. */
    private static boolean startsLikeHeading(String text, int at) {
        if (at >= text.length()) {
            return true;
        }
        if (!Texts.isSpace(text.charAt(at))) {
            return false;
        }
        int after = skipSpace(text, at);
        if (after >= text.length()) {
            return true;
        }
        char c = text.charAt(after);
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"'\u201C\u2018([\u00A7".indexOf(c) >= 0;
    }

    private static boolean spaceAfter(String text, int at) {
        return at >= text.length() || Texts.isSpace(text.charAt(at));
    }

    private static int skipSpace(String text, int at) {
        int i = at;
        while (i < text.length() && Texts.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
