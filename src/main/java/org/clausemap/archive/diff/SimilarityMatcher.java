package org.clausemap.archive.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs the provisions left after the exact passes by similarity, best first (see {@link Aligner}).
 */
final class SimilarityMatcher {

    static final int CANDIDATES = 8;
    static final int RARE = 16;
    static final int SAME_NUMBER_CANDIDATES = 24;
    private static final double SAME_NUMBER_BONUS = 0.05;

    private final ChangeSettings settings;

    SimilarityMatcher(ChangeSettings settings) {
        this.settings = settings;
    }

    /**
     * Pairs unpaired provisions of corresponding sections ({@code corresponding}) or of other sections, above the
     * threshold that applies.
     */
    void match(Pairing s, Sections sections, boolean corresponding) {
        boolean[][] correspond = s.correspondence(sections);
        Map<String, List<Integer>> postings = new HashMap<>();
        Map<String, List<Integer>> byNumber = new HashMap<>();
        for (int i = 0; i < s.older.size(); i++) {
            if (s.olderToNewer[i] >= 0) {
                continue;
            }
            for (String sh : s.olderShingles(i)) {
                postings.computeIfAbsent(sh, k -> new ArrayList<>()).add(i);
            }
            String number = s.older.get(i).number();
            if (number != null) {
                byNumber.computeIfAbsent(number, k -> new ArrayList<>()).add(i);
            }
        }
        if (postings.isEmpty()) {
            return;
        }
        int[] hits = new int[s.older.size()];
        List<Candidate> candidates = new ArrayList<>();
        for (int j = 0; j < s.newer.size(); j++) {
            if (s.newerToOlder[j] >= 0) {
                continue;
            }
            int section = s.newerSectionIds[j];
            Set<String> shingles = s.newerShingles(j);
            List<Integer> touched = new ArrayList<>();
            for (String sh : shingles) {
                List<Integer> posting = postings.get(sh);
                if (posting == null || posting.size() > RARE) {
                    continue;
                }
                for (int i : posting) {
                    if (correspond[s.olderSectionIds[i]][section] == corresponding && hits[i]++ == 0) {
                        touched.add(i);
                    }
                }
            }
            Set<Integer> chosen = new LinkedHashSet<>(top(s, j, touched, hits));
            touched.forEach(i -> hits[i] = 0);
            if (corresponding) {
                int newer = j;
                byNumber.getOrDefault(s.newer.get(j).number(), List.of()).stream()
                        .filter(i -> correspond[s.olderSectionIds[i]][section])
                        .sorted(Comparator.comparingDouble(i -> Math.abs(s.position(i, newer))))
                        .limit(SAME_NUMBER_CANDIDATES).forEach(chosen::add);
            }
            for (int i : chosen) {
                double similarity = Words.dice(s.olderShingles(i), shingles);
                boolean numbered = s.sameNumber(i, j);
                double threshold = !corresponding ? settings.movedSimilarity()
                        : numbered ? settings.numberedSimilarity() : settings.matchSimilarity();
                if (similarity >= threshold) {
                    candidates.add(new Candidate(i, j, similarity, similarity + (numbered ? SAME_NUMBER_BONUS : 0),
                            Math.abs(s.position(i, j))));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::rank).reversed()
                .thenComparingDouble(Candidate::distance));
        for (Candidate c : candidates) {
            if (s.olderToNewer[c.older] < 0 && s.newerToOlder[c.newer] < 0) {
                s.pair(c.older, c.newer, c.similarity);
            }
        }
    }

    /** The {@value #CANDIDATES} older provisions sharing the most rare shingles with newer {@code j}, nearest first. */
    private static List<Integer> top(Pairing s, int j, List<Integer> touched, int[] hits) {
        if (touched.size() <= CANDIDATES) {
            return touched;
        }
        List<Integer> sorted = new ArrayList<>(touched);
        sorted.sort(Comparator.comparingInt((Integer i) -> -hits[i])
                .thenComparingDouble(i -> Math.abs(s.position(i, j))));
        return sorted.subList(0, CANDIDATES);
    }

    private record Candidate(int older, int newer, double similarity, double rank, double distance) {
    }
}
