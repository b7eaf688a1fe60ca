package org.clausemap.engine.facts;

import java.util.Arrays;
import java.util.List;

/**
 * Alternative words one of which a text must contain: a required element of a {@link Prefilter}, or an expression's
 * gate. Where the text's {@link WordIndex} holds every one of the words, the test is a few AND operations of the
 * words' bits with the words the index found in the text (one per 64-bit slot the ids fall in), instead of one lookup
 * per word; otherwise each word is looked for as {@link MatchText#contains} does, so the answer is always exact.
 */
final class WordSet {

    private final MatchText.Word[] words;
    /** The slots (id / 64) that the words' ids fall in, ascending, and the words' bits in each. */
    private final int[] slots;
    private final long[] masks;
    /** The largest id of the words; {@link Integer#MAX_VALUE} when some word has none (never in an index). */
    private final int maxId;

    WordSet(List<MatchText.Word> words) {
        this.words = words.toArray(MatchText.Word[]::new);
        int max = -1;
        long[] bits = new long[0];
        for (MatchText.Word word : this.words) {
            int id = word.id();
            if (id < 0) {
                max = Integer.MAX_VALUE;
                continue;
            }
            max = Math.max(max, id);
            if (bits.length <= id >>> 6) {
                bits = Arrays.copyOf(bits, (id >>> 6) + 1);
            }
            bits[id >>> 6] |= 1L << id;
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

    /** Whether the text contains one of the words. */
    boolean foundIn(MatchText text) {
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
