package org.clausemap.archive.diff;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The keys and tokens texts are compared by. Two readings of a text: as written (whitespace collapsed), and its
 * substantive words, which leave out what an editorial change touches: web addresses, clause and cross-reference
 * numbers ({@code 50.12.3}, {@code Section 20}), enumerators ({@code (a)}, {@code (iv)}), punctuation and case.
 */
final class Words {

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern MARKDOWN_LINK_TARGET = Pattern.compile("\\]\\([^)\\s]*\\)");
    private static final Pattern ENUMERATOR = Pattern.compile("(?i)\\((?:[a-z]|[ivxlc]+|\\d{1,3})\\)");
    private static final Pattern DOTTED_NUMBER = Pattern.compile("\\b\\d+(?:\\.\\d+)+\\.?");
    private static final Pattern REFERENCE = Pattern.compile(
            "(?i)(\\b(?:sections?|clauses?|paragraphs?|articles?|parts?)|\u00A7+)\\s*[0-9]+(?:\\.[0-9]+)*[a-z]?\\b");
    private static final Pattern LEADING_NUMBER = Pattern.compile(
            "^\\s*(?:\\d+(?:\\.\\d+)*\\.?|[a-z]\\.|\\(?[a-z0-9]{1,4}\\))\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** English function words: they carry no content of their own, so shared ones say little about similarity. */
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "nor", "but", "if",
            "of", "to", "in", "on", "at", "by", "for", "from", "with", "without", "as", "into", "onto", "than",
            "that", "this", "these", "those", "such", "which", "who", "whom", "whose", "what", "it", "its", "is",
            "are", "was", "were", "be", "been", "being", "will", "shall", "may", "can", "must", "would", "should",
            "could", "do", "does", "did", "not", "no", "you", "your", "yours", "we", "our", "us", "they", "their",
            "them",
            "he", "she", "his", "her", "any", "all", "each", "other", "also", "so", "then", "there", "here", "about",
            "under", "over", "up", "out", "has", "have", "had", "how", "when", "where", "why", "own", "same");

    private Words() {
    }

    /** The text as written, whitespace collapsed: equal keys mean identical wording. */
    static String literal(String text) {
        return text == null ? "" : SPACE.matcher(text).replaceAll(" ").strip();
    }

    /** The substantive words, lower-case, in order. */
    static List<String> substantive(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        if (s.indexOf("](") >= 0) {
            s = MARKDOWN_LINK_TARGET.matcher(s).replaceAll("]");
        }
        if (s.indexOf("://") >= 0 || s.indexOf("www.") >= 0) {
            s = URL.matcher(s).replaceAll(" ");
        }
        s = LEADING_NUMBER.matcher(s).replaceFirst("");
        if (hasDigit(s)) {
            s = REFERENCE.matcher(s).replaceAll("$1");
            s = DOTTED_NUMBER.matcher(s).replaceAll(" ");
        }
        if (s.indexOf('(') >= 0) {
            s = ENUMERATOR.matcher(s).replaceAll(" ");
        }
        s = s.replace("\u2019", "'").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : NOT_WORD.split(s.replace("'", ""))) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The words as written (split on whitespace), for the word-level diff. */
    static List<String> written(String text) {
        String s = literal(text);
        return s.isEmpty() ? List.of() : List.of(SPACE.split(s));
    }

    /**
     * The shingles similarity is measured over: every word that is not a function word, and every pair of adjacent
     * words (pairs keep word order in play, so a reordered sentence is less similar than an identical one). Words
     * lose a plural {@code s}, so "service" and "services" count as the same word.
     */
    static Set<String> shingles(List<String> words) {
        Set<String> out = new HashSet<>(words.size() * 3);
        String previous = null;
        for (String word : words) {
            String w = stem(word);
            if (!FUNCTION_WORDS.contains(word)) {
                out.add(w);
            }
            if (previous != null) {
                out.add(previous + ' ' + w);
            }
            previous = w;
        }
        return out;
    }

    /**
     * The share of {@code part}'s shingles that {@code whole} also has: near 1 when {@code part} is a piece of
     * {@code whole} (a provision split in two), whatever else {@code whole} says.
     */
    static double containment(Set<String> part, Set<String> whole) {
        if (part.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String s : part) {
            if (whole.contains(s)) {
                shared++;
            }
        }
        return (double) shared / part.size();
    }

    private static String stem(String word) {
        int n = word.length();
        return n > 3 && word.charAt(n - 1) == 's' && word.charAt(n - 2) != 's' ? word.substring(0, n - 1) : word;
    }

    /** Dice coefficient of two shingle sets: 2|A ∩ B| / (|A| + |B|); 1 when both are empty. */
    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String s : small) {
            if (large.contains(s)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }
}
