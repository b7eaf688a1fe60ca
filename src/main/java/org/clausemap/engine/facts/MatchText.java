package org.clausemap.engine.facts;

/**
 * A folded text as the rules search it: the text, its lower-cased form (same positions), and what answers whether it
 * contains a word. A rule base tests every clause for the required words of hundreds of expressions, and almost all
 * of those words are absent. The rule base's {@link WordIndex} finds all the words it knows in one pass over the text,
 * made the first time a word is asked for; a word it does not know yet is answered by a signature of the character
 * pairs the text contains, which proves most absences from a word's pairs without scanning the text, and a word the
 * signature cannot rule out is then searched for in the text, so the answer is always exact. Like the clause it
 * belongs to, it is used by one rule session's thread at a time (the lookups it makes on first use are not shared
 * safely between threads).
 */
public final class MatchText {

    /** Signature size in bits (a power of two): a 300-character clause sets under a tenth of them. */
    private static final int BITS = 4096;
    private static final int SHIFT = Integer.numberOfLeadingZeros(BITS - 1);

    private final String text;
    private final String lower;
    private final WordIndex index;
    /** The ids of the index's words the text contains, then of its word sets; made on first use. */
    private long[] indexed;
    /** The signature of character pairs; made on first use, for words the index does not hold. */
    private long[] pairs;

    private MatchText(String text, String lower, WordIndex index) {
        this.text = text;
        this.lower = lower;
        this.index = index;
    }

    /** A folded text ({@link TextPatterns#fold}), without a word index. */
    public static MatchText of(String folded) {
        return of(folded, WordIndex.EMPTY);
    }

    /** A folded text whose words are looked up in the index first. */
    static MatchText of(String folded, WordIndex index) {
        return new MatchText(folded, TextPatterns.lower(folded), index);
    }

    /** The word index its words are looked up in first (empty when made before any expression was compiled). */
    WordIndex wordIndex() {
        return index;
    }

    String text() {
        return text;
    }

    String lower() {
        return lower;
    }

    /**
     * A lower-cased word to look for: its id in the rule base's word index (-1 for none), and the signature bits of
     * its character pairs, the rarest-looking (latest) first: a word's opening letters are shared by more words than
     * its later ones.
     */
    record Word(String text, int id, int[] pairs) {

        /** A word outside any index. */
        static Word of(String lowerCased) {
            return of(lowerCased, -1);
        }

        static Word of(String lowerCased, int id) {
            int n = Math.max(0, lowerCased.length() - 1);
            int[] bits = new int[n];
            for (int i = 0; i < n; i++) {
                bits[i] = bit(lowerCased.charAt(n - i - 1), lowerCased.charAt(n - i));
            }
            return new Word(lowerCased, id, bits);
        }
    }

    /**
     * The ids of the index's words the text contains, as a bit set (the index scans the text on first use); null when
     * the index does not hold the word with id {@code maxId}, whose bit the set could not answer.
     */
    long[] indexed(int maxId) {
        return maxId >= index.size() ? null : found();
    }

    /**
     * The words and word sets of the index that the text contains, as bits: word {@code i} at bit {@code i}, set
     * {@code k} at bit {@link #setBase()}{@code  + k} (the index scans the text on first use).
     */
    long[] found() {
        long[] found = indexed;
        if (found == null) {
            found = index.scan(lower);
            indexed = found;
        }
        return found;
    }

    /** The bit of the first word set in {@link #found()}. */
    int setBase() {
        return index.size();
    }

    /** Whether the text's word index holds the word set of this id ({@link WordSet#id()}). */
    boolean holdsSet(int id) {
        return id < index.sets();
    }

    /** Whether the text contains a word of the set of this id, which its index holds. */
    boolean containsSet(int id) {
        return isSet(found(), setBase() + id);
    }

    /** Whether bit {@code i} of the bit set is set. */
    private static boolean isSet(long[] bits, int i) {
        return (bits[i >>> 6] & (1L << i)) != 0;
    }

    /** Whether the lower-cased text contains the word. */
    boolean contains(Word word) {
        int id = word.id();
        if (id >= 0) {
            long[] found = indexed(id);
            if (found != null) {
                return isSet(found, id);
            }
        }
        return mayContain(word) && lower.contains(word.text());
    }

    /** False when the signature proves the word absent; true when it cannot rule the word out. */
    boolean mayContain(Word word) {
        long[] signature = pairs;
        if (signature == null) {
            signature = signature(lower);
            pairs = signature;
        }
        for (int bit : word.pairs()) {
            if ((signature[bit >>> 6] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    private static long[] signature(String lower) {
        long[] signature = new long[BITS / 64];
        for (int i = 1; i < lower.length(); i++) {
            int bit = bit(lower.charAt(i - 1), lower.charAt(i));
            signature[bit >>> 6] |= 1L << bit;
        }
        return signature;
    }

    private static int bit(char a, char b) {
        return ((a * 0x9E3779B1) ^ (b * 0x85EBCA6B)) * 0xC2B2AE35 >>> SHIFT;
    }
}
