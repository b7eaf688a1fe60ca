package org.clausemap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import tools.jackson.databind.JsonNode;

/**
 * POST /api/rules/reload: a sound folder is swapped in and later analyses record its version; a broken one is
 * refused with located errors while the rule set in force keeps serving; the outcome shows in the status and health.
 */
class RuleReloadApiTests extends AdminApiTest {

    static final String ARBITRATION = "1. Any dispute shall be finally settled by binding arbitration.";

    @Test
    void aSoundChangeIsSwappedInAndAnalysesRecordItsVersion() throws IOException {
        Files.writeString(AdminRulesFolder.file("classify/consumer.drl"), "\n// reviewed\n",
                StandardOpenOption.APPEND);
        JsonNode reload = api.read(admin.reload().expectStatus().isOk());
        String version = reload.path("version").asString();
        assertThat(reload.path("outcome").asString()).isEqualTo("loaded");
        assertThat(reload.path("trigger").asString()).isEqualTo("api");
        assertThat(reload.path("previousVersion").asString()).isEqualTo(shippedVersion);
        assertThat(version).isNotEqualTo(shippedVersion).isEqualTo(core.rules().current().version());

        JsonNode analysis = api.created(Map.of("text", ARBITRATION));
        assertThat(analysis.path("ruleSet").path("version").asString()).isEqualTo(version);
        JsonNode status = api.read(api.get("/api/rules/status").expectStatus().isOk());
        assertThat(status.path("version").asString()).isEqualTo(version);
        assertThat(status.path("lastReload").path("outcome").asString()).isEqualTo("loaded");
    }

    @Test
    void aBrokenDrlIsRefusedWithItsLocationAndTheOldSetKeepsServing() {
        AdminRulesFolder.write("classify/broken.drl", RuleValidationApiTests.BROKEN_DRL);
        JsonNode problem = api.problem(admin.reload(), HttpStatus.UNPROCESSABLE_CONTENT, "rules-invalid");
        assertThat(problem.path("detail").asString()).contains(shippedVersion).contains("keeps serving");
        assertThat(problem.path("version").asString()).isEqualTo(shippedVersion);
        JsonNode error = problem.path("problems").get(0);
        assertThat(error.path("severity").asString()).isEqualTo("error");
        assertThat(error.path("file").asString()).isEqualTo("classify/broken.drl");
        assertThat(error.path("line").asInt()).isEqualTo(8);
        assertThat(error.path("column").asInt()).isPositive();

        assertThat(core.rules().current().version()).isEqualTo(shippedVersion);
        JsonNode analysis = api.created(Map.of("text", ARBITRATION));
        assertThat(analysis.path("ruleSet").path("version").asString()).isEqualTo(shippedVersion);
        assertThat(AnalysisApiContract.categories(analysis)).contains("arbitration");

        JsonNode last = api.read(api.get("/api/rules/status").expectStatus().isOk()).path("lastReload");
        assertThat(last.path("outcome").asString()).isEqualTo("failed");
        assertThat(last.path("version").asString()).isEqualTo(shippedVersion);
        assertThat(last.path("errors").asInt()).isPositive();
        assertThat(last.path("problems").get(0).path("file").asString()).isEqualTo("classify/broken.drl");
        JsonNode health = api.read(api.get("/actuator/health").expectStatus().isOk());
        JsonNode ruleSet = health.path("components").path("ruleSet");
        assertThat(ruleSet.path("status").asString()).isEqualTo("UP");
        assertThat(ruleSet.path("details").path("lastReload").path("outcome").asString()).isEqualTo("failed");
        assertThat(ruleSet.path("details").path("version").asString()).isEqualTo(shippedVersion);
    }

    @Test
    void aBrokenDecisionTableIsRefusedNamingTheCell() throws IOException {
        AdminRulesFolder.write("mapping/category-frameworks.drl.csv", RuleValidationApiTests.brokenMappingTable());
        JsonNode problem = api.problem(admin.reload(), HttpStatus.UNPROCESSABLE_CONTENT, "rules-invalid");
        assertThat(problem.path("problems").valueStream())
                .anySatisfy(p -> {
                    assertThat(p.path("file").asString()).isEqualTo("mapping/category-frameworks.drl.csv");
                    assertThat(p.path("cell").asString()).isEqualTo("A12");
                });
        assertThat(core.rules().current().version()).isEqualTo(shippedVersion);
    }

    @Test
    void rulesMappingToAFrameworkNotLoadedAreRefusedUntilARestart() {
        AdminRulesFolder.write("mapping/uk.drl", """
                package mapping
                import org.clausemap.engine.facts.*

                rule "unilateral-change engages uk-dmcca"
                    @id("map.unilateral-change.uk-dmcca") @framework("uk-dmcca") @relevance(0.6)
                    @citation("Consumer Rights Act 2015 Sch. 2 para. 11") @rationale("test")
                    agenda-group "map"
                when
                    $k : Classification( category == "unilateral-change" )
                then
                    insert(new Engagement($k, drools.getRule()));
                end
                """);
        JsonNode problem = api.problem(admin.reload(), HttpStatus.UNPROCESSABLE_CONTENT, "rules-invalid");
        JsonNode error = problem.path("problems").get(0);
        assertThat(error.path("file").asString()).isEqualTo("mapping/uk.drl");
        assertThat(error.path("message").asString()).contains("uk-dmcca", "restart");
        assertThat(core.rules().current().version()).isEqualTo(shippedVersion);
        api.created(Map.of("text", "1. We may change these terms at any time."));
    }

    @Test
    void fixingTheFolderAndReloadingAgainLoadsIt() {
        AdminRulesFolder.write("classify/broken.drl", RuleValidationApiTests.BROKEN_DRL);
        api.problem(admin.reload(), HttpStatus.UNPROCESSABLE_CONTENT, "rules-invalid");
        AdminRulesFolder.write("classify/broken.drl", RuleValidationApiTests.BROKEN_DRL
                .replace("hasWording", "has"));
        JsonNode reload = api.read(admin.reload().expectStatus().isOk());
        assertThat(reload.path("outcome").asString()).isEqualTo("loaded");
        assertThat(reload.path("rules").asInt()).isEqualTo(core.rules().current().ruleCount());
        assertThat(api.read(api.get("/api/rules?stage=classify")).path("rules").valueStream()
                .map(r -> r.path("id").asString())).contains("classify.broken");
    }
}
