package org.clausemap.engine.facts;

/**
 * A folded text as the rules search it: the text, its lower-cased form (same positions), and a signature of the
 * character pairs it contains. A rule base tests every clause for the required words of hundreds of expressions, and
 * almost all of those words are absent; the signature proves most absences from a word's first pairs, without
 * scanning the text. A word it cannot rule out is then searched for in the text, so the answer is always exact.
 */
public final class MatchText {

    /** Signature size in bits (a power of two): a 300-character clause sets under a tenth of them. */
    private static final int BITS = 4096;
    private static final int SHIFT = Integer.numberOfLeadingZeros(BITS - 1);

    private final String text;
    private final String lower;
    private final long[] pairs = new long[BITS / 64];

    private MatchText(String text, String lower) {
        this.text = text;
        this.lower = lower;
        for (int i = 1; i < lower.length(); i++) {
            int bit = bit(lower.charAt(i - 1), lower.charAt(i));
            pairs[bit >>> 6] |= 1L << bit;
        }
    }

    /** A folded text ({@link TextPatterns#fold}). */
    public static MatchText of(String folded) {
        return new MatchText(folded, TextPatterns.lower(folded));
    }

    String text() {
        return text;
    }

    String lower() {
        return lower;
    }

    /**
     * A lower-cased word to look for, with the signature bits of its character pairs, the rarest-looking (latest)
     * first: a word's opening letters are shared by more words than its later ones.
     */
    record Word(String text, int[] pairs) {

        static Word of(String lowerCased) {
            int n = Math.max(0, lowerCased.length() - 1);
            int[] bits = new int[n];
            for (int i = 0; i < n; i++) {
                bits[i] = bit(lowerCased.charAt(n - i - 1), lowerCased.charAt(n - i));
            }
            return new Word(lowerCased, bits);
        }
    }

    /** Whether the lower-cased text contains the word. */
    boolean contains(Word word) {
        return mayContain(word) && lower.contains(word.text());
    }

    /** False when the signature proves the word absent; true when it cannot rule the word out. */
    boolean mayContain(Word word) {
        for (int bit : word.pairs()) {
            if ((pairs[bit >>> 6] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    private static int bit(char a, char b) {
        return ((a * 0x9E3779B1) ^ (b * 0x85EBCA6B)) * 0xC2B2AE35 >>> SHIFT;
    }
}
