package org.clausemap.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a block's text as a clause: the number at its start, then a lead-in heading, either bold
 * ({@code **Overview.**}, {@code **50.13.1. Service Improvement.**}) or a short title-case phrase ending in a dot or
 * colon ({@code Grant of Rights. You are granted ...}).
 */
final class ClauseParser {

    private static final String WORD = "[\\p{Lu}\\d][\\p{L}\\p{M}\\d\u2019'&/\\-]*";
    private static final String SMALL = "(?:a|an|and|as|at|by|for|from|in|into|of|on|or|the|to|under|with|per|vs"
            + "|via|de|du|des|la|le|et|&)";
    private static final String PHRASE = WORD + "(?:\\s+(?:" + WORD + "|" + SMALL + "))";
    private static final Pattern LEAD_IN = Pattern.compile(
            "^(" + PHRASE + "{0,11})\\s*[.:]\\s+(?=[\"\u201C\u2018'(\\p{Lu}\\d])");
    private static final Pattern HEADING_ONLY = Pattern.compile(
            "^(" + WORD + "(?:,?\\s+(?:" + WORD + "|" + SMALL + ")){0,11})\\s*[.:]?$");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?][\\s\u201D\"]+\\p{Lu}");
    private static final Set<String> ABBREVIATIONS = Set.of("inc", "ltd", "corp", "co", "llc", "llp", "plc", "no",
            "st", "mr", "mrs", "ms", "dr", "jr", "sr", "vs", "v", "sec", "art");
    private static final String BULLETS = "\u2022\u25E6\u25AA\u25AB\u25CF\u25CB\u00B7\u2023\u2043";
    private static final int MAX_HEADING = 150;
    private static final int MAX_PSEUDO_HEADING = 100;
    private static final int MAX_UNNUMBERED_LEAD_IN_WORDS = 6;

    private ClauseParser() {
    }

    /**
     * Parses a paragraph, list item, table row or definition.
     *
     * @param inList      inside a list, where a bare {@code 1.} is a list position
     * @param implicit    the number an ordered list shows for this item, used when the text has none; or null
     * @param headingHint a heading given by the markup ({@code <dt>}, {@code <summary>}), or null
     * @param leaf        a list item with nothing nested: never a heading-only section
     */
    static ParsedClause parse(Run run, boolean inList, ClauseNumber implicit, String headingHint, boolean leaf) {
        String text = run.text();
        int start = afterBullet(text);
        ClauseNumbers.Match match = ClauseNumbers.match(start == 0 ? text : text.substring(start), false, inList);
        ClauseNumber number = match != null ? match.number() : implicit;
        int at = match != null ? start + match.end() : start;
        if (headingHint != null) {
            return withHint(number, headingHint, text.substring(at), inList);
        }
        ParsedClause bold = boldLeadIn(run, number, at, leaf);
        if (bold != null) {
            return bold;
        }
        String rest = text.substring(at);
        if (match != null && !leaf) {
            Matcher only = HEADING_ONLY.matcher(rest);
            if (only.matches() && Texts.words(rest) <= 12 && Texts.hasLetter(rest)) {
                return new ParsedClause(number, trimHeading(rest), "", true);
            }
        }
        Matcher lead = LEAD_IN.matcher(rest);
        if (lead.lookingAt() && acceptableLeadIn(lead.group(1), number != null)) {
            return new ParsedClause(number, lead.group(1).strip(), trimBody(rest.substring(lead.end())), false);
        }
        return new ParsedClause(number, null, rest, false);
    }

    /** Parses a heading element's text: its number and the rest. */
    static ParsedClause parseHeading(String text) {
        ClauseNumbers.Match match = ClauseNumbers.match(text, true, false);
        if (match == null) {
            return new ParsedClause(null, text, "", true);
        }
        return new ParsedClause(match.number(), trimHeading(text.substring(match.end())), "", true);
    }

    private static ParsedClause withHint(ClauseNumber number, String hint, String body, boolean inList) {
        ClauseNumber own = number;
        String heading = hint;
        ClauseNumbers.Match hinted = ClauseNumbers.match(hint, true, inList);
        if (hinted != null && own == null) {
            own = hinted.number();
            heading = hint.substring(hinted.end());
        }
        heading = trimHeading(heading);
        return new ParsedClause(own, heading.isEmpty() ? null : heading, body, false);
    }

    private static ParsedClause boldLeadIn(Run run, ClauseNumber number, int at, boolean leaf) {
        String text = run.text();
        Run.Span bold = run.boldAt(at);
        if (bold == null || at >= text.length()) {
            return null;
        }
        String raw = text.substring(at, bold.end()).strip();
        String after = text.substring(bold.end()).strip();
        String heading = trimHeading(raw);
        if (heading.isEmpty() || !Texts.hasLetter(heading)) {
            return null;
        }
        if (after.isEmpty() || !Texts.hasLetter(after)) {
            return leaf ? null : headingOnly(number, heading, raw);
        }
        boolean punctuated = endsWithAny(raw, ".:") || after.charAt(0) == '.' || after.charAt(0) == ':';
        if (heading.length() > MAX_HEADING || (number == null && !punctuated) || raw.endsWith(",")) {
            return null;
        }
        return new ParsedClause(number, heading, trimBody(after), false);
    }

    private static ParsedClause headingOnly(ClauseNumber number, String heading, String raw) {
        if (number != null) {
            return heading.length() <= MAX_HEADING ? new ParsedClause(number, heading, "", true) : null;
        }
        boolean shortPhrase = heading.length() <= MAX_PSEUDO_HEADING && !SENTENCE_BREAK.matcher(raw).find()
                && !endsWithAny(raw, ".!?;,");
        return shortPhrase ? new ParsedClause(null, heading, "", true) : null;
    }

    private static boolean acceptableLeadIn(String phrase, boolean numbered) {
        String trimmed = phrase.strip();
        int words = Texts.words(trimmed);
        if (!numbered && words > MAX_UNNUMBERED_LEAD_IN_WORDS) {
            return false;
        }
        int space = trimmed.lastIndexOf(' ');
        String last = (space < 0 ? trimmed : trimmed.substring(space + 1)).toLowerCase(Locale.ROOT);
        return last.length() > 1 && !ABBREVIATIONS.contains(last) && Texts.hasLetter(trimmed);
    }

    /** Where the text starts after a typed bullet ({@code •Violence or terrorism}). */
    private static int afterBullet(String text) {
        if (text.isEmpty() || BULLETS.indexOf(text.charAt(0)) < 0) {
            return 0;
        }
        int at = 1;
        while (at < text.length() && Texts.isSpace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static boolean endsWithAny(String s, String chars) {
        return !s.isEmpty() && chars.indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /** A heading without the trailing dot, colon or dash that ends a lead-in. */
    static String trimHeading(String heading) {
        int end = heading.length();
        while (end > 0 && (".:;,\u2013\u2014- ".indexOf(heading.charAt(end - 1)) >= 0)) {
            end--;
        }
        return heading.substring(0, end).strip();
    }

    private static String trimBody(String body) {
        int start = 0;
        while (start < body.length() && (".:;\u2013\u2014 ".indexOf(body.charAt(start)) >= 0)) {
            start++;
        }
        return body.substring(start);
    }
}
