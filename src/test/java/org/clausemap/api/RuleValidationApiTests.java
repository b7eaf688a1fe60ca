package org.clausemap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;

/**
 * POST /api/rules/validate: a rule file is validated together with the rules folder, a zip as a folder of its own;
 * problems come back located (file, line, column, cell), and nothing is loaded into the running service.
 */
class RuleValidationApiTests extends AdminApiTest {

    static final String BROKEN_DRL = """
            package classify
            import org.clausemap.engine.facts.*

            rule "Broken"
                @id("classify.broken") @category("arbitration") @rationale("test")
                agenda-group "classify"
            when
                $c : Clause( hasWording("arbitration") )
            then
                insert(new Classification($c, drools.getRule()));
            end
            """;

    static final String NEW_RULE = """
            package classify
            import org.clausemap.engine.facts.*

            rule "Price changes at will"
                @id("classify.unilateral-change.price") @category("unilateral-change")
                @rationale("The provider may change its prices whenever it likes.")
                agenda-group "classify"
            when
                $c : Clause( has("\\\\bwe\\\\b[^.;]{0,40}\\\\bmay\\\\b[^.;]{0,40}\\\\b(change|increase)\\\\b[^.;]{0,20}\\\\bprices?\\\\b") )
            then
                insert(new Classification($c, drools.getRule()));
            end
            """;

    @Test
    void aBrokenDrlIsRejectedWithFileLineAndColumn() {
        JsonNode result = api.read(admin.validate("broken.drl", utf8(BROKEN_DRL), Map.of("path", "classify/"))
                .expectStatus().isOk());
        assertThat(result.path("ok").asBoolean()).isFalse();
        assertThat(result.path("errors").asInt()).isPositive();
        assertThat(result.path("version").isNull()).isTrue();
        JsonNode error = firstError(result);
        assertThat(error.path("file").asString()).isEqualTo("classify/broken.drl");
        assertThat(error.path("line").asInt()).isEqualTo(8);
        assertThat(error.path("column").asInt()).isPositive();
        assertThat(error.path("message").asString()).contains("hasWording");
        assertNothingLoaded();
    }

    @Test
    void aBrokenCsvDecisionTableIsRejectedWithItsCell() throws IOException {
        JsonNode result = api.read(admin.validate("category-frameworks.drl.csv", utf8(brokenMappingTable()),
                Map.of("path", "mapping/category-frameworks.drl.csv")).expectStatus().isOk());
        assertThat(result.path("ok").asBoolean()).isFalse();
        assertThat(errors(result)).isNotEmpty().allSatisfy(e ->
                assertThat(e.path("file").asString()).isEqualTo("mapping/category-frameworks.drl.csv"))
                .anySatisfy(e -> assertThat(e.path("cell").asString()).isEqualTo("A12"));
        assertNothingLoaded();
    }

    @Test
    void aBrokenXlsxDecisionTableIsRejectedWithItsCell() throws IOException {
        Files.delete(AdminRulesFolder.file("mapping/category-frameworks.drl.csv"));
        JsonNode result = api.read(admin.validate("category-frameworks.drl.xlsx",
                CsvWorkbook.xlsx(brokenMappingTable()), Map.of("path", "mapping/")).expectStatus().isOk());
        assertThat(errors(result)).isNotEmpty()
                .anySatisfy(e -> {
                    assertThat(e.path("file").asString()).isEqualTo("mapping/category-frameworks.drl.xlsx");
                    assertThat(e.path("cell").asString()).isEqualTo("A12");
                });
    }

    @Test
    void aSoundFileIsValidatedWithTheRulesFolderAndNothingIsLoaded() {
        int before = core.rules().current().ruleCount();
        JsonNode result = api.read(admin.validate("prices.drl", utf8(NEW_RULE), Map.of("path", "classify/prices.drl"))
                .expectStatus().isOk());
        assertThat(result.path("ok").asBoolean()).as(result.toString()).isTrue();
        assertThat(result.path("errors").asInt()).isZero();
        assertThat(result.path("rules").asInt()).isEqualTo(before + 1);
        assertThat(result.path("version").asString()).hasSize(16).isNotEqualTo(shippedVersion);
        assertNothingLoaded();
        JsonNode catalog = api.read(api.get("/api/rules").expectStatus().isOk());
        assertThat(catalog.path("rules").valueStream().map(r -> r.path("id").asString()))
                .doesNotContain("classify.unilateral-change.price");
    }

