package org.clausemap.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code hasWithout}: an exception speaks for its own sentence, not for the whole clause. */
class SentenceExceptionTests {

    private static final String GRANT = "\\bused\\b[^.;]{0,40}\\bto train\\b";
    private static final String DENIAL = "\\bnot\\b[^.;]{0,20}\\bused\\b|\\bdo not use\\b";

    private final TextPatterns patterns = new TextPatterns();

    private boolean hasWithout(String text) {
        return patterns.findWithout(GRANT, DENIAL, MatchText.of(TextPatterns.fold(text)));
    }

    @Test
    void aGrantInOneSentenceStandsBesideADenialInAnother() {
        assertThat(hasWithout("Free plan: prompts may be used to train our models. Paid plans: we do not use prompts."))
                .isTrue();
        assertThat(hasWithout("Team content is not used for training; other chats are used to train the models."))
                .isTrue();
    }

    @Test
    void aDenialInTheSameSentenceStillExcludes() {
        assertThat(hasWithout("Prompts are not used to train our models.")).isFalse();
        assertThat(hasWithout("We do not use prompts, and they are never used to train models, as stated.")).isFalse();
    }

    @Test
    void withoutAnExceptionAnywhereItIsAPlainSearch() {
        assertThat(hasWithout("Prompts may be used to train our models.")).isTrue();
        assertThat(hasWithout("Prompts are kept for thirty days.")).isFalse();
    }

    @Test
    void everyMatchOfTheExpressionIsTriedNotOnlyTheFirst() {
        // the first grant is denied in its own sentence, the second is not
        assertThat(hasWithout("Chats are not used to train. Feedback is used to train the classifiers.")).isTrue();
        assertThat(hasWithout("Chats are not used to train. Feedback is not used to train either.")).isFalse();
    }

    @Test
    void sentencesEndAtAMarkBeforeASpaceNotInsideAbbreviationsOrNumbers() {
        String text = "Version 2.5 data is used to train models; logs are not. Done?";
        assertThat(TextPatterns.sentenceStart(text, text.indexOf("data"), true)).isZero();
        assertThat(TextPatterns.sentenceEnd(text, text.indexOf("data"), true)).isEqualTo(text.indexOf(';') + 1);
        assertThat(TextPatterns.sentenceStart(text, text.indexOf("logs"), true)).isEqualTo(text.indexOf("logs"));
        assertThat(TextPatterns.sentenceEnd(text, text.indexOf("Done"), true)).isEqualTo(text.length());
    }

    @Test
    void fullSentencesGoOnPastSemicolonsAndBeforeALowerCaseWord() {
        String text = "We may end it at any time; you may also cancel (e.g. by email) at any time. Fees are due.";
        assertThat(TextPatterns.sentenceEnd(text, text.indexOf("end"), false)).isEqualTo(text.indexOf("Fees") - 1);
        assertThat(TextPatterns.sentenceStart(text, text.indexOf("cancel"), false)).isZero();
        assertThat(TextPatterns.sentenceStart(text, text.indexOf("due"), false)).isEqualTo(text.indexOf("Fees"));
    }

    @Test
    void aParagraphExceptionSpeaksForItsFullSentenceOnly() {
        String power = "\\bwe may (suspend|terminate)\\b";
        String userRight = "\\byou may (cancel|terminate)\\b";
        String paragraph = "You may cancel at any time in your settings. If a payment fails, we may suspend your access.";
        assertThat(patterns.findWithout(power, userRight, MatchText.of(paragraph), false)).isTrue();
        String oneSentence = "We may suspend your access if a payment fails; you may cancel at any time.";
        assertThat(patterns.findWithout(power, userRight, MatchText.of(oneSentence), false)).isFalse();
        assertThat(patterns.findWithout(power, userRight, MatchText.of(oneSentence), true)).isTrue();
    }

    @Test
    void theExceptionDoesNotLookPastItsSentence() {
        // a look-behind in the exception cannot reach the previous sentence
        String exception = "(?<=\\bpaid\\. )\\bprompts\\b";
        String text = "Plans are paid. Prompts may be used to train our models.";
        assertThat(patterns.findWithout(GRANT, exception, MatchText.of(text))).isTrue();
    }
}
