package org.clausemap.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.clausemap.engine.RuleBase;
import org.clausemap.engine.RuleBaseBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AI-platform evaluation against a gold file: on a fixture document written here, and on the shipped gold. */
class PlatformEvalTests {

    static final Path CORPUS = Path.of("../shared/corpus/platforms");
    static final Path GOLD = Path.of("rules/gold/platforms.gold.jsonl");
    private static RuleBase rules;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildRules() {
        rules = new RuleBaseBuilder().build(Path.of("rules"));
    }

    @Test
    void matchesGoldByNumberOrAnchorAndCountsUncoveredPredictions() throws IOException {
        Files.createDirectories(dir.resolve("acme/terms"));
        Files.writeString(dir.resolve("acme/terms/2026-01-01.md"), String.join("\n",
                "# Acme Terms", "",
                "## 4. Restrictions", "",
                "**4.1.** You may not use Output to develop models that compete with Acme.", "",
                "**4.2.** You may not reverse engineer the Services.", "",
                "## 5. Ownership", "",
                "As between you and Acme, you own all Output.", ""));
        Path gold = Files.write(dir.resolve("gold.jsonl"), List.of(
                "{\"document\":\"acme/terms/2026-01-01.md\",\"number\":\"4.1\","
                        + "\"categories\":[\"competing-model-restriction\"]}",
                "{\"document\":\"acme/terms/2026-01-01.md\",\"anchor\":\"you own all output\","
                        + "\"categories\":[\"output-ownership\",\"scraping-prohibition\"]}"));

        PlatformEval.Result result = new PlatformEval(rules).run(gold, dir);

        assertThat(score(result, "competing-model-restriction").recall()).isEqualTo(1.0);
        assertThat(score(result, "output-ownership").recall()).isEqualTo(1.0);
        assertThat(score(result, "scraping-prohibition").recall()).as("a gold label the rules miss").isZero();
        assertThat(result.errors()).anyMatch(e -> e.kind().equals("FN") && e.category().equals("scraping-prohibition"));
        assertThat(PlatformReport.render(result, false).strip()).endsWith("recall 0.667 precision 1.000");
    }

    @Test
    void goldAnchorsStayShort() throws IOException {
        Path gold = Files.write(dir.resolve("long.jsonl"), List.of("{\"document\":\"x.md\",\"anchor\":\""
                + "a".repeat(61) + "\",\"categories\":[\"ip-indemnity\"]}"));

        assertThatThrownBy(() -> GoldFile.read(gold)).hasMessageContaining("line 1").hasMessageContaining("anchor");
    }

    @Test
    void shippedGoldStaysAboveItsFloors() {
        assumeTrue(Files.isDirectory(CORPUS), "platform corpus not present: " + CORPUS);
        PlatformEval.Result result = new PlatformEval(rules).run(GOLD, CORPUS);
        System.out.print(PlatformReport.render(result, true));

        assertThat(result.documents()).isEqualTo(27);
        // Independent gold (rules/gold/README.md): recall 1.000, precision 1.000.
        assertThat(result.recall()).as("recall").isGreaterThanOrEqualTo(0.995);
        assertThat(result.precision()).as("precision").isGreaterThanOrEqualTo(0.99);
        for (PlatformScore s : result.categories()) {
            assertThat(s.recall()).as("recall of %s", s.category()).isGreaterThanOrEqualTo(0.97);
            assertThat(s.precision()).as("precision of %s", s.category()).isGreaterThanOrEqualTo(0.95);
        }
    }

    private static PlatformScore score(PlatformEval.Result result, String category) {
        return result.categories().stream().filter(s -> s.category().equals(category)).findFirst().orElseThrow();
    }
}
