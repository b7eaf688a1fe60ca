package org.clausemap.analysis;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.clausemap.checklist.ChecklistBuilder;
import org.clausemap.checklist.ChecklistItem;
import org.clausemap.engine.EngineResult;
import org.clausemap.engine.RuleBase;
import org.clausemap.engine.RuleEngine;
import org.clausemap.engine.RuleSet;
import org.clausemap.engine.facts.Classification;
import org.clausemap.engine.facts.Context;
import org.clausemap.engine.facts.Engagement;
import org.clausemap.engine.facts.Qualifier;
import org.clausemap.ingest.DocumentReader;
import org.clausemap.ingest.Source;
import org.clausemap.provision.Document;
import org.clausemap.provision.LanguageCheck;
import org.clausemap.provision.Provision;
import org.clausemap.regulation.RegulationCatalog;
import org.clausemap.scoring.DocumentScore;
import org.clausemap.scoring.FrameworkScore;
import org.clausemap.scoring.RiskScorer;
import org.clausemap.scoring.ScoredEngagement;

/**
 * The one entry point of the pipeline: source -> document -> rules -> scores -> checklist -> {@link Analysis}.
 * The CLI and the REST API both call this, so they cannot drift apart. Thread-safe.
 */
public final class AnalysisService {

    private final RuleSet rules;
    private final RegulationCatalog regulations;
    private final DocumentReader reader;
    private final RuleEngine engine = new RuleEngine();
    private final ChecklistBuilder checklist = new ChecklistBuilder();
    private final Clock clock;
    private final Set<String> knownJurisdictions;

    public AnalysisService(RuleSet rules, RegulationCatalog regulations, DocumentReader reader, Clock clock) {
        this.rules = rules;
        this.regulations = regulations;
        this.reader = reader;
        this.clock = clock;
        Set<String> known = new TreeSet<>();
        regulations.all().forEach(f -> known.addAll(f.jurisdictions()));
        known.remove("ANY");
        this.knownJurisdictions = Set.copyOf(known);
    }

    public Analysis analyze(Source source, AnalysisOptions options) {
        return analyze(source, options, new StageTimings());
    }

    public Analysis analyze(Source source, AnalysisOptions options, StageTimings timings) {
        checkJurisdictions(options);
        timings.restart();
        Document document = reader.read(source);
        timings.mark("extract");
        return analyze(document, options, timings);
    }

    public Analysis analyze(Document document, AnalysisOptions options) {
        checkJurisdictions(options);
        return analyze(document, options, new StageTimings());
    }

    Analysis analyze(Document document, AnalysisOptions options, StageTimings timings) {
        RuleBase ruleBase = rules.current();
        timings.restart();
        Context context = new Context(Set.copyOf(options.jurisdictions()), options.platform(), options.marketPosition());
        EngineResult result = engine.evaluate(ruleBase, document.provisions(), context, regulations.all());
        timings.mark("rules");

        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < document.provisions().size(); i++) {
            order.put(document.provisions().get(i).id(), i);
        }
        RiskScorer scorer = new RiskScorer(regulations, ruleBase.manifest());
        Map<Engagement, ScoredEngagement> scoreOf = scorer.score(result.engagements(), result.factors());
        List<ScoredEngagement> scored = new ArrayList<>(scoreOf.values());
        scored.sort(Comparator.comparingInt((ScoredEngagement s) -> order.getOrDefault(s.provisionId(), 0))
                .thenComparing(ScoredEngagement::category).thenComparing(ScoredEngagement::framework));
        List<FrameworkScore> frameworks = scorer.byFramework(scored);
        DocumentScore documentScore = scorer.document(frameworks, scored);
        timings.mark("score");

        List<ChecklistItem> items = checklist.build(result.actions(), scoreOf::get,
                id -> order.getOrDefault(id, 0));
        timings.mark("checklist");

        return new Analysis(info(document, options), clock.instant(), options.jurisdictions(),
                options.marketPosition(), documentScore, provisions(document, result), scored, frameworks, items,
                result.firings(), new RuleSetInfo(ruleBase.version(), ruleBase.ruleCount(), ruleBase.loadedAt(),
                regulations.version()), Analysis.DISCLAIMER);
    }

    private void checkJurisdictions(AnalysisOptions options) {
        for (String j : options.jurisdictions()) {
            if (!knownJurisdictions.contains(j)) {
                throw new IllegalArgumentException("unknown jurisdiction \"" + j + "\"; known: "
                        + String.join(", ", new TreeSet<>(knownJurisdictions)));
            }
        }
    }

    private static DocumentInfo info(Document d, AnalysisOptions options) {
        return new DocumentInfo(d.title(), d.source(), d.sha256(), d.format().name(), options.platform(),
                options.documentType(), LanguageCheck.of(d.provisions()));
    }

    private static List<ProvisionResult> provisions(Document document, EngineResult result) {
        Map<String, Set<String>> categories = new HashMap<>();
        Map<String, Set<String>> forms = new HashMap<>();
        Map<String, Set<String>> qualifiers = new HashMap<>();
        Map<String, Set<String>> ruleIds = new HashMap<>();
        for (Classification c : result.classifications()) {
            categories.computeIfAbsent(c.getClause().getId(), k -> new TreeSet<>()).add(c.getCategory());
            ruleIds.computeIfAbsent(c.getClause().getId(), k -> new TreeSet<>()).addAll(c.decidingRuleIds());
        }
        for (Qualifier q : result.qualifiers()) {
            var target = "form".equals(q.getKind()) ? forms : qualifiers;
            target.computeIfAbsent(q.getClause().getId(), k -> new TreeSet<>()).add(q.getName());
            ruleIds.computeIfAbsent(q.getClause().getId(), k -> new TreeSet<>()).add(q.getRuleId());
        }
        List<ProvisionResult> out = new ArrayList<>(document.provisions().size());
        for (Provision p : document.provisions()) {
            out.add(new ProvisionResult(p.id(), p.number(), p.sectionPath(), p.heading(), p.text(), p.location(),
                    p.sha256(), list(categories, p.id()), list(forms, p.id()), list(qualifiers, p.id()),
                    list(ruleIds, p.id()), TermUse.of(result.readings().getOrDefault(p.id(), List.of()))));
        }
        return out;
    }

    private static List<String> list(Map<String, Set<String>> map, String id) {
        Set<String> values = map.get(id);
        return values == null ? List.of() : List.copyOf(new LinkedHashSet<>(values));
    }
}
