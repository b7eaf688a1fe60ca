package org.clausemap.archive.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.clausemap.analysis.Analysis;
import org.clausemap.analysis.ProvisionResult;
import org.clausemap.scoring.ScoredEngagement;

/**
 * What the rules found in one provision, in the shape a comparison needs.
 *
 * @param categories  its categories
 * @param forms       its deontic forms
 * @param qualifiers  its qualifiers
 * @param frameworks  framework id to its highest engagement score in this provision
 * @param byCategory  category to (framework id to score) of the engagements it produced
 */
record Facts(Set<String> categories, Set<String> forms, Set<String> qualifiers, Map<String, Integer> frameworks,
             Map<String, Map<String, Integer>> byCategory) {

    static final Facts NONE = new Facts(Set.of(), Set.of(), Set.of(), Map.of(), Map.of());

    /** The facts of every provision of an analysis, by provision id. */
    static Map<String, Facts> of(Analysis analysis) {
        Map<String, List<ScoredEngagement>> engagements = new HashMap<>();
        for (ScoredEngagement e : analysis.engagements()) {
            engagements.computeIfAbsent(e.provisionId(), k -> new ArrayList<>()).add(e);
        }
        Map<String, Facts> out = new HashMap<>();
        for (ProvisionResult p : analysis.provisions()) {
            out.computeIfAbsent(p.id(), id -> of(p, engagements.getOrDefault(id, List.of())));
        }
        return out;
    }

    /** The facts of several provisions read as one (a provision and the pieces it was split into or merged from). */
    Facts with(Facts other) {
        Set<String> c = new TreeSet<>(categories);
        c.addAll(other.categories);
        Set<String> f = new TreeSet<>(forms);
        f.addAll(other.forms);
        Set<String> q = new TreeSet<>(qualifiers);
        q.addAll(other.qualifiers);
        Map<String, Integer> fw = new TreeMap<>(frameworks);
        other.frameworks.forEach((k, v) -> fw.merge(k, v, Math::max));
        Map<String, Map<String, Integer>> by = new TreeMap<>();
        byCategory.forEach((k, v) -> by.put(k, new TreeMap<>(v)));
        other.byCategory.forEach((k, v) -> v.forEach((fwId, score) ->
                by.computeIfAbsent(k, x -> new TreeMap<>()).merge(fwId, score, Math::max)));
        return new Facts(c, f, q, fw, by);
    }

    private static Facts of(ProvisionResult p, List<ScoredEngagement> engagements) {
        Map<String, Integer> frameworks = new TreeMap<>();
        Map<String, Map<String, Integer>> byCategory = new TreeMap<>();
        for (ScoredEngagement e : engagements) {
            frameworks.merge(e.framework(), e.score(), Math::max);
            byCategory.computeIfAbsent(e.category(), k -> new TreeMap<>()).merge(e.framework(), e.score(), Math::max);
        }
        return new Facts(new TreeSet<>(p.categories()), new TreeSet<>(p.forms()), new TreeSet<>(p.qualifiers()),
                frameworks, byCategory);
    }
}
