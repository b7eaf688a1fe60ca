package org.clausemap.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Scores computed as LexGLUE computes them for unfair_tos: categories plus a none column. */
class MultiLabelScoresTests {

    @Test
    void microAndMacroF1CountTheNoneColumnLikeLexGlue() {
        MultiLabelScores.Counter counter = new MultiLabelScores.Counter(List.of("a", "b"));
        counter.add(List.of("a"), List.of("a"));      // a: tp
        counter.add(List.of("b"), List.of());         // b: fn; none: fp (predicted none, gold not none)
        counter.add(List.of(), List.of("a"));         // a: fp; none: fn
        counter.add(List.of(), List.of());            // none: tp

        MultiLabelScores s = counter.scores();

        // columns: a (tp1 fp1 fn0) F1 2/3; b (tp0 fp0 fn1) F1 0; none (tp1 fp1 fn1) F1 1/2
        assertThat(s.macroF1()).isCloseTo((2.0 / 3 + 0 + 0.5) / 3, within(1e-9));
        // pooled: tp 2, fp 2, fn 2 -> 0.5
        assertThat(s.microF1()).isCloseTo(0.5, within(1e-9));
        // detection: gold any = items 1,2; predicted any = items 1,3 -> tp1 fp1 fn1
        assertThat(s.detection().f1()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void aColumnWithNothingToFindScoresZeroAsWithZeroDivisionZero() {
        MultiLabelScores.Counter counter = new MultiLabelScores.Counter(List.of("a"));
        counter.add(List.of(), List.of());

        assertThat(counter.scores().categories().get(0).f1()).isZero();
    }

    @Test
    void labelsOutsideTheEvaluatedCategoriesAreIgnored() {
        MultiLabelScores.Counter counter = new MultiLabelScores.Counter(List.of("a"));
        counter.add(List.of(), List.of("scraping-prohibition"));

        assertThat(counter.scores().none().tp()).isEqualTo(1);
    }
}
