package org.clausemap.archive.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import org.clausemap.analysis.Analysis;
import org.clausemap.analysis.Core;
import org.clausemap.analysis.ProvisionResult;
import org.clausemap.archive.Archive;
import org.clausemap.archive.ArchiveException;
import org.clausemap.archive.VersionRef;
import org.clausemap.archive.store.RegisteredDocument;
import org.clausemap.archive.store.VersionRecord;
import org.clausemap.engine.Category;
import org.clausemap.scoring.ScoredEngagement;

/**
 * Compares the latest versions of every registered document on one category. Reads each version's stored analysis
 * (what the rules found when it was recorded); the provisions per category of a version are kept in a small cache,
 * since versions never change. Thread-safe.
 */
public final class PlatformComparison {

    private static final int CACHED_VERSIONS = 256;

    private final Archive archive;
    private final Core core;
    private final Map<UUID, Map<String, List<MatchingProvision>>> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Map<String, List<MatchingProvision>>> eldest) {
            return size() > CACHED_VERSIONS;
        }
    };

    public PlatformComparison(Archive archive, Core core) {
        this.archive = archive;
        this.core = core;
    }

    /**
     * @throws ArchiveException (INVALID) when the rule set has no such category
     */
    public CategoryComparison compare(String categoryId) {
        Category category = category(categoryId);
        List<DocumentColumn> columns = new ArrayList<>();
        for (RegisteredDocument d : archive.documents(null)) {
            Optional<VersionRecord> latest = archive.latest(d);
            if (latest.isEmpty()) {
                continue;
            }
            VersionRecord v = latest.get();
            columns.add(new DocumentColumn(d.id(), d.platform(), d.documentType(), v.title(), VersionRef.of(v),
                    provisions(v).getOrDefault(category.id(), List.of())));
        }
        TreeSet<String> platforms = new TreeSet<>();
        TreeSet<String> with = new TreeSet<>();
        for (DocumentColumn c : columns) {
            platforms.add(c.platform());
            if (c.has()) {
                with.add(c.platform());
            }
        }
        List<String> without = platforms.stream().filter(p -> !with.contains(p)).toList();
        columns.sort(Comparator.comparing((DocumentColumn c) -> !c.has()).thenComparing(DocumentColumn::platform)
                .thenComparing(DocumentColumn::documentType));
        double share = platforms.isEmpty() ? 0 : (double) with.size() / platforms.size();
        return new CategoryComparison(category.id(), category.name(), category.group(), category.description(),
                platforms.size(), with.size(), share, List.copyOf(with), without, columns,
                CategoryComparison.DISCLAIMER);
    }

    private Category category(String id) {
        var manifest = core.rules().current().manifest();
        if (id == null || id.isBlank()) {
            throw new ArchiveException(ArchiveException.Kind.INVALID, "category is required; one of "
                    + known(manifest.categories())).with("field", "category");
        }
        return manifest.category(id.strip()).orElseThrow(() -> new ArchiveException(ArchiveException.Kind.INVALID,
                "Unknown category \"" + id + "\"; known: " + known(manifest.categories())).with("field", "category"));
    }

    private static String known(List<Category> categories) {
        return String.join(", ", categories.stream().map(Category::id).sorted().toList());
    }

    /** The version's provisions by category, from the cache or its stored analysis. */
    private Map<String, List<MatchingProvision>> provisions(VersionRecord v) {
        synchronized (cache) {
            Map<String, List<MatchingProvision>> cached = cache.get(v.id());
            if (cached != null) {
                return cached;
            }
        }
        Map<String, List<MatchingProvision>> byCategory = index(archive.analysis(v));
        synchronized (cache) {
            cache.put(v.id(), byCategory);
        }
        return byCategory;
    }

    static Map<String, List<MatchingProvision>> index(Analysis analysis) {
        Map<String, List<ScoredEngagement>> engagements = new LinkedHashMap<>();
        for (ScoredEngagement e : analysis.engagements()) {
            engagements.computeIfAbsent(e.provisionId() + "\u0000" + e.category(), k -> new ArrayList<>()).add(e);
        }
        Map<String, List<MatchingProvision>> byCategory = new LinkedHashMap<>();
        for (ProvisionResult p : analysis.provisions()) {
            for (String category : p.categories()) {
                List<EngagementScore> scores = engagements.getOrDefault(p.id() + "\u0000" + category, List.of())
                        .stream().sorted(Comparator.comparingInt(ScoredEngagement::score).reversed())
                        .map(e -> new EngagementScore(e.framework(), e.citation(), e.score(), e.band())).toList();
                int max = scores.isEmpty() ? 0 : scores.get(0).score();
                String band = scores.isEmpty() ? null : scores.get(0).band();
                byCategory.computeIfAbsent(category, k -> new ArrayList<>()).add(new MatchingProvision(p.id(),
                        p.number(), p.sectionPath(), p.text(), p.forms(), p.qualifiers(), max, band, scores));
            }
        }
        byCategory.replaceAll((k, v) -> List.copyOf(v));
        return byCategory;
    }
}
