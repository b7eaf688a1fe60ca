package org.clausemap.engine.facts;

import java.util.Arrays;
import java.util.List;

/**
 * Alternative words one of which a text must contain: a required element of a {@link Prefilter}, or an expression's
 * gate. Where the text's {@link WordIndex} holds every one of the words, the test is a few AND operations of the
 * words' bits with the words the index found in the text (one per 64-bit slot the ids fall in), instead of one lookup
 * per word; otherwise each word is looked for as {@link MatchText#contains} does, so the answer is always exact. A set
 * numbered by its rule base's {@link Vocabulary} is answered by one bit, once an index holds it: the index marks,
 * with each word it finds, every set of that word.
 */
final class WordSet {

    private final MatchText.Word[] words;
    /** The slots (id / 64) that the words' ids fall in, ascending, and the words' bits in each. */
    private final int[] slots;
    private final long[] masks;
    /** The largest id of the words; {@link Integer#MAX_VALUE} when some word has none (never in an index). */
    private final int maxId;
    /** The set's id in its rule base's word index; -1 for none. */
    private final int id;

    /** A set without an id: its words are looked up one by one. */
    WordSet(List<MatchText.Word> words) {
        this(words, -1);
    }

    /** A set with an id in its rule base's word index (a set of words that all have an id). */
    WordSet(List<MatchText.Word> words, int id) {
        this.id = id;
        this.words = words.toArray(MatchText.Word[]::new);
        int max = -1;
        long[] bits = new long[0];
        for (MatchText.Word word : this.words) {
            int wordId = word.id();
            if (wordId < 0) {
                max = Integer.MAX_VALUE;
                continue;
            }
            max = Math.max(max, wordId);
            if (bits.length <= wordId >>> 6) {
                bits = Arrays.copyOf(bits, (wordId >>> 6) + 1);
            }
            bits[wordId >>> 6] |= 1L << wordId;
        }
        this.maxId = max;
        int n = 0;
        for (long b : bits) {
            n += b == 0 ? 0 : 1;
        }
        this.slots = new int[n];
        this.masks = new long[n];
        for (int slot = 0, k = 0; slot < bits.length; slot++) {
            if (bits[slot] != 0) {
                slots[k] = slot;
                masks[k++] = bits[slot];
            }
        }
    }

    /** The words, in the order given. */
    MatchText.Word[] words() {
        return words;
    }

    /** The set's id in its rule base's word index; -1 for none. */
    int id() {
        return id;
    }

    /** Whether the text contains one of the words. */
    boolean foundIn(MatchText text) {
        if (id >= 0 && text.holdsSet(id)) {
            return text.containsSet(id);
        }
        long[] found = text.indexed(maxId);
        if (found != null) {
            for (int k = 0; k < slots.length; k++) {
                if ((found[slots[k]] & masks[k]) != 0) {
                    return true;
                }
            }
            return false;
        }
        for (MatchText.Word word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The length of the shortest word (0 for none). */
    int shortest() {
        int min = Integer.MAX_VALUE;
        for (MatchText.Word w : words) {
            min = Math.min(min, w.text().length());
        }
        return min == Integer.MAX_VALUE ? 0 : min;
    }
}
