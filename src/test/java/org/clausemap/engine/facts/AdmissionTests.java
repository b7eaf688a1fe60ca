package org.clausemap.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AdmissionTests {

    /** Numbers words and sets as a rule base's {@link TextPatterns} does, for an index built over all of them. */
    private static final class Numbering implements Vocabulary {
        final List<String> words = new ArrayList<>();
        final Map<String, MatchText.Word> byText = new HashMap<>();
        final List<int[]> sets = new ArrayList<>();
        final Map<List<Integer>, WordSet> setsByIds = new HashMap<>();

        @Override
        public MatchText.Word word(String lowerCased) {
            return byText.computeIfAbsent(lowerCased, w -> {
                words.add(w);
                return MatchText.Word.of(w, words.size() - 1);
            });
        }

        @Override
        public WordSet set(List<MatchText.Word> alternatives) {
            List<Integer> ids = alternatives.stream().map(MatchText.Word::id).distinct().sorted().toList();
            return setsByIds.computeIfAbsent(ids, k -> {
                sets.add(k.stream().mapToInt(Integer::intValue).toArray());
                return new WordSet(alternatives, sets.size() - 1);
            });
        }

        WordIndex index() {
            return new WordIndex(words, sets);
        }
    }

    private static List<Branch> branches(String regex, Vocabulary vocabulary) {
        List<Branch> branches = new ArrayList<>();
        for (String part : Prefilter.splitTopLevel(regex)) {
            branches.add(Branch.of(part, Prefilter.of(part, vocabulary), true));
        }
        return branches;
    }

    @Test
    void admitsTheAlternativesWhoseWordsTheTextHas() {
        Numbering numbering = new Numbering();
        List<Branch> branches = branches("\\bterminat\\w*\\b[^.;]{0,40}\\baccounts?\\b"
                + "|\\bsuspend\\w* (your )?access\\b|^\\W*no\\b", numbering);
        assertThat(branches.get(2).prefilter()).as("no word of three letters").isNull();
        Admission admission = Admission.of(branches);
        WordIndex index = numbering.index();
        assertThat(admission.admitted(MatchText.of("we may suspend your access", index))).isEqualTo(0b110);
        assertThat(admission.admitted(MatchText.of("We may terminate your account", index))).isEqualTo(0b101);
        assertThat(admission.admitted(MatchText.of("we may suspend your account", index)))
                .as("each alternative needs all its words").isEqualTo(0b100);
        assertThat(admission.admitted(MatchText.of("we may suspend your access", WordIndex.EMPTY)))
                .as("an index without the sets: each branch tests its own prefilter").isEqualTo(-1);
    }

    @Test
    void noAdmissionForSetsWithoutIdsOrTooManyAlternatives() {
        assertThat(Admission.of(branches("\\bterminat\\w*\\b|\\bsuspend\\w*\\b", Vocabulary.NONE))).isNull();
        String many = String.join("|", java.util.Collections.nCopies(Admission.MAX_BRANCHES + 1, "\\bterminate\\b"));
        assertThat(Admission.of(branches(many, new Numbering()))).isNull();
    }

    /** On every shipped expression and real sentences, an alternative is admitted exactly when its prefilter admits. */
    @Test
    void answersAsEachAlternativesPrefilter() throws IOException {
        Numbering numbering = new Numbering();
        List<List<Branch>> expressions = new ArrayList<>();
        for (String regex : PrefilterTests.shippedExpressions()) {
            expressions.add(branches(regex, numbering));
        }
        WordIndex index = numbering.index();
        int admitted = 0;
        for (String sentence : PrefilterTests.sentences(1500)) {
            MatchText text = MatchText.of(sentence, index);
            for (List<Branch> branches : expressions) {
                Admission admission = Admission.of(branches);
                if (admission == null) {
                    continue;
                }
                long bits = admission.admitted(text);
                assertThat(bits).isNotEqualTo(-1);
                for (int i = 0; i < branches.size(); i++) {
                    boolean expected = branches.get(i).admits(text);
                    assertThat((bits & 1L << i) != 0).as("%s on %s", branches.get(i).pattern(), sentence)
                            .isEqualTo(expected);
                    admitted += expected ? 1 : 0;
                }
            }
        }
        assertThat(admitted).isPositive();
    }
}
