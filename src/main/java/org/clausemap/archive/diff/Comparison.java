package org.clausemap.archive.diff;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.clausemap.analysis.Analysis;
import org.clausemap.analysis.ProvisionResult;

/**
 * One comparison of two analyses: what the rules found in each provision, the clauses around them, and the
 * {@link Comparer} that turns each aligned pair into a change. Lives for one {@link ChangeSummarizer#summarize} call.
 */
final class Comparison {

    private final Analysis older;
    private final Analysis newer;
    private final ChangeSettings settings;
    private final Map<String, Facts> before;
    private final Map<String, Facts> after;
    private final Clauses clauses;
    private final Comparer comparer;

    Comparison(Analysis older, Analysis newer, Names names, ChangeSettings settings, Sections sections) {
        this.older = older;
        this.newer = newer;
        this.settings = settings;
        this.before = Facts.of(older);
        this.after = Facts.of(newer);
        this.clauses = new Clauses(older.provisions(), newer.provisions(), before, after, sections);
        Set<String> olderMitigations = mitigations(older, names);
        Set<String> newerMitigations = mitigations(newer, names);
        this.comparer = new Comparer(names, settings.materialScoreDelta(),
                olderMitigations.stream().filter(m -> !newerMitigations.contains(m)).toList(),
                newerMitigations.stream().filter(m -> !olderMitigations.contains(m)).toList());
    }

    Comparer comparer() {
        return comparer;
    }

    /** The change of an aligned pair, or null when there is nothing to list. */
    ProvisionChange change(Aligner.Pair pair) {
        ProvisionResult o = pair.older() < 0 ? null : older.provisions().get(pair.older());
        ProvisionResult n = pair.newer() < 0 ? null : newer.provisions().get(pair.newer());
        Facts was = facts(before, o);
        for (int part : pair.olderParts()) {
            was = was.with(facts(before, older.provisions().get(part)));
        }
        Facts is = facts(after, n);
        for (int part : pair.newerParts()) {
            is = is.with(facts(after, newer.provisions().get(part)));
        }
        return comparer.compare(pair, o, n, wholeProvision(pair) ? Sides.of(was, is)
                : new Sides(was, is, clauses.olderSide(o, n, was), clauses.newerSide(o, n, is)));
    }

    /**
     * Whether the pair is compared provision to provision: identical wording, or so similar (at least
     * {@link ChangeSettings#movedSimilarity()}) and unsplit that it is plainly the same provision; a category that
     * appears in it is new even where another sentence of its clause already had it.
     */
    private boolean wholeProvision(Aligner.Pair pair) {
        return switch (pair.kind()) {
            case UNCHANGED, MOVED -> true;
            case ADDED, REMOVED -> false;
            case MODIFIED -> pair.similarity() >= settings.movedSimilarity() && pair.olderParts().isEmpty()
                    && pair.newerParts().isEmpty();
        };
    }

    private static Facts facts(Map<String, Facts> facts, ProvisionResult p) {
        return p == null ? Facts.NONE : facts.getOrDefault(p.id(), Facts.NONE);
    }

    /** The categories of the mitigation group found anywhere in the document. */
    private static Set<String> mitigations(Analysis a, Names names) {
        Set<String> out = new TreeSet<>();
        for (ProvisionResult p : a.provisions()) {
            p.categories().stream().filter(c -> ChangeSummarizer.MITIGATION.equals(names.group(c))).forEach(out::add);
        }
        return out;
    }
}
