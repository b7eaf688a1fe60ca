package org.clausemap.archive.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.clausemap.analysis.Analysis;
import org.clausemap.analysis.ProvisionResult;
import org.clausemap.regulation.RegulationCatalog;
import org.clausemap.scoring.FrameworkScore;
import org.clausemap.scoring.ScoredEngagement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The change summary over fixture versions of a small document, analysed with the real rules: base.md, a version
 * that only renumbers, moves, re-links and re-spaces it (editorial.md), and one that drops the training opt-out and
 * adds a competing-model restriction (material.md).
 */
class ChangeSummarizerTests {

    private static Analysis base;
    private static Analysis editorial;
    private static Analysis material;

    @BeforeAll
    static void analyse() {
        base = Versions.fixture("base.md");
        editorial = Versions.fixture("editorial.md");
        material = Versions.fixture("material.md");
    }

    @Test
    void renumberingMovingRelinkingAndRespacingAreAllEditorial() {
        ChangeSummary s = Versions.summarizer().summarize(base, editorial);
        assertThat(s.counts().material()).isZero();
        assertThat(s.materialChanges()).isEmpty();
        assertThat(s.counts().added()).isZero();
        assertThat(s.counts().removed()).isZero();
        assertThat(s.counts().moved()).as("sections 1 and 2 swapped and renumbered").isEqualTo(4);
        assertThat(s.counts().modified()).as("a web address and a cross-reference changed").isEqualTo(2);
        assertThat(s.changes()).allSatisfy(c -> {
            assertThat(c.significance()).isEqualTo(Significance.EDITORIAL);
            assertThat(c.sentence()).isNull();
            assertThat(c.categories()).isEmpty();
        });
        assertThat(s.document().delta()).isZero();
        assertThat(s.frameworks()).allSatisfy(f -> assertThat(f.delta()).isZero());
    }

    @Test
    void aRenumberedCrossReferenceShowsInTheWordDiff() {
        ChangeSummary s = Versions.summarizer().summarize(base, editorial);
        ProvisionChange survival = change(s, "3.2");
        assertThat(survival.kind()).isEqualTo(ChangeKind.MODIFIED);
        assertThat(survival.similarity()).isEqualTo(1.0);
        assertThat(DiffSegment.render(survival.wordDiff()))
                .isEqualTo("Section [-1.2-]{+2.2+} and Section [-2.1-]{+1.1+} survive the end of these Terms.");
        ProvisionChange extraction = change(s, "1.1");
        assertThat(extraction.kind()).isEqualTo(ChangeKind.MOVED);
        assertThat(extraction.older().number()).isEqualTo("2.1");
    }

    @Test
    void aRemovedOptOutAndANewCompetingModelRestrictionAreMaterialWithTheirSentences() {
        ChangeSummary s = Versions.summarizer().summarize(base, material);
        assertThat(s.materialChanges()).extracting(ProvisionChange::kind)
                .containsExactly(ChangeKind.UNCHANGED, ChangeKind.REMOVED, ChangeKind.ADDED);

        ProvisionChange optOut = s.materialChanges().get(1);
        assertThat(optOut.older().number()).isEqualTo("1.3");
        assertThat(optOut.categories()).containsExactly(new CategoryChange("training-opt-out", "Training opt-out",
                "mitigation", Direction.DISAPPEARED));
        assertThat(optOut.sentence()).isEqualTo("Training opt-out removed from \u00A71.3.");

        ProvisionChange restriction = s.materialChanges().get(2);
        assertThat(restriction.newer().number()).isEqualTo("2.3");
        assertThat(restriction.categories()).extracting(CategoryChange::category, CategoryChange::direction)
                .containsExactly(tuple("competing-model-restriction", Direction.APPEARED));
        assertThat(restriction.sentence()).startsWith("New competing-model restriction in \u00A72.3: engages ");
        ScoredEngagement strongest = engagementsOf(material, restriction.newer()).get(0);
        assertThat(restriction.sentence()).contains(shortName(strongest.framework()) + " (" + strongest.score() + ")");
    }

    @Test
    void losingTheOnlyOptOutRaisesTheRiskOfTheUnchangedTrainingClause() {
        ChangeSummary s = Versions.summarizer().summarize(base, material);
        ProvisionChange training = s.materialChanges().get(0);
        assertThat(training.newer().number()).isEqualTo("1.2");
        assertThat(training.newer().text()).isEqualTo(training.older().text());
        FrameworkDelta gdpr = training.frameworks().stream().filter(f -> f.framework().equals("gdpr")).findFirst()
                .orElseThrow();
        assertThat(gdpr.newer()).isGreaterThan(gdpr.older());
        assertThat(gdpr.delta()).isGreaterThanOrEqualTo(ChangeSettings.MATERIAL_SCORE_DELTA);
        assertThat(training.sentence()).startsWith("Risk under General Data Protection Regulation rose from "
                + gdpr.older() + " to " + gdpr.newer()).endsWith("in \u00A71.2 (wording unchanged; the document no"
                + " longer has any training opt-out).");
    }

