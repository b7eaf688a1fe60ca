package org.clausemap.archive.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.clausemap.analysis.Analysis;
import org.clausemap.analysis.ProvisionResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Change summaries over real archived versions in ../shared/corpus/platforms (skipped when the corpus is absent).
 * The AWS Service Terms of 2024-03-16 and 2026-08-21 differ, in section 50 (AI services, Amazon Bedrock), by: a
 * rewritten §50.5 that now restricts generating content "for the express purpose of" training a "substantially
 * similar" model "except where permitted"; Bedrock abuse detection that stores inputs and outputs for up to 30 days
 * (§50.12.2); a new prohibition on tampering with provenance data such as watermarks (§50.12.6); the PartyRock
 * terms, with their training use of PartyRock data and its opt-out, gone (old §50.12.6); and Kiro Free Tier inputs
 * stored for up to 60 days (§50.14.2). Times are printed, never asserted.
 */
class CorpusChangesTests {

    @Test
    void awsSection50ChangesAreMaterialWithTheirCategoriesAndFrameworks() {
        Path older = Versions.CORPUS.resolve("aws/service-terms/2024-03-16.md");
        Path newer = Versions.CORPUS.resolve("aws/service-terms/2026-08-21.md");
        assumeTrue(Files.isRegularFile(older) && Files.isRegularFile(newer), "corpus not present");
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        Analysis before = Versions.file(older);
        long analysedOlder = System.nanoTime();
        Analysis after = Versions.file(newer);
        long analysedNewer = System.nanoTime();
        ChangeSummarizer summarizer = Versions.summarizer();
        ChangeSummary s = summarizer.summarize(before, after);
        long first = System.nanoTime();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        int runs = 5;
        for (int i = 0; i < runs; i++) {
            s = summarizer.summarize(before, after);
        }
        long warm = (System.nanoTime() - first) / runs;
        long warmCpu = (cpu.getCurrentThreadCpuTime() - cpuStart) / runs;
        System.out.printf(Locale.ROOT, "AWS service terms %d -> %d provisions: analyse %.0f ms + %.0f ms;"
                        + " summarize %.0f ms cold, %.0f ms warm (%.0f ms CPU); %s%n", before.provisions().size(),
                after.provisions().size(), ms(analysedOlder - start), ms(analysedNewer - analysedOlder),
                ms(first - analysedNewer), ms(warm), ms(warmCpu), s.counts());

        ProvisionChange competing = material(s, "50.5", "50.5");
        assertThat(competing.kind()).isEqualTo(ChangeKind.MODIFIED);
        assertThat(competing.terms()).contains(
                new TermChange("qualifier", "except-where-permitted", Direction.APPEARED),
                new TermChange("qualifier", "express-purpose", Direction.APPEARED));
        assertThat(competing.newer().categories()).contains("competing-model-restriction");
        assertThat(framework(competing, "contract").delta()).as("a qualified prohibition weighs less").isNegative();
        assertThat(competing.sentence()).startsWith("Competing-model restriction in \u00A750.5 is now qualified:")
                .contains("except where permitted", "express purpose");

        ProvisionChange abuseDetection = material(s, "50.12.2", "50.12.2");
        assertThat(abuseDetection.categories()).contains(new CategoryChange("human-review-retention",
                "Human review and retention of inputs and outputs", "ai-platform", Direction.APPEARED));
        assertThat(abuseDetection.frameworks()).extracting(FrameworkDelta::framework).contains("gdpr");

        ProvisionChange provenance = material(s, null, "50.12.6");
        assertThat(provenance.kind()).isEqualTo(ChangeKind.ADDED);
        assertThat(provenance.categories()).extracting(CategoryChange::category)
                .containsExactly("provenance-tampering-prohibition");
        assertThat(framework(provenance, "eu-ai-act").engaged()).isTrue();
        assertThat(provenance.sentence()).startsWith("New provenance or watermark tampering prohibition in"
                + " \u00A750.12.6: engages ").contains("EU Artificial Intelligence Act (");

        List<ProvisionChange> partyRock = s.materialChanges().stream()
                .filter(c -> c.kind() == ChangeKind.REMOVED && "50.12.6".equals(c.older().number())).toList();
        assertThat(partyRock).flatExtracting(ProvisionChange::categories).extracting(CategoryChange::category)
                .contains("training-opt-out", "training-on-customer-content");
        assertThat(partyRock).extracting(ProvisionChange::sentence)
                .anyMatch(x -> x.toLowerCase(Locale.ROOT).contains("training opt-out removed from \u00A750.12.6"));

        ProvisionChange kiro = material(s, null, "50.14.2");
        assertThat(kiro.categories()).extracting(CategoryChange::category).contains("human-review-retention");

        FrameworkDelta aiAct = s.frameworks().stream().filter(f -> f.framework().equals("eu-ai-act")).findFirst()
                .orElseThrow();
        assertThat(aiAct.delta()).as("the provenance prohibition engages the AI Act").isPositive();

        // measured: 74 material of 698 listed changes (942 -> 1,138 provisions); most are restrictions of services
        // added since 2024 (Bio Discovery, Connect Health, SageMaker Data Agent, ...), none a renumbering
        ChangeCounts c = s.counts();
        assertThat(c.material()).isBetween(40, 100);
        assertThat(c.material() * 100 / (c.material() + c.editorial())).as("material share, %").isLessThan(15);
        assertThat(s.materialChanges()).extracting(ProvisionChange::kind)
                .doesNotContain(ChangeKind.MOVED, ChangeKind.UNCHANGED);
        assertThat(s.materialChanges().stream().filter(x -> number(x).startsWith("50.")).count())
                .isBetween(8L, 20L);
        assertConsistent(s, before, after);
    }

