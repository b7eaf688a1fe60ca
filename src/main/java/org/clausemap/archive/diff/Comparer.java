package org.clausemap.archive.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.clausemap.analysis.ProvisionResult;

/**
 * Compares what the rules found in the two provisions of a pair and decides whether the change is material.
 * <p>
 * When the substantive words differ (or a provision was added or removed), a category that appears or disappears
 * is material, so is a changed deontic form or qualifier of a categorised provision, a framework that becomes or
 * stops being engaged, and a framework score that moves by at least the threshold. When the substantive words are
 * the same (unchanged, moved, or changed only in numbering, links, punctuation or case), only a score that moves by
 * at least the threshold in a framework engaged in both is material: the cause then lies elsewhere in the document
 * (a mitigation that came or went); differing categories or qualifiers would be artefacts of numbering and are
 * left out.
 */
final class Comparer {

    private final Names names;
    private final Sentences sentences;
    private final int threshold;

    Comparer(Names names, int materialScoreDelta, List<String> mitigationsGone, List<String> mitigationsNew) {
        this.names = names;
        this.sentences = new Sentences(names, materialScoreDelta, mitigationsGone, mitigationsNew);
        this.threshold = materialScoreDelta;
    }

    /**
     * The change of a pair, or null when nothing is worth listing (identical and in place, scores within noise).
     * A piece of a split or merged provision is editorial: its substance is compared in the pair it belongs to,
     * whose sides include it. Something that appears is new only if the older clause lacked it, something that
     * disappears is gone only if the newer clause lacks it (see {@link Clauses}).
     */
    ProvisionChange compare(Aligner.Pair pair, ProvisionResult older, ProvisionResult newer, Sides sides) {
        if (pair.part()) {
            return new ProvisionChange(pair.kind(), Significance.EDITORIAL, older, newer, pair.similarity(), List.of(),
                    List.of(), List.of(), null, List.of());
        }
        boolean reworded = switch (pair.kind()) {
            case ADDED, REMOVED -> true;
            case MODIFIED -> !pair.sameWords();
            case MOVED, UNCHANGED -> false;
        };
        List<CategoryChange> categories = reworded ? categories(sides) : List.of();
        boolean categorised = !sides.before().categories().isEmpty() || !sides.after().categories().isEmpty();
        List<TermChange> terms = reworded && pair.kind() == ChangeKind.MODIFIED && categorised ? terms(sides)
                : List.of();
        List<FrameworkDelta> frameworks = frameworks(sides.before(), sides.after(), reworded);
        boolean material = !categories.isEmpty() || !terms.isEmpty()
                || frameworks.stream().anyMatch(f -> materialScore(f, sides));
        if (pair.kind() == ChangeKind.UNCHANGED && !material) {
            return null;
        }
        List<DiffSegment> diff = pair.kind() == ChangeKind.MODIFIED
                ? WordDiff.diff(Words.written(older.text()), Words.written(newer.text())) : List.of();
        String sentence = material
                ? sentences.of(pair.kind(), older, newer, categories, terms, frameworks, sides, reworded) : null;
        return new ProvisionChange(pair.kind(), material ? Significance.MATERIAL : Significance.EDITORIAL, older,
                newer, pair.similarity(), categories, terms, frameworks, sentence, diff);
    }

    /** Categories new to the older clause, and categories gone from the newer clause. */
    private List<CategoryChange> categories(Sides sides) {
        List<CategoryChange> out = new ArrayList<>();
        for (String c : minus(sides.after().categories(), sides.olderClause().categories())) {
            out.add(new CategoryChange(c, names.category(c), names.group(c), Direction.APPEARED));
        }
        for (String c : minus(sides.before().categories(), sides.newerClause().categories())) {
            out.add(new CategoryChange(c, names.category(c), names.group(c), Direction.DISAPPEARED));
        }
        return out;
    }

    /**
     * A framework engaged where the older clause did not engage it, no longer engaged where the newer clause does
     * not engage it either, or a score that moved by at least the threshold.
     */
    private boolean materialScore(FrameworkDelta f, Sides sides) {
        if (f.engaged()) {
            return !sides.olderClause().frameworks().containsKey(f.framework());
        }
        if (f.disengaged()) {
            return !sides.newerClause().frameworks().containsKey(f.framework());
        }
        return Math.abs(f.delta()) >= threshold;
    }

    /** Forms and qualifiers new to the older clause, and those gone from the newer clause. */
    private static List<TermChange> terms(Sides sides) {
        List<TermChange> out = new ArrayList<>();
        minus(sides.after().forms(), sides.olderClause().forms())
                .forEach(f -> out.add(new TermChange("form", f, Direction.APPEARED)));
        minus(sides.before().forms(), sides.newerClause().forms())
                .forEach(f -> out.add(new TermChange("form", f, Direction.DISAPPEARED)));
        minus(sides.after().qualifiers(), sides.olderClause().qualifiers())
                .forEach(q -> out.add(new TermChange("qualifier", q, Direction.APPEARED)));
        minus(sides.before().qualifiers(), sides.newerClause().qualifiers())
                .forEach(q -> out.add(new TermChange("qualifier", q, Direction.DISAPPEARED)));
        return out;
    }

    private List<FrameworkDelta> frameworks(Facts before, Facts after, boolean reworded) {
        Set<String> ids = new TreeSet<>(before.frameworks().keySet());
        ids.addAll(after.frameworks().keySet());
        List<FrameworkDelta> out = new ArrayList<>();
        for (String id : ids) {
            Integer o = before.frameworks().get(id);
            Integer n = after.frameworks().get(id);
            boolean both = o != null && n != null;
            if ((both && !o.equals(n)) || (!both && reworded)) {
                out.add(delta(id, o, n));
            }
        }
        out.sort(Comparator.comparingInt((FrameworkDelta f) -> -Math.abs(f.delta()))
                .thenComparing(FrameworkDelta::framework));
        return out;
    }

    FrameworkDelta delta(String id, Integer older, Integer newer) {
        int delta = (newer == null ? 0 : newer) - (older == null ? 0 : older);
        return new FrameworkDelta(id, names.framework(id), older, newer, delta, names.band(older), names.band(newer));
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }
}
