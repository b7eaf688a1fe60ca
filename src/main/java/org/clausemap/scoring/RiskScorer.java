package org.clausemap.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clausemap.engine.RuleSetManifest;
import org.clausemap.engine.facts.Engagement;
import org.clausemap.engine.facts.Factor;
import org.clausemap.regulation.Framework;
import org.clausemap.regulation.RegulationCatalog;

/**
 * Turns engagements and the factors scoring rules attached to them into scores. The arithmetic lives here; every
 * number in it comes from {@code regulations/} (base severity) or from rule metadata (relevance, factor values).
 * The method is documented in {@code docs/methodology.md}.
 */
public final class RiskScorer {

    private final RegulationCatalog regulations;
    private final RuleSetManifest manifest;

    public RiskScorer(RegulationCatalog regulations, RuleSetManifest manifest) {
        this.regulations = regulations;
        this.manifest = manifest;
    }

    /** Scores each engagement with the factors the scoring rules attached to it. */
    public Map<Engagement, ScoredEngagement> score(List<Engagement> engagements, List<Factor> factors) {
        Map<Engagement, List<Factor>> byEngagement = new IdentityHashMap<>();
        for (Factor f : factors) {
            byEngagement.computeIfAbsent(f.getEngagement(), e -> new ArrayList<>()).add(f);
        }
        Map<Engagement, ScoredEngagement> scored = new IdentityHashMap<>();
        for (Engagement e : engagements) {
            scored.put(e, score(e, byEngagement.getOrDefault(e, List.of())));
        }
        return scored;
    }

    ScoredEngagement score(Engagement e, List<Factor> factors) {
        Framework framework = regulations.require(e.getFramework());
        List<ScoreFactor> terms = new ArrayList<>();
        List<String> ruleIds = new ArrayList<>();
        ruleIds.add(e.getClassification().getRuleId());
        ruleIds.add(e.getRuleId());
        terms.add(new ScoreFactor("severity", framework.baseSeverity(), "base severity of " + framework.name(),
                "regulations/" + framework.id() + ".yaml"));
        terms.add(new ScoreFactor("relevance", e.getRelevance(), "how strongly " + e.getCategory()
                + " engages " + framework.id(), e.getRuleId()));
        double value = framework.baseSeverity() * e.getRelevance();
        List<Factor> ordered = new ArrayList<>(factors);
        ordered.sort(Comparator.comparing(Factor::getName).thenComparing(f -> String.valueOf(f.getRuleId())));
        for (Factor f : ordered) {
            terms.add(new ScoreFactor(f.getName(), f.getValue(), f.getReason(), f.getRuleId()));
            ruleIds.add(f.getRuleId());
            value *= f.getValue();
        }
        int score = (int) Math.round(Math.max(0, Math.min(100, value)));
        String citation = e.getCitation() != null ? e.getCitation() : framework.primaryCitation();
        return new ScoredEngagement(e.getClause().getId(), e.getCategory(), framework.id(), citation,
                e.getRationale(), score, manifest.band(score), ruleIds, terms);
    }

    /** Per framework: the highest engagement score; sorted by score, highest first. */
    public List<FrameworkScore> byFramework(List<ScoredEngagement> engagements) {
        Map<String, List<ScoredEngagement>> grouped = new LinkedHashMap<>();
        for (ScoredEngagement s : engagements) {
            grouped.computeIfAbsent(s.framework(), k -> new ArrayList<>()).add(s);
        }
        List<FrameworkScore> out = new ArrayList<>();
        grouped.forEach((id, list) -> {
            ScoredEngagement top = list.stream().max(Comparator.comparingInt(ScoredEngagement::score)).orElseThrow();
            Framework f = regulations.require(id);
            out.add(new FrameworkScore(id, f.name(), f.primaryCitation(), top.score(), manifest.band(top.score()),
                    list.size(), top.provisionId()));
        });
        out.sort(Comparator.comparingInt(FrameworkScore::score).reversed().thenComparing(FrameworkScore::id));
        return out;
    }

    /** The document's score: the highest framework score. */
    public DocumentScore document(List<FrameworkScore> frameworks, List<ScoredEngagement> engagements) {
        int topBands = topTwoBandsFrom();
        int high = (int) engagements.stream().filter(s -> s.score() >= topBands).count();
        if (frameworks.isEmpty()) {
            return new DocumentScore(0, manifest.band(0), null, 0);
        }
        FrameworkScore top = frameworks.get(0);
        return new DocumentScore(top.score(), top.band(), top.id(), high);
    }

    /**
     * The lowest score in the two highest bands of the rule set (high and critical in the shipped bands): band names
     * are the rule set's, so the count is by position, not by name.
     */
    private int topTwoBandsFrom() {
        List<org.clausemap.engine.BandThreshold> bands = manifest.bands();
        return bands.size() < 2 ? Integer.MAX_VALUE : bands.get(bands.size() - 2).from();
    }
}