    @TestFactory
    Stream<DynamicTest> consecutiveVersionsGiveATimelineOfMaterialChanges() throws IOException {
        assumeTrue(Files.isDirectory(Versions.CORPUS), "corpus not present");
        return Stream.of("openai/eu-terms-of-use", "x/terms-of-service", "reddit/user-agreement")
                .map(doc -> DynamicTest.dynamicTest(doc, () -> timeline(Versions.CORPUS.resolve(doc))));
    }

    private static void timeline(Path folder) throws IOException {
        List<Path> versions;
        try (Stream<Path> files = Files.list(folder)) {
            versions = files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        assertThat(versions).hasSizeGreaterThan(1);
        StringBuilder out = new StringBuilder("Timeline of " + folder.getFileName() + " ("
                + folder.getParent().getFileName() + ")\n");
        Analysis previous = Versions.file(versions.get(0));
        for (Path version : versions.subList(1, versions.size())) {
            Analysis current = Versions.file(version);
            long start = System.nanoTime();
            ChangeSummary s = Versions.summarizer().summarize(previous, current);
            ChangeCounts c = s.counts();
            out.append(String.format(Locale.ROOT, "  %s: +%d -%d ~%d moved %d, material %d, editorial %d,"
                            + " document %d -> %d (%.0f ms)%n", version.getFileName(), c.added(), c.removed(),
                    c.modified(), c.moved(), c.material(), c.editorial(), s.document().older(), s.document().newer(),
                    ms(System.nanoTime() - start)));
            s.materialChanges().forEach(m -> out.append("      ").append(m.sentence()).append('\n'));
            assertConsistent(s, previous, current);
            previous = current;
        }
        System.out.print(out);
    }

    /** Every provision counted once, every change listed once, sentences exactly on the material changes. */
    private static void assertConsistent(ChangeSummary s, Analysis before, Analysis after) {
        ChangeCounts c = s.counts();
        assertThat(c.removed() + c.modified() + c.moved() + c.unchanged()).isEqualTo(before.provisions().size());
        assertThat(c.added() + c.modified() + c.moved() + c.unchanged()).isEqualTo(after.provisions().size());
        assertThat(c.material() + c.editorial()).isEqualTo(s.changes().size());
        assertThat(s.materialChanges()).hasSize(c.material());
        for (ChangeKind kind : List.of(ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.MODIFIED, ChangeKind.MOVED)) {
            int counted = switch (kind) {
                case ADDED -> c.added();
                case REMOVED -> c.removed();
                case MODIFIED -> c.modified();
                default -> c.moved();
            };
            assertThat(s.changes().stream().filter(x -> x.kind() == kind).count()).as(kind.name())
                    .isEqualTo(counted);
        }
        assertThat(s.changes()).allSatisfy(x -> {
            assertThat(x.sentence() != null).isEqualTo(x.material());
            assertThat(x.older() != null || x.newer() != null).isTrue();
        });
        assertThat(s.document().delta()).isEqualTo(after.score().score() - before.score().score());
    }

    private static ProvisionChange material(ChangeSummary s, String olderNumber, String newerNumber) {
        return s.materialChanges().stream()
                .filter(c -> olderNumber == null ? c.older() == null : c.older() != null
                        && olderNumber.equals(c.older().number()))
                .filter(c -> c.newer() != null && newerNumber.equals(c.newer().number()))
                .findFirst().orElseThrow(() -> new AssertionError("no material change " + olderNumber + " -> "
                        + newerNumber));
    }

    private static FrameworkDelta framework(ProvisionChange c, String id) {
        return c.frameworks().stream().filter(f -> f.framework().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not among " + c.frameworks()));
    }

    private static String number(ProvisionChange c) {
        ProvisionResult p = c.newer() != null ? c.newer() : c.older();
        return p.number() == null ? "" : p.number();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
