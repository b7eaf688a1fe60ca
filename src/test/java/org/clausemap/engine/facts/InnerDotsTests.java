package org.clausemap.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Full stops inside numbers and abbreviations do not end a rule's gap or an exception's sentence. That a cited clause
 * number is read back with its dot ("this Section 7.2") is asserted by {@link ClauseContextTests}.
 */
class InnerDotsTests {

    private static final char MARK = InnerDots.MARK;

    private static String fold(String text) {
        return TextPatterns.fold(text);
    }

    @Test
    void dotsBetweenDigitsAreFolded() {
        assertThat(fold("under Section 10.1 and 2.3.4, a fee of $1.5 applies."))
                .isEqualTo("under Section 10" + MARK + "1 and 2" + MARK + "3" + MARK + "4, a fee of $1" + MARK
                        + "5 applies.");
    }

    @Test
    void letterByLetterAbbreviationsAreFoldedWhereTheSentenceGoesOn() {
        assertThat(fold("claims (e.g. for data) and i.e., these")).doesNotContain(".");
        assertThat(fold("the laws of the U.S. and the State of Delaware")).doesNotContain(".");
        assertThat(fold("E.g. Lost data")).doesNotContain(".");
        assertThat(fold("in the U.S. You agree.")).isEqualTo("in the U" + MARK + "S. You agree.");
    }

    @Test
    void shortLegalAbbreviationsAreFoldedOnlyBeforeTheSentenceGoesOn() {
        assertThat(fold("Acme, Inc. may terminate under Art. 6 and No. 12")).doesNotContain(".");
        assertThat(fold("We are Acme Inc. We may terminate.")).isEqualTo("We are Acme Inc. We may terminate.");
        assertThat(fold("prompts, files, etc. for improving the service")).doesNotContain(".");
        assertThat(fold("the files (\"Input Information, etc.\") for improving")).doesNotContain(".");
        assertThat(fold("photos, videos, etc. We may remove them.")).isEqualTo(
                "photos, videos, etc. We may remove them.");
    }

    @Test
    void webAddressesEmailAddressesAndFileNamesAreFolded() {
        assertThat(fold("your visit to Cartwheel.com or to products bought on www.cart-wheel.co.uk"))
                .doesNotContain(".");
        assertThat(fold("write to privacy@acme.io, or disallow it in robots.txt, and")).doesNotContain(".");
        assertThat(fold("Visit Example.com. You agree.")).isEqualTo("Visit Example" + MARK + "com. You agree.");
        assertThat(fold("the end.The next")).isEqualTo("the end.The next");
    }

    @Test
    void sentenceEndsAndListMarkersKeepTheirDots() {
        assertThat(fold("a. we may terminate. i. you may cancel. 1. Fees. Version 2. Then")).isEqualTo(
                "a. we may terminate. i. you may cancel. 1. Fees. Version 2. Then");
        assertThat(fold("These are the terms.")).isEqualTo("These are the terms.");
    }

    @Test
    void aGapRunsAcrossAFoldedDotButNotAcrossASentenceEnd() {
        TextPatterns patterns = new TextPatterns();
        String wording = "\\bindemnit\\w*\\b[^.;]{0,60}\\bincorporated\\b";
        assertThat(patterns.find(wording, MatchText.of(fold(
                "The indemnity obligations under Section 10.1 are incorporated into this Agreement.")))).isTrue();
        assertThat(patterns.find(wording, MatchText.of(fold(
                "The indemnity obligations are set out below. They are incorporated into this Agreement.")))).isFalse();
    }
}
