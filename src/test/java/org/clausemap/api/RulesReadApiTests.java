package org.clausemap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.clausemap.analysis.Core;
import org.clausemap.engine.RuleBase;
import org.clausemap.engine.RuleInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;

/** The open rule endpoints: the catalog with firing counts, the status, and explain. */
@H2ApiTest
class RulesReadApiTests {

    @Autowired
    RestTestClient client;

    @Autowired
    Core core;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(client);
    }

    @Test
    void theCatalogListsEveryRuleInForceWithItsMetadata() {
        RuleBase rules = core.rules().current();
        JsonNode catalog = api.read(api.get("/api/rules").expectStatus().isOk());
        assertThat(catalog.path("version").asString()).isEqualTo(rules.version());
        assertThat(catalog.path("rules").valueStream().map(r -> r.path("id").asString()).toList())
                .isEqualTo(rules.rules().stream().map(RuleInfo::id).toList());
        JsonNode mapping = byId(catalog).get("map.arbitration.us-faa");
        assertThat(mapping.path("stage").asString()).isEqualTo("map");
        assertThat(mapping.path("file").asString()).isEqualTo("mapping/category-frameworks.drl.csv");
        assertThat(mapping.path("metadata").path("framework").asString()).isEqualTo("us-faa");
        assertThat(mapping.path("metadata").path("citation").asString()).isNotBlank();
        assertThat(mapping.path("fired").path("firings").isNumber()).isTrue();
    }

    @Test
    void theCatalogFiltersByStageCategoryAndFramework() {
        List<JsonNode> classify = rules("/api/rules?stage=classify");
        assertThat(classify).isNotEmpty().allSatisfy(r -> assertThat(r.path("stage").asString()).isEqualTo("classify"));
        List<JsonNode> arbitration = rules("/api/rules?category=arbitration");
        assertThat(arbitration).isNotEmpty().allSatisfy(r ->
                assertThat(r.path("metadata").path("category").asString()).isEqualTo("arbitration"));
        List<JsonNode> gdprMappings = rules("/api/rules?stage=map&framework=gdpr");
        assertThat(gdprMappings).isNotEmpty().allSatisfy(r -> {
            assertThat(r.path("stage").asString()).isEqualTo("map");
            assertThat(r.path("metadata").path("framework").asString()).isEqualTo("gdpr");
        });
        assertThat(rules("/api/rules?framework=no-such-framework")).isEmpty();
    }

    @Test
    void anUnknownStageIsABadRequestListingTheStages() {
        JsonNode problem = api.problem(api.get("/api/rules?stage=mapping"), HttpStatus.BAD_REQUEST,
                "invalid-request");
        assertThat(problem.path("field").asString()).isEqualTo("stage");
        assertThat(problem.path("detail").asString()).contains("classify, map, score, checklist");
    }

    @Test
    void everyStoredAnalysisAddsItsRuleFiringsToTheCatalog() {
        Map<String, JsonNode> before = byId(api.read(api.get("/api/rules")));
        JsonNode analysis = api.created(Map.of("text", Api.fixture("terms.txt")));
        Map<String, JsonNode> after = byId(api.read(api.get("/api/rules")));

        Map<String, Long> fired = analysis.path("trace").valueStream().collect(Collectors.groupingBy(
                f -> f.path("ruleId").asString(), Collectors.counting()));
        assertThat(fired).isNotEmpty();
        for (String id : after.keySet()) {
            long firings = after.get(id).path("fired").path("firings").asLong()
                    - before.get(id).path("fired").path("firings").asLong();
            long analyses = after.get(id).path("fired").path("analyses").asLong()
                    - before.get(id).path("fired").path("analyses").asLong();
            assertThat(firings).as(id).isEqualTo(fired.getOrDefault(id, 0L));
            assertThat(analyses).as(id).isEqualTo(fired.containsKey(id) ? 1 : 0);
        }
    }

    @Test
    void theStatusShowsTheRuleSetInForceAndHowItIsKeptCurrent() {
        RuleBase rules = core.rules().current();
        JsonNode status = api.read(api.get("/api/rules/status").expectStatus().isOk());
        assertThat(status.path("version").asString()).isEqualTo(rules.version());
        assertThat(status.path("rules").asInt()).isEqualTo(rules.ruleCount());
        assertThat(Instant.parse(status.path("loadedAt").asString())).isEqualTo(rules.loadedAt());
        assertThat(status.path("folder").asString()).isEqualTo("rules");
        assertThat(status.path("watch").path("enabled").asBoolean()).isTrue();
        assertThat(status.path("watch").path("quietPeriod").asString()).isEqualTo("PT0.5S");
        assertThat(status.path("lastReload").path("outcome").asString()).isEqualTo("loaded");
        assertThat(status.path("lastReload").path("version").asString()).isEqualTo(rules.version());
    }

    @Test
    void explainShowsWhatTheRulesMakeOfOneProvision() {
        JsonNode explained = api.read(client.post().uri("/api/explain").contentType(
                org.springframework.http.MediaType.APPLICATION_JSON).body(Map.of("text",
                "We may suspend or terminate your account at any time without notice.")).exchange()
                .expectStatus().isOk());
        assertThat(strings(explained.path("categories"))).contains("unilateral-termination");
        assertThat(strings(explained.path("forms"))).contains("permission");
        assertThat(explained.path("rulesFired").valueStream().map(r -> r.path("stage").asString() + " "
                + r.path("ruleId").asString())).contains("classify classify.unilateral-termination",
                "score score.breadth.discretionary");
        assertThat(explained.path("rulesFired").valueStream().mapToLong(r -> r.path("count").asLong()).sum())
                .isGreaterThan(explained.path("rulesFired").size());
        JsonNode mapping = explained.path("mappings").get(0);
        assertThat(mapping.path("category").asString()).isEqualTo("unilateral-termination");
        assertThat(mapping.path("score").asInt()).isPositive();
        assertThat(mapping.path("factors").valueStream().map(f -> f.path("name").asString()))
                .contains("severity", "relevance", "breadth");
        assertThat(explained.path("checklist").valueStream().map(a -> a.path("id").asString()))
                .contains("prepare-exit-plan");
        assertThat(explained.path("ruleSet").path("version").asString()).isEqualTo(core.rules().current().version());
        assertThat(explained.path("jurisdictions").toString()).isEqualTo("[\"EU\",\"US\"]");
    }

    @Test
    void explainReadsTheSectionAndJurisdictionsAndStoresNothing() {
        long stored = api.read(api.get("/api/analyses?size=1")).path("totalItems").asLong();
        JsonNode explained = api.read(client.post().uri("/api/explain").contentType(
                org.springframework.http.MediaType.APPLICATION_JSON).body(Map.of("text",
                "You may not use the outputs to develop models that compete with us.", "section", "Restrictions",
                "jurisdictions", List.of("eu"), "marketPosition", "dominant")).exchange().expectStatus().isOk());
        assertThat(explained.path("section").asString()).isEqualTo("Restrictions");
        assertThat(explained.path("jurisdictions").toString()).isEqualTo("[\"EU\"]");
        assertThat(explained.path("marketPosition").asString()).isEqualTo("dominant");
        assertThat(strings(explained.path("categories"))).contains("competing-model-restriction");
        assertThat(explained.path("mappings").valueStream().filter(m -> m.path("framework").asString()
                .equals("tfeu-102")).flatMap(m -> m.path("factors").valueStream())
                .map(f -> f.path("source").asString())).contains("score.market.dominant");
        assertThat(api.read(api.get("/api/analyses?size=1")).path("totalItems").asLong()).isEqualTo(stored);
    }

    @Test
    void explainRefusesAMissingTextAndUnknownOptionsNamingTheField() {
        assertThat(explainProblem(Map.of("section", "x")).path("field").asString()).isEqualTo("text");
        assertThat(explainProblem(Map.of("text", " ")).path("field").asString()).isEqualTo("text");
        assertThat(explainProblem(Map.of("text", "We may.", "jurisdictions", List.of("XX"))).path("field")
                .asString()).isEqualTo("jurisdictions");
        assertThat(explainProblem(Map.of("text", "We may.", "marketPosition", "huge")).path("field").asString())
                .isEqualTo("marketPosition");
        api.problem(client.post().uri("/api/explain").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(Map.of("text", "x".repeat(ApiTestLimits.DOCUMENT_BYTES + 1))).exchange(),
                HttpStatus.CONTENT_TOO_LARGE, "document-too-large");
    }

    @Test
    void theOpenApiDocumentDescribesTheRuleEndpointsAndTheAdminCredential() {
        JsonNode doc = api.read(api.get("/v3/api-docs").expectStatus().isOk());
        assertThat(doc.path("paths").propertyNames()).contains("/api/rules", "/api/rules/status", "/api/rules/reload",
                "/api/rules/validate", "/api/explain");
        assertThat(doc.path("components").path("securitySchemes").path("adminApiKey").path("name").asString())
                .isEqualTo("X-API-Key");
        assertThat(doc.path("paths").path("/api/rules/reload").path("post").path("security").toString())
                .contains("adminApiKey").contains("adminBasic");
        assertThat(doc.path("paths").path("/api/rules").path("get").has("security")).isFalse();
    }

    private JsonNode explainProblem(Map<String, Object> body) {
        return api.problem(client.post().uri("/api/explain").contentType(
                org.springframework.http.MediaType.APPLICATION_JSON).body(body).exchange(), HttpStatus.BAD_REQUEST,
                "invalid-request");
    }

    private List<JsonNode> rules(String uri) {
        return api.read(api.get(uri).expectStatus().isOk()).path("rules").valueStream().toList();
    }

    private static Map<String, JsonNode> byId(JsonNode catalog) {
        return catalog.path("rules").valueStream().collect(Collectors.toMap(r -> r.path("id").asString(),
                Function.identity()));
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
