package org.clausemap.engine.facts;

import java.text.Normalizer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles the regular expressions that rules use once per rule base and shares them between analyses.
 * One instance belongs to one rule base: it is discarded with it, so it never grows beyond the rules' own patterns.
 */
public final class TextPatterns {

    private final ConcurrentMap<String, Compiled> cache = new ConcurrentHashMap<>();

    /** Whether the folded text (and its lower-cased form) contains a match of the expression. */
    boolean find(String regex, String text, String lowerText) {
        Compiled compiled = cache.computeIfAbsent(regex, TextPatterns::compileOrExplain);
        Prefilter prefilter = compiled.prefilter();
        if (prefilter == null) {
            return compiled.pattern().matcher(text).find();
        }
        if (!prefilter.admits(lowerText)) {
            return false;
        }
        int[] starts = prefilter.starts(lowerText);
        if (starts == null) {
            return compiled.pattern().matcher(text).find();
        }
        // try the match only where it can start, with the text around visible to boundaries and lookbehinds
        Matcher m = compiled.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int previous = -1;
        for (int start : starts) {
            if (start != previous) {
                m.region(start, text.length());
                if (m.lookingAt()) {
                    return true;
                }
                previous = start;
            }
        }
        return false;
    }

    private record Compiled(Pattern pattern, Prefilter prefilter) {
    }

    private static Compiled compileOrExplain(String regex) {
        try {
            return new Compiled(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), Prefilter.of(regex));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid regular expression in rule: " + e.getDescription()
                    + " near index " + e.getIndex() + " of \"" + regex + "\"", e);
        }
    }

    /** Lower-cases folded text char by char, so that positions in it are positions in the folded text. */
    static String lower(String folded) {
        char[] chars = folded.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /** Folds text for matching: NFKC, curly quotes and dashes to ASCII, whitespace collapsed. Case is kept. */
    public static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u2032' -> c = '\'';
                case '\u201C', '\u201D', '\u201E', '\u2033' -> c = '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> c = '-';
                default -> { }
            }
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }
}