    @Test
    void aZipOfTheRulesFolderValidatesToTheVersionInForce() throws IOException {
        JsonNode result = api.read(admin.validate("rules.zip", zipOf(AdminRulesFolder.FOLDER, "rules/", Map.of()),
                Map.of()).expectStatus().isOk());
        assertThat(result.path("ok").asBoolean()).as(result.toString()).isTrue();
        assertThat(result.path("rules").asInt()).isEqualTo(core.rules().current().ruleCount());
        assertThat(result.path("version").asString()).isEqualTo(shippedVersion);
        assertThat(result.path("problems").size()).isZero();
    }

    @Test
    void aZipWithABrokenRuleReportsItsLocation() throws IOException {
        JsonNode result = api.read(admin.validate("rules.zip", zipOf(AdminRulesFolder.FOLDER, "",
                Map.of("classify/broken.drl", BROKEN_DRL)), Map.of()).expectStatus().isOk());
        assertThat(result.path("ok").asBoolean()).isFalse();
        assertThat(firstError(result).path("file").asString()).isEqualTo("classify/broken.drl");
        assertThat(firstError(result).path("line").asInt()).isEqualTo(8);
    }

    @Test
    void aZipWhoseEntriesClimbOutIsRefused() throws IOException {
        JsonNode problem = api.problem(admin.validate("rules.zip", zipOf(AdminRulesFolder.FOLDER, "",
                Map.of("../../escaped.drl", BROKEN_DRL)), Map.of()), HttpStatus.UNPROCESSABLE_CONTENT,
                "invalid-archive");
        assertThat(problem.path("detail").asString()).contains("../../escaped.drl").contains("climbs out");
    }

    @Test
    void aZipWithTooManyEntriesIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i <= 1000; i++) {
                zip.putNextEntry(new ZipEntry("f" + i + ".drl"));
                zip.closeEntry();
            }
        }
        JsonNode problem = api.problem(admin.validate("many.zip", bytes.toByteArray(), Map.of()),
                HttpStatus.UNPROCESSABLE_CONTENT, "invalid-archive");
        assertThat(problem.path("detail").asString()).contains("more than 1000 entries");
    }

    @Test
    void aFileThatIsNotARuleFileIsRefused() {
        JsonNode problem = api.problem(admin.validate("notes.txt", utf8("hello"), Map.of()),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type");
        assertThat(problem.path("detail").asString()).contains(".drl, .drl.csv, .drl.xlsx");
    }

    @Test
    void aPathOutsideTheRulesFolderIsRefused() {
        JsonNode problem = api.problem(admin.validate("x.drl", utf8(NEW_RULE), Map.of("path", "../x.drl")),
                HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(problem.path("field").asString()).isEqualTo("path");
    }

    @Test
    void aRequestWithoutAFileIsABadRequest() {
        JsonNode problem = api.problem(client.post().uri("/api/rules/validate").header(AdminApi.KEY_HEADER, KEY)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(new org.springframework.util.LinkedMultiValueMap<>(Map.of("path", List.of("x.drl"))))
                .exchange(), HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(problem.path("field").asString()).isEqualTo("file");
    }

    static String brokenMappingTable() throws IOException {
        String csv = Files.readString(Path.of("rules/mapping/category-frameworks.drl.csv"));
        String[] lines = csv.split("\n", -1);
        lines[11] = lines[11].replaceFirst("\"0\\.7\"", "\"0.7)(\"");
        return String.join("\n", lines);
    }

    private void assertNothingLoaded() {
        assertThat(core.rules().current().version()).isEqualTo(shippedVersion);
        try (Stream<Path> files = Files.walk(AdminRulesFolder.FOLDER)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("broken.drl", "prices.drl");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode firstError(JsonNode result) {
        return errors(result).get(0);
    }

    private static List<JsonNode> errors(JsonNode result) {
        return result.path("problems").valueStream().filter(p -> p.path("severity").asString().equals("error"))
                .toList();
    }

    /** A zip of a folder (entries under {@code prefix}), with extra entries added or replacing files. */
    static byte[] zipOf(Path folder, String prefix, Map<String, String> extra) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = folder.relativize(f).toString().replace('\\', '/');
                if (!extra.containsKey(name)) {
                    zip.putNextEntry(new ZipEntry(prefix + name));
                    zip.write(Files.readAllBytes(f));
                    zip.closeEntry();
                }
            }
            for (Map.Entry<String, String> e : extra.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey().startsWith("..") ? e.getKey() : prefix + e.getKey()));
                zip.write(utf8(e.getValue()));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
