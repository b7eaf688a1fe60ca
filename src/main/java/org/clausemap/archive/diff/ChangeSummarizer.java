package org.clausemap.archive.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.clausemap.analysis.Analysis;
import org.clausemap.analysis.Core;
import org.clausemap.engine.RuleSet;
import org.clausemap.engine.RuleSetManifest;
import org.clausemap.regulation.RegulationCatalog;
import org.clausemap.scoring.FrameworkScore;

/**
 * Compares two analysed versions of a document: which provisions were added, removed, modified, moved or left
 * alone, what that changes in substance, and how the risk per framework and for the document moved. The two
 * analyses should be of the same document and run with the same jurisdictions; they may come from storage. Names of
 * categories and frameworks are taken from the rule set in force and the regulations catalog. Thread-safe.
 *
 * <pre>{@code
 * ChangeSummary summary = ChangeSummarizer.of(core).summarize(olderAnalysis, newerAnalysis);
 * summary.materialChanges().forEach(c -> System.out.println(c.sentence()));
 * }</pre>
 */
public final class ChangeSummarizer {

    /** The category group of the rule set manifest whose categories lower risks elsewhere in a document. */
    static final String MITIGATION = "mitigation";

    private final Supplier<RuleSetManifest> manifest;
    private final RegulationCatalog regulations;
    private final ChangeSettings settings;

    /** Names categories from the rule set in force at each comparison (it follows reloads). */
    public ChangeSummarizer(RuleSet rules, RegulationCatalog regulations, ChangeSettings settings) {
        this(() -> rules.current().manifest(), regulations, settings);
    }

    public ChangeSummarizer(RuleSetManifest manifest, RegulationCatalog regulations, ChangeSettings settings) {
        this(() -> manifest, regulations, settings);
    }

    private ChangeSummarizer(Supplier<RuleSetManifest> manifest, RegulationCatalog regulations,
                             ChangeSettings settings) {
        this.manifest = Objects.requireNonNull(manifest, "manifest");
        this.regulations = Objects.requireNonNull(regulations, "regulations");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** A summarizer over the loaded content, with the default thresholds. */
    public static ChangeSummarizer of(Core core) {
        return new ChangeSummarizer(core.rules(), core.regulations(), ChangeSettings.defaults());
    }

    public ChangeSettings settings() {
        return settings;
    }

    /** What changed from {@code older} to {@code newer}. */
    public ChangeSummary summarize(Analysis older, Analysis newer) {
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        Aligner.Alignment alignment = new Aligner(settings).align(older.provisions(), newer.provisions());
        Comparison comparison = new Comparison(older, newer, new Names(manifest.get(), regulations), settings,
                alignment.sections());
        Map<ChangeKind, Integer> kinds = new EnumMap<>(ChangeKind.class);
        List<ProvisionChange> changes = new ArrayList<>();
        for (Aligner.Pair pair : alignment.pairs()) {
            kinds.merge(pair.kind(), 1, Integer::sum);
            ProvisionChange change = comparison.change(pair);
            if (change != null) {
                changes.add(change);
            }
        }
        List<ProvisionChange> ordered = Stream.concat(changes.stream().filter(ProvisionChange::material),
                changes.stream().filter(c -> !c.material())).toList();
        int material = (int) changes.stream().filter(ProvisionChange::material).count();
        ChangeCounts counts = new ChangeCounts(older.provisions().size(), newer.provisions().size(),
                kinds.getOrDefault(ChangeKind.ADDED, 0), kinds.getOrDefault(ChangeKind.REMOVED, 0),
                kinds.getOrDefault(ChangeKind.MODIFIED, 0), kinds.getOrDefault(ChangeKind.MOVED, 0),
                kinds.getOrDefault(ChangeKind.UNCHANGED, 0), material, changes.size() - material);
        return new ChangeSummary(version(older), version(newer), settings, counts, document(older, newer),
                frameworks(older, newer, comparison.comparer()), ordered, ChangeSummary.DISCLAIMER);
    }

    private static VersionInfo version(Analysis a) {
        return new VersionInfo(a.document(), a.analysedAt(), a.ruleSet(), a.provisions().size());
    }

    private static DocumentDelta document(Analysis older, Analysis newer) {
        return new DocumentDelta(older.score().score(), newer.score().score(),
                newer.score().score() - older.score().score(), older.score().band(), newer.score().band(),
                older.score().drivingFramework(), newer.score().drivingFramework());
    }

    /** Every framework scored in either version, largest change first, then highest newer score. */
    private static List<FrameworkDelta> frameworks(Analysis older, Analysis newer, Comparer comparer) {
        Set<String> ids = new TreeSet<>();
        older.frameworks().forEach(f -> ids.add(f.id()));
        newer.frameworks().forEach(f -> ids.add(f.id()));
        List<FrameworkDelta> out = new ArrayList<>();
        for (String id : ids) {
            FrameworkScore o = find(older, id);
            FrameworkScore n = find(newer, id);
            FrameworkDelta d = comparer.delta(id, o == null ? null : o.score(), n == null ? null : n.score());
            out.add(new FrameworkDelta(id, d.name(), d.older(), d.newer(), d.delta(),
                    o == null ? null : o.band(), n == null ? null : n.band()));
        }
        out.sort(Comparator.comparingInt((FrameworkDelta f) -> -Math.abs(f.delta()))
                .thenComparingInt(f -> -(f.newer() == null ? -1 : f.newer())).thenComparing(FrameworkDelta::framework));
        return out;
    }

    private static FrameworkScore find(Analysis a, String id) {
        return a.frameworks().stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
    }
}
