package org.clausemap.archive.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import org.clausemap.archive.diff.DiffSegment.Op;
import org.junit.jupiter.api.Test;

class WordDiffTests {

    @Test
    void aReplacedPhraseReadsAsOneDeletionThenOneInsertion() {
        List<DiffSegment> diff = diff("We may store inputs for up to 30 days to detect abuse.",
                "We may store inputs and outputs for up to 60 days to detect abuse.");
        assertThat(DiffSegment.render(diff)).isEqualTo(
                "We may store inputs {+and outputs+} for up to [-30-]{+60+} days to detect abuse.");
        assertThat(diff).extracting(DiffSegment::op)
                .containsExactly(Op.EQUAL, Op.INSERT, Op.EQUAL, Op.DELETE, Op.INSERT, Op.EQUAL);
    }

    @Test
    void identicalTextsAreOneEqualRunAndEmptyTextsNone() {
        assertThat(diff("a b c", "a b c")).containsExactly(new DiffSegment(Op.EQUAL, "a b c"));
        assertThat(diff("", "")).isEmpty();
        assertThat(DiffSegment.render(diff("", "new words"))).isEqualTo("{+new words+}");
    }

    @Test
    void theWordsOfBothSidesAreKeptInOrder() {
        String older = "You will not use the AI Services to develop or improve a similar or competing product.";
        String newer = "Except where permitted, you may not use an AI Service to develop a substantially"
                + " similar model.";
        List<DiffSegment> diff = diff(older, newer);
        assertThat(words(diff, Op.DELETE, Op.EQUAL)).isEqualTo(older);
        assertThat(words(diff, Op.INSERT, Op.EQUAL)).isEqualTo(newer);
    }

    @Test
    void aMiddleTooLargeForTheTableIsOneDeletionAndOneInsertion() {
        int n = (int) Math.sqrt(WordDiff.MAX_CELLS) + 10;
        List<String> a = Collections.nCopies(n, "x");
        List<String> b = Collections.nCopies(n, "y");
        assertThat(WordDiff.diff(a, b)).extracting(DiffSegment::op).containsExactly(Op.DELETE, Op.INSERT);
    }

    private static List<DiffSegment> diff(String older, String newer) {
        return WordDiff.diff(Words.written(older), Words.written(newer));
    }

    private static String words(List<DiffSegment> diff, Op side, Op equal) {
        return String.join(" ", diff.stream().filter(s -> s.op() == side || s.op() == equal)
                .map(DiffSegment::text).toList());
    }
}
