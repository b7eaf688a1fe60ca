package org.clausemap.archive.diff;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clausemap.analysis.ProvisionResult;

/**
 * Which sections of the older version correspond to which of the newer one, learnt from the identical pairs.
 * A section is the first two headings of a provision's section path.
 */
record Sections(Map<String, Set<String>> newerOf, Map<String, Set<String>> olderOf) {

    /** The section a provision stands in, for correspondence: the first two headings of its section path. */
    static String key(ProvisionResult p) {
        List<String> path = p.sectionPath();
        return String.join("\u0000", path.subList(0, Math.min(2, path.size())));
    }

    /** The correspondence learnt from the pairs made so far (the identical ones). */
    static Sections of(Pairing s) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        Map<String, Map<String, Integer>> reverse = new HashMap<>();
        for (int j = 0; j < s.newer.size(); j++) {
            int i = s.newerToOlder[j];
            if (i >= 0) {
                counts.computeIfAbsent(s.olderSection(i), k -> new HashMap<>())
                        .merge(s.newerSection(j), 1, Integer::sum);
                reverse.computeIfAbsent(s.newerSection(j), k -> new HashMap<>())
                        .merge(s.olderSection(i), 1, Integer::sum);
            }
        }
        return new Sections(modes(counts), modes(reverse));
    }

    private static Map<String, Set<String>> modes(Map<String, Map<String, Integer>> counts) {
        Map<String, Set<String>> out = new HashMap<>();
        counts.forEach((from, to) -> {
            int max = to.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            Set<String> best = new LinkedHashSet<>();
            to.forEach((section, n) -> {
                if (n == max) {
                    best.add(section);
                }
            });
            out.put(from, best);
        });
        return out;
    }

    /** Whether an older section (as {@link #key}) corresponds to a newer one. */
    boolean correspond(String older, String newer) {
        return older.equals(newer) || newerOf.getOrDefault(older, Set.of()).contains(newer)
                || olderOf.getOrDefault(newer, Set.of()).contains(older);
    }
}
