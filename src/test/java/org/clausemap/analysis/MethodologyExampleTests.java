package org.clausemap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.clausemap.ingest.Selectors;
import org.clausemap.ingest.SourceLoader;
import org.clausemap.scoring.ScoredEngagement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The worked example of docs/methodology.md, computed by the shipped rules: the documentation must stay true. */
class MethodologyExampleTests {

    private static Core core;
    private static final String EXAMPLE = "docs/examples/acme-ai-terms.md";

    @BeforeAll
    static void load() {
        core = Core.load(Path.of("rules"), Path.of("regulations"));
    }

    private static Analysis analyze(String marketPosition) {
        return core.analyses().analyze(new SourceLoader().load(EXAMPLE, Selectors.NONE),
                new AnalysisOptions(null, null, null, marketPosition));
    }

    private static int score(Analysis a, String category, String framework) {
        return a.engagements().stream().filter(e -> e.category().equals(category) && e.framework().equals(framework))
                .mapToInt(ScoredEngagement::score).max().orElseThrow();
    }

    @Test
    void theWorkedExampleScoresAreWhatTheMethodologySays() {
        Analysis a = analyze("unknown");
        assertThat(score(a, "competing-model-restriction", "contract")).isEqualTo(70);
        assertThat(score(a, "competing-model-restriction", "trade-secrets")).isEqualTo(46);
        assertThat(score(a, "competing-model-restriction", "us-copyright")).isEqualTo(42);
        assertThat(score(a, "competing-model-restriction", "tfeu-102")).isEqualTo(21);
        assertThat(score(a, "training-on-customer-content", "gdpr")).isEqualTo(32);
        assertThat(a.score().score()).isEqualTo(70);
        assertThat(a.score().band()).isEqualTo("high");
        assertThat(a.score().drivingFramework()).isEqualTo("contract");
        long highOrCritical = a.engagements().stream().filter(e -> e.score() >= 50).count();
        assertThat(highOrCritical).isPositive();
        assertThat(a.score().highOrCritical()).isEqualTo(highOrCritical);
        assertThat(a.checklist()).anySatisfy(i -> assertThat(i.id()).isEqualTo("segregate-outputs"));
    }

    @Test
    void aDominantPlatformRaisesTheCompetitionScoreAsDocumented() {
        assertThat(score(analyze("dominant"), "competing-model-restriction", "tfeu-102")).isEqualTo(38);
    }
}
