package org.clausemap.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.clausemap.provision.Provision;
import org.clausemap.provision.SourceLocation;
import org.junit.jupiter.api.Test;

/** A provision that only asks (the question heading an FAQ answer) is told apart from one that states something. */
class QuestionTests {

    private final TextPatterns patterns = new TextPatterns();

    private boolean question(String text) {
        Provision provision = new Provision("p1", null, List.of(), null, text, new SourceLocation(1, -1, -1, null), "p1");
        return new Clause(provision, patterns).question();
    }

    @Test
    void aSingleQuestionAfterAnOptionalMarkerIsAQuestion() {
        assertThat(question("Can we change these terms?")).isTrue();
        assertThat(question("Q. Will my content be used for training?")).isTrue();
        assertThat(question("Q: Will my content be used for training?")).isTrue();
        assertThat(question("3.2 Which law applies to disputes under the U.S. terms?")).isTrue();
        assertThat(question("(b) Can my account be closed?\u201D")).isTrue();
    }

    @Test
    void aQuestionWithItsAnswerOrAStatementIsNot() {
        assertThat(question("Can we change these terms? Yes, at any time.")).isFalse();
        assertThat(question("We may change these terms. Why? To keep up with the law?")).isFalse();
        assertThat(question("We may change these terms at any time.")).isFalse();
        assertThat(question("We may change these terms at any time (see What happens if terms change?) and tell you")).isFalse();
    }
}
