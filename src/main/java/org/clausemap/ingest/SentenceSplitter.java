package org.clausemap.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits long clause text into sentences with rules that know legal writing: no split after {@code e.g.},
 * {@code i.e.}, {@code U.S.C.}, {@code Inc.}, {@code No.}, {@code Art.}, {@code Sec.}, {@code v.}, initials and
 * other abbreviations, never inside numbers ({@code 2.5}, {@code § 2.1}), never before a lower-case word, and never
 * before a numbered sub-item such as {@code (a)}, which stays with the sentence that introduces it.
 */
final class SentenceSplitter {

    /** Paragraphs up to this length stay whole. */
    static final int SPLIT_THRESHOLD = 600;

    private static final Set<String> ABBREVIATIONS = Set.of(
            "inc", "ltd", "co", "corp", "llc", "llp", "plc", "no", "nos", "art", "arts", "sec", "secs", "para", "paras",
            "v", "vs", "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "cf", "approx", "fig", "vol", "p", "pp", "ch",
            "cl", "reg", "regs", "dir", "stat", "fed", "cir", "supp", "ed", "eds", "al", "seq", "ref", "jan", "feb",
            "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "dept", "est", "min", "max", "e.g",
            "i.e", "viz", "resp", "incl", "govt", "intl", "assn", "bros", "ave", "blvd", "u.s", "u.s.c", "u.k", "e.u");
    private static final Pattern SUB_ITEM = Pattern.compile("^\\((?:\\d{1,3}|[a-z]{1,4}|[A-Z]{1,4})\\)");
    private static final int MIN_SENTENCE_CHARS = 20;

    private SentenceSplitter() {
    }

    /** The text as sentences, or the text alone when it is short or one sentence. */
    static List<String> split(String text) {
        if (text.length() <= SPLIT_THRESHOLD) {
            return List.of(text);
        }
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '?' && c != '!') {
                continue;
            }
            int end = closeAfter(text, i + 1);
            if (end >= text.length() || !Texts.isSpace(text.charAt(end))) {
                continue;
            }
            int next = skipSpace(text, end);
            if (next < text.length() && isBoundary(text, i, next)) {
                add(sentences, text.substring(start, end).strip());
                start = next;
                i = next - 1;
            }
        }
        add(sentences, text.substring(start).strip());
        return sentences;
    }

    /** The first sentence of a text, cut at a word boundary with an ellipsis when longer than {@code max}. */
    static String firstSentence(String text, int max) {
        String first = text;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' || c == ';') {
                first = text.substring(0, i);
                break;
            }
            if (c == '.' || c == '?' || c == '!') {
                int end = closeAfter(text, i + 1);
                int next = skipSpace(text, end);
                if (end >= text.length() || (Texts.isSpace(text.charAt(end)) && next < text.length()
                        && isBoundary(text, i, next))) {
                    first = text.substring(0, end);
                    break;
                }
            }
        }
        if (first.length() <= max) {
            return first.strip();
        }
        int cut = first.lastIndexOf(' ', max);
        return first.substring(0, cut > max / 2 ? cut : max).strip() + "\u2026";
    }

    private static void add(List<String> sentences, String sentence) {
        if (sentence.isEmpty()) {
            return;
        }
        if (!sentences.isEmpty() && sentence.length() < MIN_SENTENCE_CHARS) {
            int last = sentences.size() - 1;
            sentences.set(last, sentences.get(last) + " " + sentence);
            return;
        }
        if (sentences.size() == 1 && sentences.get(0).length() < MIN_SENTENCE_CHARS) {
            sentences.set(0, sentences.get(0) + " " + sentence);
            return;
        }
        sentences.add(sentence);
    }

    /** Whether the stop at {@code stop}, followed by the text at {@code next}, ends a sentence. */
    private static boolean isBoundary(String text, int stop, int next) {
        char following = text.charAt(next);
        if (following == '(' && SUB_ITEM.matcher(text.substring(next, Math.min(text.length(), next + 8))).find()) {
            return false;
        }
        if (!startsSentence(text, next)) {
            return false;
        }
        if (text.charAt(stop) != '.') {
            return true;
        }
        if (stop > 0 && text.charAt(stop - 1) == '.') {
            return true;
        }
        String word = wordBefore(text, stop);
        if (word.isEmpty()) {
            return !(stop > 0 && Character.isDigit(text.charAt(stop - 1)) && sectionSignBefore(text, stop));
        }
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return false;
        }
        return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A capital, digit or opening quote or bracket followed by one: where a sentence can start. */
    private static boolean startsSentence(String text, int at) {
        int i = at;
        while (i < text.length() && "\"'\u201C\u2018([".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    /** The letters (and inner dots, for {@code U.S.C}) just before the stop. */
    private static String wordBefore(String text, int stop) {
        int i = stop;
        while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || (text.charAt(i - 1) == '.' && i - 1 > 0
                && Character.isLetter(text.charAt(i - 2))))) {
            i--;
        }
        return text.substring(i, stop);
    }

    /** True for {@code § 2.} style references, which do not end a sentence. */
    private static boolean sectionSignBefore(String text, int stop) {
        int i = stop - 1;
        while (i >= 0 && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
            i--;
        }
        while (i >= 0 && Texts.isSpace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && text.charAt(i) == '\u00A7';
    }

    private static int closeAfter(String text, int at) {
        int i = at;
        while (i < text.length() && "\"')]\u201D\u2019".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static int skipSpace(String text, int at) {
        int i = at;
        while (i < text.length() && Texts.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
