package org.clausemap.archive.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

import org.clausemap.analysis.ProvisionResult;

/**
 * Pairs the provisions of two versions of a document.
 * <ol>
 * <li>Identical wording, then identical substantive words ({@link Words#substantive}); among duplicates, the one
 * with the same number and section first, then the nearest in relative position.</li>
 * <li>Sections correspond when most identical pairs of one fall in the other (or their heading paths are equal):
 * this follows renumbered and renamed sections without trusting boilerplate that recurs across sections.</li>
 * <li>Similarity within corresponding sections: Dice over {@link Words#shingles}, candidates narrowed by an
 * inverted index of rare shingles (shared by at most {@value SimilarityMatcher#RARE} unpaired older provisions;
 * at most {@value SimilarityMatcher#CANDIDATES} per provision) and by the clause number; accepted above
 * {@link ChangeSettings#matchSimilarity()} (or {@link ChangeSettings#numberedSimilarity()} for the same number),
 * best first.</li>
 * <li>Similarity across sections (a provision moved elsewhere and edited), above
 * {@link ChangeSettings#movedSimilarity()}.</li>
 * <li>Splits and merges: an unpaired provision whose shingles lie almost wholly
 * ({@value Pieces#PART_CONTAINMENT}) in the other side of an adjacent modified pair is a part of that pair.</li>
 * </ol>
 * Identical pairs are moved when renumbered or outside the longest run of pairs in the same order. Stateless.
 */
final class Aligner {

    /**
     * One entry of the alignment.
     *
     * @param older      index into the older provisions, or -1
     * @param newer      index into the newer provisions, or -1
     * @param kind       how the text changed
     * @param similarity 0-1
     * @param sameWords  whether the substantive words are the same
     * @param olderParts further older provisions merged into this modified pair's newer one
     * @param newerParts further newer provisions split off this modified pair's older one
     * @param part       whether this added or removed provision is a part of another, modified pair
     */
    record Pair(int older, int newer, ChangeKind kind, double similarity, boolean sameWords, List<Integer> olderParts,
                List<Integer> newerParts, boolean part) {
    }

    /**
     * The alignment: every provision of both versions once, and which sections correspond.
     *
     * @param pairs    in the newer document's order, removed provisions where they stood
     * @param sections the section correspondence learnt from identical provisions
     */
    record Alignment(List<Pair> pairs, Sections sections) {
    }

    private final ChangeSettings settings;

    Aligner(ChangeSettings settings) {
        this.settings = settings;
    }

    /** Every provision of both lists exactly once, in the newer document's order (removed ones where they stood). */
    Alignment align(List<ProvisionResult> older, List<ProvisionResult> newer) {
        Pairing s = new Pairing(older, newer);
        List<String> olderLiteral = older.stream().map(p -> Words.literal(p.text())).toList();
        List<String> newerLiteral = newer.stream().map(p -> Words.literal(p.text())).toList();
        List<String> olderWords = s.olderWords.stream().map(w -> String.join(" ", w)).toList();
        List<String> newerWords = s.newerWords.stream().map(w -> String.join(" ", w)).toList();
        matchEqual(s, olderLiteral::get, newerLiteral::get);
        s.literal = s.pairedNewer();
        matchEqual(s, olderWords::get, newerWords::get);
        Sections sections = Sections.of(s);
        SimilarityMatcher similar = new SimilarityMatcher(settings);
        similar.match(s, sections, true);
        similar.match(s, sections, false);
        return new Alignment(classify(s, Pieces.find(s)), sections);
    }

