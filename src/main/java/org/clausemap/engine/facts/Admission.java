package org.clausemap.engine.facts;

import java.util.Arrays;
import java.util.List;

/**
 * Which alternatives of an expression a text can match, from the required word sets of their prefilters, read from
 * one flat array. Asked for an expression, a clause usually holds none of its alternatives' words, and testing each
 * {@link Branch}'s prefilter in turn walks from the branch to its prefilter, its elements and each {@link WordSet}
 * before the one bit that answers; on a text-dense page that walk, over a few thousand objects for every clause, cost
 * more than the bits. Here an expression's sets are the ids of its word sets, each answered by one bit of the
 * clause's scan ({@link WordIndex}), so the answer is the one each prefilter gives.
 */
final class Admission {

    /** Most alternatives an admission answers for: one bit each in a long. */
    static final int MAX_BRANCHES = Long.SIZE - 1;

    /** Per conjunction of a prefilter (a branch may have several): the branch's index, its set count, its set ids. */
    private final int[] conjunctions;
    /** The alternatives without a prefilter: they can match any text. */
    private final long always;
    /** The largest set id: a text whose index does not hold it is answered by each branch's own prefilter. */
    private final int maxSet;

    private Admission(int[] conjunctions, long always, int maxSet) {
        this.conjunctions = conjunctions;
        this.always = always;
        this.maxSet = maxSet;
    }

    /**
     * The admission of the expression's alternatives, or null when there are too many or one of their word sets has
     * no id in the rule base's index.
     */
    static Admission of(List<Branch> branches) {
        if (branches.size() > MAX_BRANCHES) {
            return null;
        }
        int[] flat = new int[16];
        int n = 0;
        long always = 0;
        int maxSet = -1;
        for (int b = 0; b < branches.size(); b++) {
            Prefilter prefilter = branches.get(b).prefilter();
            if (prefilter == null) {
                always |= 1L << b;
                continue;
            }
            for (WordSet[] conjunction : prefilter.conjunctions()) {
                if (n + 2 + conjunction.length > flat.length) {
                    flat = Arrays.copyOf(flat, Math.max(flat.length * 2, n + 2 + conjunction.length));
                }
                flat[n++] = b;
                flat[n++] = conjunction.length;
                for (WordSet set : conjunction) {
                    if (set.id() < 0) {
                        return null;
                    }
                    maxSet = Math.max(maxSet, set.id());
                    flat[n++] = set.id();
                }
            }
        }
        return new Admission(Arrays.copyOf(flat, n), always, maxSet);
    }

    /**
     * The alternatives the text can match, as bits (bit {@code i} for branch {@code i}); -1 when the text's index
     * does not hold every set, and each branch must test its own prefilter.
     */
    long admitted(MatchText text) {
        if (maxSet >= 0 && !text.holdsSet(maxSet)) {
            return -1;
        }
        long admitted = always;
        if (conjunctions.length == 0) {
            return admitted;
        }
        long[] found = text.found();
        int base = text.setBase();
        for (int k = 0; k < conjunctions.length; k += 2 + conjunctions[k + 1]) {
            long branch = 1L << conjunctions[k];
            if ((admitted & branch) == 0 && containsAll(found, base, k + 2, k + 2 + conjunctions[k + 1])) {
                admitted |= branch;
            }
        }
        return admitted;
    }

    private boolean containsAll(long[] found, int base, int from, int to) {
        for (int j = from; j < to; j++) {
            int bit = base + conjunctions[j];
            if ((found[bit >>> 6] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }
}
