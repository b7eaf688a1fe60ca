package org.clausemap.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.clausemap.cli.RootCommand;
import org.clausemap.engine.RuleBase;
import org.clausemap.engine.RuleBaseBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The CLAUDETTE evaluation: on a fixture written here, and on the development corpus with floors a little below the
 * achieved figures, so a rule regression fails the build. The corpus figures are printed for CI logs.
 */
class ClaudetteEvalTests {

    static final Path CORPUS = Path.of("../shared/corpus/claudette/sentences.jsonl");
    private static RuleBase rules;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildRules() {
        rules = new RuleBaseBuilder().build(Path.of("rules"));
    }

    @Test
    void scoresAFixtureAndListsItsMisses() throws IOException {
        Path file = Files.write(dir.resolve("s.jsonl"), List.of(
                line("d1", 0, "We may terminate your account at any time without notice.", "\"ter\"", "train"),
                line("d1", 1, "These terms are governed by the laws of the State of Texas.", "\"law\"", "train"),
                line("d1", 2, "Welcome to our service.", "", "train"),
                line("d2", 0, "We may change these terms at any time.", "", "validation")));

        ClaudetteEval.Result train = new ClaudetteEval(rules).run(file, "train");
        ClaudetteEval.Result validation = new ClaudetteEval(rules).run(file, "validation");

        assertThat(train.scores().items()).isEqualTo(3);
        assertThat(train.misses()).isEmpty();
        assertThat(validation.misses()).singleElement().satisfies(m -> {
            assertThat(m.falsePositives()).containsExactly("ch");
            assertThat(m.rules()).contains("classify.unilateral-change");
        });
        String report = ClaudetteReport.render(validation, true);
        assertThat(report).contains("FP ch").contains("d2#0");
        assertThat(report.strip().lines().reduce((a, b) -> b).orElseThrow())
                .matches("micro-F1 \\d\\.\\d{3} macro-F1 \\d\\.\\d{3} detection-F1 \\d\\.\\d{3}");
    }

    @Test
    void theEvalCommandEndsWithTheSummaryLine() throws IOException {
        Path file = Files.write(dir.resolve("c.jsonl"), List.of(
                line("d1", 0, "By using the site you agree to these terms.", "\"use\"", "train")));
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new RootCommand());
        cli.setOut(new PrintWriter(out));

        int code = cli.execute("eval", "claudette", file.toString(), "--split", "all");

