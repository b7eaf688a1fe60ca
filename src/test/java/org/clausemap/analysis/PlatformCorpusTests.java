package org.clausemap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.clausemap.checklist.ChecklistItem;
import org.clausemap.ingest.Selectors;
import org.clausemap.ingest.SourceLoader;
import org.clausemap.scoring.ScoredEngagement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * End to end over the real AI-platform terms in ../shared/corpus/platforms (newest version of each document):
 * every document analyses, and the reference findings are reached from the text alone.
 */
class PlatformCorpusTests {

    private static final Path CORPUS = Path.of("..", "shared", "corpus", "platforms");
    private static Core core;

    @BeforeAll
    static void load() {
        core = Core.load(Path.of("rules"), Path.of("regulations"));
    }

    @TestFactory
    Stream<DynamicTest> everyNewestPlatformDocumentAnalysesWithoutError() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "corpus not present");
        return newestDocuments().stream().map(doc -> DynamicTest.dynamicTest(CORPUS.relativize(doc).toString(), () -> {
            Analysis a = analyze(doc);
            assertThat(a.provisions()).isNotEmpty();
            assertThat(a.ruleSet().rules()).isPositive();
            assertThat(a.disclaimer()).isNotBlank();
            a.engagements().forEach(e -> {
                assertThat(e.score()).isBetween(0, 100);
                assertThat(e.ruleIds()).doesNotContainNull().isNotEmpty();
            });
        }));
    }

    @Test
    void awsSection50_5IsACompetingModelRestrictionWithTheReferenceAnalysis() {
        Analysis a = analyze(newest("aws", "service-terms"));
        ProvisionResult p = numbered(a, "50.5");
        assertThat(p.text()).contains("substantially similar").doesNotContain("compet");
        assertThat(p.categories()).contains("competing-model-restriction");
        assertThat(frameworksOf(a, p.id(), "competing-model-restriction"))
                .contains("us-copyright", "trade-secrets", "ftc-act-5", "tfeu-101", "tfeu-102");
        ChecklistItem segregate = action(a, "segregate-outputs");
        assertThat(segregate.title()).containsIgnoringCase("model-training pipelines");
        assertThat(segregate.evidence()).anySatisfy(ev -> assertThat(ev.provisionId()).isEqualTo(p.id()));
        assertThat(segregate.citations()).isNotEmpty();
    }

    @Test
    void awsSection50_11IsModelExtractionMappedToTradeSecrets() {
        Analysis a = analyze(newest("aws", "service-terms"));
        ProvisionResult p = numbered(a, "50.11");
        assertThat(p.categories()).contains("model-extraction-prohibition");
        assertThat(frameworksOf(a, p.id(), "model-extraction-prohibition")).contains("trade-secrets");
    }

    @Test
    void awsSection50_13_2IsTrainingOnCustomerContent() {
        Analysis a = analyze(newest("aws", "service-terms"));
        assertThat(numbered(a, "50.13.2").categories()).contains("training-on-customer-content");
    }

    @Test
    void openAiEuTermsHaveCompetingModelsOutputAssignmentAndAnOptOutThatMitigates() {
        Analysis a = analyze(newest("openai", "eu-terms-of-use"));
        assertThat(withCategory(a, "competing-model-restriction")).anySatisfy(p ->
                assertThat(p.text()).containsIgnoringCase("output").containsIgnoringCase("compete"));
        assertThat(withCategory(a, "output-ownership")).isNotEmpty();
        assertThat(withCategory(a, "training-opt-out")).isNotEmpty();
        List<ScoredEngagement> training = a.engagements().stream()
                .filter(e -> e.category().equals("training-on-customer-content")).toList();
        assertThat(training).allSatisfy(e -> assertThat(e.factors())
                .anySatisfy(f -> assertThat(f.name()).isEqualTo("mitigation")));
    }

    @Test
    void anthropicCommercialTermsHaveCompetingModelsOutputsAndAnIpIndemnity() {
        Analysis a = analyze(newest("anthropic", "commercial-terms"));
        assertThat(numbered(a, "D.4").categories()).contains("competing-model-restriction");
        assertThat(withCategory(a, "output-ownership")).anySatisfy(p ->
                assertThat(String.join(" ", p.sectionPath())).contains("Customer Content"));
        assertThat(numbered(a, "K.1").categories()).contains("ip-indemnity");
    }

    private static Analysis analyze(Path doc) {
        return core.analyses().analyze(new SourceLoader().load(doc.toString(), Selectors.NONE),
                AnalysisOptions.defaults());
    }

    private static ProvisionResult numbered(Analysis a, String number) {
        List<ProvisionResult> found = a.provisions().stream().filter(p -> number.equals(p.number())).toList();
        assertThat(found).as("provisions numbered %s", number).isNotEmpty();
        return found.stream().filter(p -> !p.categories().isEmpty()).findFirst().orElse(found.get(0));
    }

    private static List<ProvisionResult> withCategory(Analysis a, String category) {
        return a.provisions().stream().filter(p -> p.categories().contains(category)).toList();
    }

    private static List<String> frameworksOf(Analysis a, String provisionId, String category) {
        return a.engagements().stream().filter(e -> e.provisionId().equals(provisionId)
                && e.category().equals(category)).map(ScoredEngagement::framework).toList();
    }

    private static ChecklistItem action(Analysis a, String id) {
        return a.checklist().stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no checklist action " + id + " in " + a.checklist().stream()
                        .map(ChecklistItem::id).toList()));
    }

    private static Path newest(String platform, String type) {
        assumeTrue(Files.isDirectory(CORPUS), "corpus not present");
        try (Stream<Path> files = Files.list(CORPUS.resolve(platform).resolve(type))) {
            return files.max(Comparator.comparing(p -> p.getFileName().toString())).orElseThrow();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static List<Path> newestDocuments() throws IOException {
        List<Path> docs = new ArrayList<>();
        try (Stream<Path> platforms = Files.list(CORPUS)) {
            for (Path platform : platforms.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> types = Files.list(platform)) {
                    for (Path type : types.filter(Files::isDirectory).sorted().toList()) {
                        docs.add(newest(platform.getFileName().toString(), type.getFileName().toString()));
                    }
                }
            }
        }
        return docs;
    }
}
