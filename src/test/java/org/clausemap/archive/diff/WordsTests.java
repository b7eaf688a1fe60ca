package org.clausemap.archive.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WordsTests {

    @Test
    void substantiveWordsIgnoreNumberingCrossReferencesLinksPunctuationAndCase() {
        List<String> older = Words.substantive("50.3. See Section 50.10 and [the page](https://a.example/x): (a) you"
                + " MAY opt out.");
        List<String> newer = Words.substantive("See section 52.12 and [the page](https://b.example/y/z); (b) You may"
                + " opt-out");
        assertThat(newer).isEqualTo(older).containsExactly("see", "section", "and", "the", "page", "you", "may",
                "opt", "out");
    }

    @Test
    void bareWebAddressesAreNotWords() {
        assertThat(Words.substantive("as described at https://nimbus.example/privacy."))
                .isEqualTo(Words.substantive("as described at https://help.nimbus.example/en/privacy-centre."));
    }

    @Test
    void quantitiesAreSubstance() {
        assertThat(Words.substantive("We retain inputs for up to 30 days."))
                .isNotEqualTo(Words.substantive("We retain inputs for up to 60 days."));
    }

    @Test
    void sharedFunctionWordsDoNotMakeUnrelatedSentencesSimilar() {
        double unrelated = Words.dice(shingles("You may not use the Services to send spam to any of your users."),
                shingles("We may change the fees for the Services at any time by notice to you."));
        double related = Words.dice(shingles("You may not use the AI Services to develop a competing service."),
                shingles("You may not use an AI Service to develop a substantially similar AI service."));
        assertThat(unrelated).isLessThan(ChangeSettings.NUMBERED_SIMILARITY);
        assertThat(related).isGreaterThan(ChangeSettings.MATCH_SIMILARITY);
    }

    @Test
    void aPieceOfAProvisionIsContainedInIt() {
        var whole = shingles("Only the contracting party has obligations for the account. The contracting party for"
                + " an account may change as described in the Agreement.");
        assertThat(Words.containment(shingles("The contracting party for an account may change as described in the"
                + " Agreement."), whole)).isEqualTo(1.0);
        assertThat(Words.containment(shingles("Invoices are sent by email."), whole)).isLessThan(0.5);
    }

    private static Set<String> shingles(String text) {
        return Words.shingles(Words.substantive(text));
    }
}