    /** Pairs equal keys: same number and section first, then same number, then any; the nearest position wins. */
    private static void matchEqual(Pairing s, IntFunction<String> olderKey, IntFunction<String> newerKey) {
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < s.older.size(); i++) {
            if (s.olderToNewer[i] < 0) {
                byKey.computeIfAbsent(olderKey.apply(i), k -> new ArrayList<>()).add(i);
            }
        }
        for (int strictness = 2; strictness >= 0; strictness--) {
            for (int j = 0; j < s.newer.size(); j++) {
                if (s.newerToOlder[j] >= 0) {
                    continue;
                }
                List<Integer> candidates = byKey.get(newerKey.apply(j));
                if (candidates == null || candidates.isEmpty()) {
                    continue;
                }
                int best = -1;
                for (int c = 0; c < candidates.size(); c++) {
                    int i = candidates.get(c);
                    boolean fits = strictness == 0 || (s.sameNumber(i, j)
                            && (strictness == 1 || s.olderSection(i).equals(s.newerSection(j))));
                    if (fits && (best < 0 || Math.abs(s.position(i, j))
                            < Math.abs(s.position(candidates.get(best), j)))) {
                        best = c;
                    }
                }
                if (best >= 0) {
                    s.pair(candidates.remove(best), j, 1.0);
                }
            }
        }
    }


    private static List<Pair> classify(Pairing s, Pieces parts) {
        boolean[] inOrder = longestIncreasingRun(s);
        Map<Integer, List<Integer>> newerPartsOf = new HashMap<>();
        parts.newer.forEach((piece, host) -> newerPartsOf.computeIfAbsent(host, k -> new ArrayList<>()).add(piece));
        Map<Integer, List<Integer>> olderPartsOf = new HashMap<>();
        parts.older.forEach((piece, host) -> olderPartsOf.computeIfAbsent(host, k -> new ArrayList<>()).add(piece));
        List<Pair> pairs = new ArrayList<>(s.older.size() + s.newer.size());
        for (int[] o : order(s)) {
            if (o[2] < 0) {
                int i = -1 - o[2];
                pairs.add(new Pair(i, -1, ChangeKind.REMOVED, 0, false, List.of(), List.of(),
                        parts.older.containsKey(i)));
                continue;
            }
            int j = o[2];
            int i = s.newerToOlder[j];
            if (i < 0) {
                pairs.add(new Pair(-1, j, ChangeKind.ADDED, 0, false, List.of(), List.of(),
                        parts.newer.containsKey(j)));
                continue;
            }
            boolean sameWords = s.olderWords.get(i).equals(s.newerWords.get(j));
            ChangeKind kind = !s.literal[j] ? ChangeKind.MODIFIED
                    : inOrder[j] && Objects.equals(s.older.get(i).number(), s.newer.get(j).number())
                    ? ChangeKind.UNCHANGED : ChangeKind.MOVED;
            List<Integer> olderParts = sorted(olderPartsOf.get(j));
            List<Integer> newerParts = sorted(newerPartsOf.get(j));
            boolean whole = olderParts.isEmpty() && newerParts.isEmpty();
            pairs.add(new Pair(i, j, kind, s.similarity[j], sameWords && whole, olderParts, newerParts, false));
        }
        return pairs;
    }

    private static List<Integer> sorted(List<Integer> values) {
        return values == null ? List.of() : values.stream().sorted().toList();
    }

    /**
     * The listing order: newer provisions in order; each removed one right after the newer provision paired with
     * the nearest older provision before it. Entries are {anchor, 0 for newer / 1 for removed, j or -1 - i}.
     */
    private static List<int[]> order(Pairing s) {
        int[] anchor = new int[s.older.size()];
        int last = -1;
        for (int i = 0; i < s.older.size(); i++) {
            if (s.olderToNewer[i] >= 0) {
                last = s.olderToNewer[i];
            }
            anchor[i] = last;
        }
        List<int[]> order = new ArrayList<>();
        for (int j = 0; j < s.newer.size(); j++) {
            order.add(new int[] {j, 0, j});
        }
        for (int i = 0; i < s.older.size(); i++) {
            if (s.olderToNewer[i] < 0) {
                order.add(new int[] {anchor[i], 1, -1 - i});
            }
        }
        order.sort(Comparator.<int[]>comparingInt(o -> o[0]).thenComparingInt(o -> o[1])
                .thenComparingInt(o -> -o[2]));
        return order;
    }

    /** Marks the newer provisions whose pairs form the longest run in which older positions increase. */
    private static boolean[] longestIncreasingRun(Pairing s) {
        int m = s.newer.size();
        int[] tails = new int[m];
        int[] tailIndex = new int[m];
        int[] previous = new int[m];
        Arrays.fill(previous, -1);
        int length = 0;
        for (int j = 0; j < m; j++) {
            int i = s.newerToOlder[j];
            if (i < 0) {
                continue;
            }
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tails[mid] < i) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            tails[lo] = i;
            tailIndex[lo] = j;
            previous[j] = lo > 0 ? tailIndex[lo - 1] : -1;
            if (lo == length) {
                length++;
            }
        }
        boolean[] in = new boolean[m];
        for (int j = length > 0 ? tailIndex[length - 1] : -1; j >= 0; j = previous[j]) {
            in[j] = true;
        }
        return in;
    }

}
