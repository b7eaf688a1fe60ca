package org.clausemap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DiffCommandTests {

    private static final String BASE = "src/test/resources/archive/diff/base.md";
    private static final String MATERIAL = "src/test/resources/archive/diff/material.md";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void diffPrintsMaterialChangesFirstThenEditorialCountsThenRiskAndWritesJsonAndWorkbook(@TempDir Path dir)
            throws Exception {
        Path json = dir.resolve("changes.json");
        Path xlsx = dir.resolve("changes.xlsx");
        int code = run("diff", BASE, MATERIAL, "--json", json.toString(), "--xlsx", xlsx.toString());
        assertThat(code).as(err.toString()).isZero();
        String text = out.toString();
        assertThat(text).contains("material 3", "Training opt-out removed from \u00A71.3.",
                "New competing-model restriction in \u00A72.3: engages", "not a legal determination");
        assertThat(text.indexOf("MATERIAL CHANGES")).isLessThan(text.indexOf("EDITORIAL CHANGES"));
        assertThat(text.indexOf("EDITORIAL CHANGES")).isLessThan(text.indexOf("RISK BY FRAMEWORK"));

        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(json));
        assertThat(root.get("counts").get("material").asInt()).isEqualTo(3);
        assertThat(root.get("changes").get(0).get("significance").asString()).isEqualTo("material");
        assertThat(root.get("frameworks").get(0).has("delta")).isTrue();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(wb.getSheet("Changes").getLastRowNum()).isEqualTo(root.get("changes").size());
        }
    }

    @Test
    void theMaterialThresholdComesFromTheCommandLine() {
        int code = run("diff", BASE, MATERIAL, "--material-threshold", "60");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("material 2").doesNotContain("wording unchanged");
    }

    @Test
    void aMissingVersionOrABadThresholdIsAClearError() {
        assertThat(run("diff", BASE, "no/such/version.md")).isEqualTo(2);
        assertThat(err.toString()).contains("no/such/version.md").doesNotContain("Exception");
        assertThat(run("diff", BASE, MATERIAL, "--material-threshold", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--material-threshold");
    }
}