    @Test
    void theRiskByFrameworkIsTheDifferenceOfTheTwoAnalysesScores() {
        ChangeSummary s = Versions.summarizer().summarize(base, material);
        for (FrameworkDelta f : s.frameworks()) {
            Integer older = score(base, f.framework());
            Integer newer = score(material, f.framework());
            assertThat(f.older()).as(f.framework()).isEqualTo(older);
            assertThat(f.newer()).as(f.framework()).isEqualTo(newer);
            assertThat(f.delta()).isEqualTo((newer == null ? 0 : newer) - (older == null ? 0 : older));
        }
        FrameworkDelta tfeu102 = s.frameworks().stream().filter(f -> f.framework().equals("tfeu-102")).findFirst()
                .orElseThrow();
        assertThat(tfeu102.older()).as("no competing-model restriction before").isNull();
        assertThat(tfeu102.newer()).isPositive();
        assertThat(s.frameworks()).isSortedAccordingTo(Comparator.comparingInt(f -> -Math.abs(f.delta())));
        assertThat(s.document().older()).isEqualTo(base.score().score());
        assertThat(s.document().newer()).isEqualTo(material.score().score());
    }

    @Test
    void theMaterialScoreThresholdIsConfigurable() {
        ChangeSummarizer lenient = new ChangeSummarizer(Versions.core().rules(), Versions.core().regulations(),
                ChangeSettings.defaults().withMaterialScoreDelta(60));
        ChangeSummary s = lenient.summarize(base, material);
        assertThat(s.materialChanges()).extracting(ProvisionChange::kind)
                .containsExactly(ChangeKind.REMOVED, ChangeKind.ADDED);
        assertThat(s.settings().materialScoreDelta()).isEqualTo(60);
    }

    @Test
    void countsAddUpAndUnchangedProvisionsAreNotListed() {
        ChangeSummary s = Versions.summarizer().summarize(base, material);
        ChangeCounts c = s.counts();
        assertThat(c.removed() + c.modified() + c.moved() + c.unchanged()).isEqualTo(base.provisions().size());
        assertThat(c.added() + c.modified() + c.moved() + c.unchanged()).isEqualTo(material.provisions().size());
        assertThat(c.material() + c.editorial()).isEqualTo(s.changes().size());
        assertThat(s.changes()).filteredOn(ch -> ch.kind() == ChangeKind.UNCHANGED).allMatch(ProvisionChange::material);
        assertThat(s.disclaimer()).contains("not a legal determination");
    }

    @Test
    void aVersionComparedWithItselfHasNoChanges() {
        ChangeSummary s = Versions.summarizer().summarize(base, base);
        assertThat(s.changes()).isEmpty();
        assertThat(s.counts().unchanged()).isEqualTo(base.provisions().size());
    }

    @Test
    void theSummaryRoundTripsThroughJson() {
        ChangeSummary s = Versions.summarizer().summarize(base, material);
        ChangeSummaryJson json = new ChangeSummaryJson();
        String text = json.write(s);
        assertThat(text).contains("\"kind\" : \"removed\"", "\"significance\" : \"material\"",
                "\"direction\" : \"disappeared\"");
        assertThat(json.read(text)).isEqualTo(s);
    }

    private static ProvisionChange change(ChangeSummary s, String newerNumber) {
        return s.changes().stream().filter(c -> c.newer() != null && newerNumber.equals(c.newer().number()))
                .findFirst().orElseThrow(() -> new AssertionError("no change at " + newerNumber));
    }

    private static List<ScoredEngagement> engagementsOf(Analysis a, ProvisionResult p) {
        return a.engagements().stream().filter(e -> e.provisionId().equals(p.id()))
                .sorted(Comparator.comparingInt(ScoredEngagement::score).reversed()).toList();
    }

    private static Integer score(Analysis a, String framework) {
        return a.frameworks().stream().filter(f -> f.id().equals(framework)).map(FrameworkScore::score)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The catalog name as sentences use it: without its parenthetical. */
    private static String shortName(String framework) {
        RegulationCatalog catalog = Versions.core().regulations();
        String name = catalog.require(framework).name();
        int cut = name.indexOf(" (");
        return cut > 0 ? name.substring(0, cut) : name;
    }
}
