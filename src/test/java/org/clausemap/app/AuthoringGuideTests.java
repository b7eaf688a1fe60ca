package org.clausemap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.clausemap.TestFolders;
import org.clausemap.cli.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/authoring-rules.md works as written: its worked example (a new framework, a mapping row, a case, then
 * validate, test and explain) is performed step by step on copies of rules/ and regulations/, and every command
 * prints what the guide says it prints. The illustrative rule and cases of the guide build and pass too.
 */
class AuthoringGuideTests {

    private static final Path GUIDE = Path.of("docs/authoring-rules.md");

    @TempDir
    Path root;

    private GuideBlocks guide;

    @BeforeEach
    void copyContent() throws IOException {
        TestFolders.copy(Path.of("rules"), root.resolve("rules"));
        TestFolders.copy(Path.of("regulations"), root.resolve("regulations"));
        guide = GuideBlocks.read(GUIDE);
    }

    @Test
    void theWorkedExampleAddsAFrameworkThatValidatesTestsAndEngages() throws IOException {
        List<GuideBlocks.Block> steps = guide.withAction("file", "append", "run", "expect");
        assertThat(steps).extracting(GuideBlocks.Block::action)
                .containsExactly("file", "append", "append", "run", "expect", "run", "expect", "run", "expect");
        assertThat(Path.of("regulations", "uk-dmcca.yaml")).as("the example adds a framework not shipped yet")
                .doesNotExist();
        String output = null;
        for (GuideBlocks.Block step : steps) {
            switch (step.action()) {
                case "file" -> Files.writeString(root.resolve(step.path()), step.text(),
                        StandardOpenOption.CREATE_NEW);
                case "append" -> append(root.resolve(step.path()), step.text());
                case "run" -> output = run(GuideBlocks.arguments(step.text()));
                case "expect" -> expect(output, step.text());
                default -> throw new IllegalStateException(step.action());
            }
        }
    }

    @Test
    void theIllustrativeRuleAndItsCasesBuildAndPass() throws IOException {
        List<GuideBlocks.Block> examples = guide.withAction("example");
        assertThat(examples).extracting(GuideBlocks.Block::path)
                .containsExactly("rules/classify/prices.drl", "rules/classify/prices.cases.yaml");
        for (GuideBlocks.Block example : examples) {
            Files.writeString(root.resolve(example.path()), example.text(), StandardOpenOption.CREATE_NEW);
        }
        assertThat(run(List.of("rules", "validate"))).contains("0 errors");
        assertThat(run(List.of("rules", "test"))).contains("0 failed").doesNotContain("classify.unilateral-change.price");
        assertThat(run(List.of("explain", "We may increase our prices at any time.", "--section", "Fees")))
                .contains("classify  classify.unilateral-change.price");
    }

    /** Runs a documented command against the copies; the guide's commands read rules/ and regulations/. */
    private String run(List<String> documented) {
        List<String> args = new ArrayList<>(documented);
        if (args.get(0).equals("rules")) {
            args.add(2, root.resolve("rules").toString());
            args.addAll(List.of("--regulations", root.resolve("regulations").toString()));
        } else {
            args.addAll(List.of("--rules", root.resolve("rules").toString(), "--regulations",
                    root.resolve("regulations").toString()));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        assertThat(code).as(String.join(" ", documented) + "\n" + out + err).isZero();
        return out.toString();
    }

    private static void expect(String output, String expected) {
        assertThat(output).as("an expect block follows a run block").isNotNull();
        for (String line : expected.lines().filter(l -> !l.isBlank()).toList()) {
            assertThat(output).contains(line.stripTrailing());
        }
    }

    /** Appends lines as a spreadsheet or editor would: in the file's own line ending, after its last line. */
    private static void append(Path file, String lines) throws IOException {
        String content = Files.readString(file);
        String eol = content.contains("\r\n") ? "\r\n" : "\n";
        StringBuilder added = new StringBuilder(content.endsWith("\n") ? "" : eol);
        lines.lines().forEach(l -> added.append(l).append(eol));
        Files.writeString(file, added, StandardOpenOption.APPEND);
    }
}
