package org.clausemap.export.workbook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.clausemap.analysis.Analysis;
import org.clausemap.analysis.DocumentInfo;
import org.clausemap.analysis.ProvisionResult;
import org.clausemap.analysis.RuleSetInfo;
import org.clausemap.checklist.ChecklistItem;
import org.clausemap.checklist.Evidence;
import org.clausemap.engine.RuleFiring;
import org.clausemap.provision.LanguageCheck;
import org.clausemap.provision.SourceLocation;
import org.clausemap.scoring.DocumentScore;
import org.clausemap.scoring.FrameworkScore;
import org.clausemap.scoring.ScoreFactor;
import org.clausemap.scoring.ScoredEngagement;

/** Builds {@link Analysis} values by hand, so workbook tests need neither rules nor documents. */
final class AnalysisFixture {

    static final String SHA = "5f1c0e9a4b7d2e8f6a3c1b0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f";
    static final String URL = "https://example.com/legal/terms";
    static final String FORMULA_TEXT = "=HYPERLINK(\"http://evil.example\",\"click\")";
    static final String PLUS_TEXT = "+cmd|' /C calc'!A0";
    static final String AT_TEXT = "@SUM(1+1)";

    private String source = URL;
    private final List<ProvisionResult> provisions = new ArrayList<>();
    private final List<ScoredEngagement> engagements = new ArrayList<>();
    private final List<FrameworkScore> frameworks = new ArrayList<>();
    private final List<ChecklistItem> checklist = new ArrayList<>();
    private final List<RuleFiring> trace = new ArrayList<>();

    /** Three provisions (two of them formula-like), two frameworks, two actions, a short trace. */
    static AnalysisFixture sample() {
        return new AnalysisFixture()
                .provision("4.2-aa11", "4.2", "You may not use Outputs to develop models that compete with us.",
                        "competing-model-restriction")
                .provision("p-bb22", null, FORMULA_TEXT, "output-use-restriction")
                .provision("7-cc33", "7", PLUS_TEXT)
                .provision("8-dd44", "8", AT_TEXT)
                .engagement("4.2-aa11", "competing-model-restriction", "eu-dma", "Art. 6(6) DMA", 42,
                        factor("severity", 60), factor("relevance", 0.7), factor("strength", 1.0))
                .engagement("4.2-aa11", "competing-model-restriction", "us-sherman", "15 U.S.C. \u00A7 2", 18,
                        factor("severity", 50), factor("relevance", 0.6), factor("jurisdiction", 0.6))
                .engagement("p-bb22", "output-use-restriction", "eu-dma", "Art. 6(7) DMA", 30,
                        factor("severity", 60), factor("relevance", 0.5))
                .framework("eu-dma", "Digital Markets Act", "Regulation (EU) 2022/1925", 42, 2, "4.2-aa11")
                .framework("us-sherman", "Sherman Act", "15 U.S.C. \u00A7\u00A7 1-7", 18, 1, "4.2-aa11")
                .action("review-competing-use", "Assess whether the competing-use ban blocks planned work", "high",
                        "legal", List.of("eu-dma", "us-sherman"), List.of("Art. 6(6) DMA", "15 U.S.C. \u00A7 2"),
                        new Evidence("4.2-aa11", "4.2", "You may not use Outputs to develop models that compete with"
                                + " us.", "competing-model-restriction", "eu-dma", 42),
                        new Evidence("p-bb22", null, FORMULA_TEXT, "output-use-restriction", "eu-dma", 30))
                .action("map-output-use", "List the uses of outputs the product depends on", "medium", "engineering",
                        List.of("eu-dma"), List.of("Art. 6(7) DMA"),
                        new Evidence("p-bb22", null, FORMULA_TEXT, "output-use-restriction", "eu-dma", 30))
                .firing("classify.competing-model", "classify", "4.2-aa11")
                .firing("map.competing-model.dma", "map", "4.2-aa11")
                .firing("score.strength.absolute", "score", "4.2-aa11", "p-bb22");
    }

    static ScoreFactor factor(String name, double value) {
        return new ScoreFactor(name, value, name + " reason", "rule." + name);
    }

    static String band(int score) {
        return score >= 75 ? "critical" : score >= 50 ? "high" : score >= 25 ? "medium" : "low";
    }

    AnalysisFixture source(String source) {
        this.source = source;
        return this;
    }

    AnalysisFixture provision(String id, String number, String text, String... categories) {
        provisions.add(new ProvisionResult(id, number, List.of("Terms", "Use of Services"), "Heading " + id, text,
                new SourceLocation(provisions.size() + 10, -1, -1, "main > p:nth-child(" + provisions.size() + ")"),
                "sha-" + id, Arrays.asList(categories), List.of("prohibition"), List.of("discretionary"),
                List.of("classify." + id)));
        return this;
    }

    AnalysisFixture engagement(String provisionId, String category, String framework, String citation, int score,
                               ScoreFactor... factors) {
        engagements.add(new ScoredEngagement(provisionId, category, framework, citation,
                category + " engages " + framework, score, band(score),
                List.of("classify." + category, "map." + category + "." + framework), Arrays.asList(factors)));
        return this;
    }

    AnalysisFixture framework(String id, String name, String citation, int score, int count, String driving) {
        frameworks.add(new FrameworkScore(id, name, citation, score, band(score), count, driving));
        return this;
    }

    AnalysisFixture action(String id, String title, String priority, String owner, List<String> frameworkIds,
                           List<String> citations, Evidence... evidence) {
        int max = Arrays.stream(evidence).mapToInt(Evidence::score).max().orElse(0);
        checklist.add(new ChecklistItem(id, title, priority, owner, frameworkIds, citations, Arrays.asList(evidence),
                List.of("checklist." + id), max));
        return this;
    }

    AnalysisFixture firing(String ruleId, String stage, String... provisionIds) {
        trace.add(new RuleFiring(ruleId, stage, Arrays.asList(provisionIds)));
        return this;
    }

    Analysis build() {
        FrameworkScore top = frameworks.isEmpty() ? null : frameworks.get(0);
        DocumentScore score = top == null ? new DocumentScore(0, band(0), null, 0)
                : new DocumentScore(top.score(), top.band(), top.id(),
                (int) engagements.stream().filter(e -> e.score() >= 50).count());
        return new Analysis(new DocumentInfo("Example Terms of Service", source, SHA, "HTML", "example",
                "terms-of-service", new LanguageCheck(provisions.size(), 0, List.of())), Instant.parse("2026-01-15T09:30:00Z"), List.of("EU", "US"), "dominant", score,
                provisions, engagements, frameworks, checklist, trace,
                new RuleSetInfo("rules-7c2f", 57, Instant.parse("2026-01-15T09:00:00Z"), "regs-19ab"),
                Analysis.DISCLAIMER);
    }
}
