package org.clausemap.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    void anExceptionAnchoredAtTheStartMatchesOnlyAtTheTextsStart() {
        // '^' in an exception means the start of the text, not of the sentence: the exception's first branch
        // (whose look-behind would otherwise have it searched in the sentence on its own) does not match the second
        // sentence; its second branch matches the first, so that the exception is searched sentence by sentence
        String exception = "(?<!\\bno )^\\W*prompts\\b|\\bpaid\\b";
        String text = "Plans are paid. Prompts may be used to train our models.";
        assertThat(patterns.findWithout(GRANT, exception, MatchText.of(text))).isTrue();
        assertThat(patterns.findWithout(GRANT, exception, MatchText.of("Prompts may be used to train models.")))
                .isFalse();
    }

    @Test
    void theExceptionDoesNotLookPastItsSentence() {
        // a look-behind in the exception cannot reach the previous sentence
        String exception = "(?<=\\bpaid\\. )\\bprompts\\b";
        String text = "Plans are paid. Prompts may be used to train our models.";
        assertThat(patterns.findWithout(GRANT, exception, MatchText.of(text))).isTrue();
    }

    /**
     * Over real clause texts and every shipped expression, the search (tried only where a match can start, each
     * sentence judged once, leading look-behinds tested after the rest) answers as the plain one: every match of each
     * top-level alternative, found by searching on from the last one's start, judged by a search for the exception
     * in its sentence.
     */
    @Test
    void theSearchAnswersAsAPlainSearchOfEveryMatch() throws IOException {
        List<String> texts = PrefilterTests.sentences(700);
        List<String> exceptions = List.of("\\b(not|you)\\b", "(?<!\\bthe )\\b(may|will)\\b", "^\\W*\\w+ [a-z]");
        int judged = 0;
        for (String regex : PrefilterTests.shippedExpressions()) {
            Pattern whole = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
            List<Pattern> branches = Prefilter.splitTopLevel(regex).stream()
                    .map(b -> Pattern.compile(b, Pattern.CASE_INSENSITIVE)).toList();
            for (String text : texts) {
                boolean matches = whole.matcher(text).find();
                for (String exception : exceptions) {
                    Pattern exceptionPattern = Pattern.compile(exception, Pattern.CASE_INSENSITIVE);
                    for (boolean semicolons : new boolean[] {true, false}) {
                        boolean expected = matches && plainSearch(branches, exceptionPattern, text, semicolons);
                        assertThat(patterns.findWithout(regex, exception, patterns.text(text), semicolons))
                                .as("%s without %s on %s", regex, exception, text).isEqualTo(expected);
                        judged += expected ? 1 : 0;
                    }
                }
            }
        }
        assertThat(judged).isGreaterThan(1000);
    }

    /** Whether a match of one of the branches lies in a sentence without the exception (given that one matches). */
    private static boolean plainSearch(List<Pattern> branches, Pattern exceptionPattern, String s,
            boolean semicolons) {
        if (!exceptionPattern.matcher(s).find()) {
            return true;
        }
        for (Pattern branch : branches) {
            Matcher m = branch.matcher(s);
            for (int from = 0; from < s.length() && m.find(from); from = m.start() + 1) {
                int start = TextPatterns.sentenceStart(s, m.start(), semicolons);
                int end = TextPatterns.sentenceEnd(s, Math.max(m.start(), m.end() - 1), semicolons);
                Matcher e = exceptionPattern.matcher(s).region(start, end);
                if (!e.useTransparentBounds(false).useAnchoringBounds(false).find()) {
                    return true;
                }
            }
        }
        return false;
    }
}
