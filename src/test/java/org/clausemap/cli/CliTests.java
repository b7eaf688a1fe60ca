package org.clausemap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CliTests {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void analyzePrintsTopRisksAndChecklistAndWritesTheJsonSchema(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("out.json");
        int code = run("analyze", "docs/examples/acme-ai-terms.md", "--json", json.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("TOP RISKS", "CHECKLIST", "competing-model-restriction",
                "model-training pipelines", "not a legal determination");
        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(json));
        assertThat(root.get("document").get("sha256").asString()).hasSize(64);
        JsonNode provision = root.get("provisions").get(0);
        assertThat(provision.has("id") && provision.has("number") && provision.has("sectionPath")
                && provision.has("text") && provision.has("categories")).isTrue();
        JsonNode engagement = root.get("engagements").get(0);
        for (String field : new String[] {"provisionId", "category", "framework", "citation", "score", "band",
                "ruleIds", "factors"}) {
            assertThat(engagement.has(field)).as(field).isTrue();
        }
        assertThat(root.get("frameworks").get(0).has("band")).isTrue();
        JsonNode item = root.get("checklist").get(0);
        assertThat(item.get("evidence").get(0).has("quote")).isTrue();
        assertThat(root.get("ruleSet").get("rules").asInt()).isPositive();
        assertThat(root.get("disclaimer").asString()).contains("not a legal determination");
    }

    @Test
    void aMissingFileIsAClearErrorNotAStackTrace() {
        int code = run("analyze", "no/such/file.md");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("no/such/file.md").doesNotContain("Exception");
    }

    @Test
    void anUnknownJurisdictionIsRejectedByName() {
        int code = run("analyze", "docs/examples/acme-ai-terms.md", "--jurisdictions", "EU,XX");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("XX");
    }

    @Test
    void explainShowsCategoriesRulesAndScores() {
        int code = run("explain", "We may suspend or terminate your account at any time without notice.");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("categories: unilateral-termination", "classify.unilateral-termination",
                "score.breadth.discretionary", "prepare-exit-plan");
    }

    @Test
    void rulesValidateAndTestPassOnTheShippedRules() {
        assertThat(run("rules", "validate")).as(out.toString()).isZero();
        assertThat(out.toString()).contains("0 errors");
        assertThat(run("rules", "test")).as(out.toString()).isZero();
        assertThat(out.toString()).contains("0 failed", "every rule fires in some case");
    }

    @Test
    void benchPrintsEveryStage() {
        assertThat(run("bench", "docs/examples/acme-ai-terms.md", "--runs", "2")).isZero();
        String[] lines = out.toString().split("\n");
        assertThat(lines[1]).contains("parse", "extract", "rules", "score", "checklist", "workbook", "analysis", "ratio");
        assertThat(lines[2]).startsWith("docs/examples/acme-ai-terms.md").matches(".*\\d+\\.\\d\\d .*");
    }

    @Test
    void benchExpressionsListsTheCostliestExpressionsWithTheirMatches() {
        assertThat(run("bench-expressions", "docs/examples/acme-ai-terms.md", "--runs", "1", "--top", "3",
                "--width", "40")).isZero();
        String[] lines = out.toString().split("\n");
        assertThat(lines[0]).matches("1 documents, \\d+ provisions, \\d+ expressions tested; per pass: .*, \\d+ regex runs");
        assertThat(lines[1]).contains("ms/pass", "share", "tests", "matches", "runs", "expression");
        assertThat(lines).hasSize(5);
        // each expression line: time, share, tests, matches, then the expression cut to the width
        for (int i = 2; i < 5; i++) {
            assertThat(lines[i]).matches(" *\\d+\\.\\d\\d +\\d+\\.\\d% +\\d+ +\\d+ +\\d+  .{1,40}");
        }
        // the costliest first
        assertThat(ms(lines[2])).isGreaterThanOrEqualTo(ms(lines[4]));
        // the regular expressions did run: the prefilter lets through the texts that can match
        assertThat(Long.parseLong(lines[0].replaceAll(".*, (\\d+) regex runs$", "$1"))).isPositive();
    }

    @Test
    void benchExpressionsNeedsDocumentsOrACorpus() {
        assertThat(run("bench-expressions")).isNotZero();
        assertThat(err.toString()).contains("give either documents or --corpus DIR");
    }

    @Test
    void evalSnapshotWritesTheProvisionsAndComparesWithAnEarlierSnapshot(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        Path docs = java.nio.file.Files.createDirectories(dir.resolve("docs"));
        java.nio.file.Files.copy(Path.of("docs/examples/acme-ai-terms.md"), docs.resolve("acme.md"));
        Path snap = dir.resolve("snap.tsv");
        assertThat(run("eval", "snapshot", docs.toString(), "--out", snap.toString())).isZero();
        assertThat(out.toString()).matches("(?s)1 documents, \\d+ provisions\n");
        // the same rules against their own snapshot: nothing changed
        out.getBuffer().setLength(0);
        assertThat(run("eval", "snapshot", docs.toString(), "--against", snap.toString())).isZero();
        assertThat(out.toString()).endsWith("0 provisions changed\n");
        assertThat(run("eval", "snapshot", docs.toString())).isNotZero();
        assertThat(err.toString()).contains("give --out FILE, --against FILE or both");
    }

    private static double ms(String line) {
        return Double.parseDouble(line.trim().split(" +")[0]);
    }
}