        assertThat(code).isZero();
        assertThat(out.toString().strip()).endsWith("micro-F1 1.000 macro-F1 0.111 detection-F1 1.000");
    }

    @Test
    void aDocumentFilterScoresOnlyThoseDocuments() throws IOException {
        Path file = Files.write(dir.resolve("d.jsonl"), List.of(
                line("Alpha", 0, "We may terminate your account at any time without notice.", "\"ter\"", "train"),
                line("Beta", 0, "Welcome to our service.", "", "train"),
                line("Gamma", 0, "We may change these terms at any time.", "", "validation")));

        ClaudetteEval.Result some = new ClaudetteEval(rules).run(file, "all", java.util.Set.of("alpha", "GAMMA"));

        assertThat(some.documents()).isEqualTo(2);
        assertThat(some.scores().items()).isEqualTo(2);
        assertThat(some.misses()).singleElement().satisfies(m -> assertThat(m.doc()).isEqualTo("Gamma"));
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new RootCommand());
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("eval", "claudette", file.toString(), "--docs", "Beta")).isZero();
        assertThat(out.toString()).contains("1 documents, 1 sentences");
    }

    @Test
    void foldsSplitTheDocumentsByNameAndAverageTheFolds() throws IOException {
        // Sorted case-insensitively: alpha, Beta, delta, Gamma -> folds 1: alpha, delta; 2: Beta, Gamma.
        Path file = Files.write(dir.resolve("f.jsonl"), List.of(
                line("Gamma", 0, "We may change these terms at any time.", "", "train"),
                line("alpha", 0, "We may terminate your account at any time without notice.", "\"ter\"", "train"),
                line("Beta", 0, "These terms are governed by the laws of the State of Texas.", "\"law\"", "train"),
                line("delta", 0, "Welcome to our service.", "", "train"),
                line("Beta", 1, "Welcome to our service.", "", "validation")));

        ClaudetteEval.Folds folds = new ClaudetteEval(rules).runFolds(file, "all", java.util.Set.of(), 2);

        assertThat(folds.folds()).hasSize(2);
        assertThat(folds.folds().get(0).documents()).containsExactly("alpha", "delta");
        assertThat(folds.folds().get(1).documents()).containsExactly("Beta", "Gamma");
        ClaudetteEval.Result first = folds.folds().get(0).result();
        ClaudetteEval.Result second = folds.folds().get(1).result();
        assertThat(first.scores().items()).isEqualTo(2);
        assertThat(first.misses()).isEmpty();
        assertThat(second.scores().items()).isEqualTo(3);
        assertThat(second.misses()).singleElement().satisfies(m -> assertThat(m.doc()).isEqualTo("Gamma"));
        // Each fold is scored on its own documents only, and the summary is the mean of the folds' figures.
        double macro1 = first.scores().macroF1();
        double macro2 = second.scores().macroF1();
        assertThat(macro1).isNotEqualTo(macro2);
        assertThat(folds.meanMacroF1()).isCloseTo((macro1 + macro2) / 2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(folds.meanMicroF1()).isCloseTo(
                (first.scores().microF1() + second.scores().microF1()) / 2, org.assertj.core.data.Offset.offset(1e-9));

        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new RootCommand());
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("eval", "claudette", file.toString(), "--folds", "2")).isZero();
        String report = out.toString();
        assertThat(report).contains(String.format(java.util.Locale.ROOT, "fold 1: 2 documents, 2 sentences: micro-F1 %.3f macro-F1 %.3f",
                first.scores().microF1(), macro1));
        assertThat(report).contains("fold 2: 2 documents, 3 sentences");
        assertThat(report.strip().lines().reduce((a, b) -> b).orElseThrow()).isEqualTo(String.format(
                java.util.Locale.ROOT, "micro-F1 %.3f macro-F1 %.3f detection-F1 %.3f", folds.meanMicroF1(),
                folds.meanMacroF1(), folds.meanDetectionF1()));

        // Folds within a split, and at most one fold per document.
        assertThat(new ClaudetteEval(rules).runFolds(file, "train", java.util.Set.of(), 4).folds())
                .allSatisfy(f -> assertThat(f.documents()).hasSize(1));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new ClaudetteEval(rules).runFolds(file, "all", java.util.Set.of(), 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--folds");
    }

    @Test
    void developmentCorpusStaysAboveItsFloors() {
        assumeTrue(Files.isRegularFile(CORPUS), "CLAUDETTE corpus not present: " + CORPUS);
        ClaudetteEval eval = new ClaudetteEval(rules);
        ClaudetteEval.Result train = eval.run(CORPUS, "train");
        ClaudetteEval.Result validation = eval.run(CORPUS, "validation");
        ClaudetteEval.Result all = eval.run(CORPUS, "all");
        ClaudetteEval.Folds folds = eval.runFolds(CORPUS, "all", java.util.Set.of(), 5);
        for (ClaudetteEval.Result r : List.of(train, validation, all)) {
            System.out.print(ClaudetteReport.render(r, false));
        }
        System.out.print(ClaudetteReport.render(folds, false));

        assertThat(train.scores().macroF1()).as("train macro-F1").isGreaterThanOrEqualTo(0.873);
        assertThat(validation.scores().macroF1()).as("validation macro-F1").isGreaterThanOrEqualTo(0.832);
        assertThat(all.scores().macroF1()).as("all macro-F1").isGreaterThanOrEqualTo(0.861);
        assertThat(all.scores().microF1()).as("all micro-F1").isGreaterThanOrEqualTo(0.959);
        assertThat(all.scores().detection().f1()).as("all detection-F1").isGreaterThanOrEqualTo(0.848);
        assertThat(folds.meanMacroF1()).as("5-fold-by-document mean macro-F1").isGreaterThanOrEqualTo(0.864);
    }

    private static String line(String doc, int i, String text, String labels, String split) {
        return "{\"doc\":\"" + doc + "\",\"i\":" + i + ",\"text\":\"" + text + "\",\"labels\":[" + labels
                + "],\"lexglue_split\":\"" + split + "\"}";
    }
}
