package org.clausemap.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTests {

    private static final String FILLER = " Customer will keep records of its use of the Services for the whole term of"
            + " the Agreement and for three years after it ends, and will show them to Example Cloud on request.";
    /** Enough ordinary sentences to take a paragraph past the split threshold. */
    private static final String FILLERS = FILLER + FILLER + FILLER + FILLER;

    @Test
    void keepsShortParagraphsWhole() {
        String text = "First sentence here. Second sentence here.";
        assertThat(SentenceSplitter.split(text)).containsExactly(text);
    }

    @Test
    void splitsLongParagraphsAtSentenceEnds() {
        String text = "Customer may use the Services for its internal business purposes." + FILLERS
                + " Does Customer need a licence? Yes! Example Cloud grants one in Section 4.";
        List<String> sentences = SentenceSplitter.split(text);
        assertThat(sentences).hasSize(7);
        assertThat(sentences.get(0)).isEqualTo("Customer may use the Services for its internal business purposes.");
        assertThat(sentences.subList(5, 7)).containsExactly("Does Customer need a licence? Yes!",
                "Example Cloud grants one in Section 4.");
    }

    @Test
    void doesNotSplitAfterLegalAbbreviations() {
        String text = "Example Cloud, Inc. Ireland Branch and Example Holdings Ltd. Group provide the Services, e.g. "
                + "Hosting and Storage, to customers in the U.S. European customers, i.e. Those in the EEA, are served "
                + "under 17 U.S.C. § 106 and Art. 5 of the Directive, see Sec. 4 and No. 5 of the price list and the "
                + "ruling in Smith v. Jones by J. R. Tolkien of Acme Co. Limited." + FILLERS;
        List<String> sentences = SentenceSplitter.split(text);
        assertThat(sentences.get(0)).endsWith("by J. R. Tolkien of Acme Co. Limited.");
        assertThat(sentences).hasSize(5);
    }

    @Test
    void doesNotSplitNumbersOrSectionReferences() {
        String text = "Fees are set out in § 2.1. Of the Order Form, version 2.5 applies." + FILLERS;
        assertThat(SentenceSplitter.split(text).get(0)).isEqualTo(
                "Fees are set out in § 2.1. Of the Order Form, version 2.5 applies.");
    }

    @Test
    void keepsNumberedSubItemsWithTheirSentence() {
        String text = "Customer must notify Example Cloud of: (a) unauthorized access. (b) loss of data. (iv) any "
                + "breach." + FILLERS;
        assertThat(SentenceSplitter.split(text).get(0)).isEqualTo(
                "Customer must notify Example Cloud of: (a) unauthorized access. (b) loss of data. (iv) any breach.");
    }

    @Test
    void neverSplitsBeforeALowerCaseWord() {
        String text = "Data includes logs, metrics, etc. and any other telemetry the Services collect." + FILLERS;
        assertThat(SentenceSplitter.split(text).get(0)).isEqualTo(
                "Data includes logs, metrics, etc. and any other telemetry the Services collect.");
    }

    @Test
    void endsSentencesAfterClosingQuotesAndBrackets() {
        String text = "These terms are the “Agreement.” They bind you (and your affiliates.) The rest of it follows."
                + FILLERS;
        assertThat(SentenceSplitter.split(text)).startsWith("These terms are the “Agreement.”",
                "They bind you (and your affiliates.)", "The rest of it follows.");
    }

    @Test
    void mergesFragmentsIntoTheSentenceBefore() {
        String text = "Customer accepts these terms in full. Yes. Example Cloud accepts them too." + FILLERS;
        assertThat(SentenceSplitter.split(text).get(0)).isEqualTo("Customer accepts these terms in full. Yes.");
    }

    @Test
    void givesTheFirstSentenceCutAtAWordBoundary() {
        assertThat(SentenceSplitter.firstSentence("Do not use e.g. bots. Anything else is fine.", 100))
                .isEqualTo("Do not use e.g. bots.");
        assertThat(SentenceSplitter.firstSentence("Report it to the authority, where: the law says so", 100))
                .isEqualTo("Report it to the authority, where");
        assertThat(SentenceSplitter.firstSentence("one two three four five six seven", 15)).isEqualTo("one two three…");
    }
}
