package org.clausemap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clausemap.analysis.MarkdownAnalyses.analyze;

import org.clausemap.export.SummaryText;
import org.junit.jupiter.api.Test;

/** An analysis says when provisions are in a language the rules do not read, instead of returning a silent result. */
class LanguageWarningTests {

    @Test
    void termsInGermanAreAnalysedWithAWarningThatNoProvisionIsRead() {
        Analysis a = analyze("""
                # Nutzungsbedingungen

                1. Der Anbieter ist berechtigt, das Konto des Nutzers jederzeit und ohne Angabe von Gründen zu sperren.

                2. Der Anbieter kann diese Bedingungen jederzeit ändern, ohne den Nutzer vorher zu informieren.

                3. Die Haftung des Anbieters ist auf Vorsatz und grobe Fahrlässigkeit beschränkt und im Übrigen ausgeschlossen.
                """);
        assertThat(a.provisions()).allSatisfy(p -> assertThat(p.categories()).isEmpty());
        assertThat(a.document().language().notEnglish()).isEqualTo(3);
        assertThat(a.provisions()).hasSize(3);
        assertThat(a.document().language().warning())
                .startsWith("none of the 3 provisions reads as English (for example 1, 2, 3)")
                .contains("not classified");
        assertThat(new SummaryText(3).render(a)).contains("WARNING: none of the 3 provisions reads as English");
    }

    @Test
    void englishTermsCarryNoWarning() {
        Analysis a = analyze("""
                # Terms

                1. We may suspend your account at any time without notice if you breach these terms.
                """);
        assertThat(a.document().language().notEnglish()).isZero();
        assertThat(a.document().language().warning()).isNull();
        assertThat(new SummaryText(3).render(a)).doesNotContain("WARNING");
    }
}
