package org.clausemap.archive.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clausemap.analysis.ProvisionResult;

/**
 * The pairing of two provision lists under construction, with each provision's substantive words, shingles and
 * section computed once. Mutable; one per alignment.
 */
final class Pairing {

    final List<ProvisionResult> older;
    final List<ProvisionResult> newer;
    final List<List<String>> olderWords;
    final List<List<String>> newerWords;
    final int[] olderToNewer;
    final int[] newerToOlder;
    final double[] similarity;
    boolean[] literal;
    private final List<Set<String>> olderShingles;
    private final List<Set<String>> newerShingles;
    private final List<String> olderSections;
    private final List<String> newerSections;
    final int[] olderSectionIds;
    final int[] newerSectionIds;
    private final List<String> olderSectionNames = new ArrayList<>();
    private final List<String> newerSectionNames = new ArrayList<>();

    Pairing(List<ProvisionResult> older, List<ProvisionResult> newer) {
        this.older = older;
        this.newer = newer;
        olderWords = older.stream().map(p -> Words.substantive(p.text())).toList();
        newerWords = newer.stream().map(p -> Words.substantive(p.text())).toList();
        olderShingles = new ArrayList<>(Collections.nCopies(older.size(), null));
        newerShingles = new ArrayList<>(Collections.nCopies(newer.size(), null));
        olderSections = older.stream().map(Sections::key).toList();
        newerSections = newer.stream().map(Sections::key).toList();
        olderSectionIds = ids(olderSections, olderSectionNames);
        newerSectionIds = ids(newerSections, newerSectionNames);
        olderToNewer = new int[older.size()];
        newerToOlder = new int[newer.size()];
        similarity = new double[newer.size()];
        Arrays.fill(olderToNewer, -1);
        Arrays.fill(newerToOlder, -1);
    }

    private static int[] ids(List<String> sections, List<String> names) {
        Map<String, Integer> ids = new HashMap<>();
        int[] out = new int[sections.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = ids.computeIfAbsent(sections.get(k), name -> {
                names.add(name);
                return names.size() - 1;
            });
        }
        return out;
    }

    /** Whether older section id {@code [o]} corresponds to newer section id {@code [n]}. */
    boolean[][] correspondence(Sections sections) {
        boolean[][] out = new boolean[olderSectionNames.size()][newerSectionNames.size()];
        for (int o = 0; o < out.length; o++) {
            for (int n = 0; n < out[o].length; n++) {
                out[o][n] = sections.correspond(olderSectionNames.get(o), newerSectionNames.get(n));
            }
        }
        return out;
    }

    String olderSection(int i) {
        return olderSections.get(i);
    }

    String newerSection(int j) {
        return newerSections.get(j);
    }

    Set<String> olderShingles(int i) {
        Set<String> sh = olderShingles.get(i);
        if (sh == null) {
            sh = Words.shingles(olderWords.get(i));
            olderShingles.set(i, sh);
        }
        return sh;
    }

    Set<String> newerShingles(int j) {
        Set<String> sh = newerShingles.get(j);
        if (sh == null) {
            sh = Words.shingles(newerWords.get(j));
            newerShingles.set(j, sh);
        }
        return sh;
    }

    boolean sameNumber(int i, int j) {
        String n = newer.get(j).number();
        return n != null && n.equals(older.get(i).number());
    }

    void pair(int i, int j, double sim) {
        olderToNewer[i] = j;
        newerToOlder[j] = i;
        similarity[j] = sim;
    }

    boolean[] pairedNewer() {
        boolean[] paired = new boolean[newer.size()];
        for (int j = 0; j < paired.length; j++) {
            paired[j] = newerToOlder[j] >= 0;
        }
        return paired;
    }

    /** Difference of relative positions (0-1) of older {@code i} and newer {@code j}. */
    double position(int i, int j) {
        return (double) i / Math.max(1, older.size()) - (double) j / Math.max(1, newer.size());
    }
}
