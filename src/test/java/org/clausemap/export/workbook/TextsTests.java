package org.clausemap.export.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clausemap.export.workbook.AnalysisFixture.factor;

import java.util.List;

import org.clausemap.scoring.ScoreFactor;
import org.clausemap.scoring.ScoredEngagement;
import org.junit.jupiter.api.Test;

class TextsTests {

    @Test
    void factorsReadAsAProductWithSeverityInPointsAndMultipliersWithDecimals() {
        assertThat(Texts.factors(engagement(42, factor("severity", 60), factor("relevance", 0.7),
                factor("strength", 1.0)))).isEqualTo("severity 60 \u00D7 relevance 0.7 \u00D7 strength 1.0 = 42");
        assertThat(Texts.factors(engagement(67, factor("severity", 70), factor("relevance", 0.8),
                factor("breadth", 1.2)))).isEqualTo("severity 70 \u00D7 relevance 0.8 \u00D7 breadth 1.2 = 67");
    }

    @Test
    void aProductAboveOneHundredIsShownCapped() {
        assertThat(Texts.factors(engagement(100, factor("severity", 90), factor("relevance", 1.0),
                factor("breadth", 1.25)))).endsWith("breadth 1.25 = 100 (capped at 100)");
    }

    @Test
    void onlyAbsoluteHttpAddressesAreWebSources() {
        assertThat(Texts.isWebAddress("https://example.com/terms")).isTrue();
        assertThat(Texts.isWebAddress("HTTP://example.com")).isTrue();
        assertThat(Texts.isWebAddress("terms.html")).isFalse();
        assertThat(Texts.isWebAddress("file:///tmp/terms.html")).isFalse();
        assertThat(Texts.isWebAddress("javascript:alert(1)")).isFalse();
        assertThat(Texts.isWebAddress("https://exa mple.com")).isFalse();
        assertThat(Texts.isWebAddress(null)).isFalse();
    }

    private static ScoredEngagement engagement(int score, ScoreFactor... factors) {
        return new ScoredEngagement("p-1", "c", "f", "Art. 1", "why", score, "band", List.of(), List.of(factors));
    }
}
