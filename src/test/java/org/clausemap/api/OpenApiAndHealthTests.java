package org.clausemap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.clausemap.analysis.Core;
import org.clausemap.engine.RuleBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;

/** The OpenAPI document and Swagger UI describe the API; the health endpoint reports the rule set in force. */
@H2ApiTest
class OpenApiAndHealthTests {

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
    void theOpenApiDocumentDescribesEveryRoute() {
        JsonNode doc = api.read(api.get("/v3/api-docs").expectStatus().isOk());
        assertThat(doc.path("openapi").asString()).startsWith("3.");
        assertThat(doc.path("info").path("title").asString()).isEqualTo("clausemap API");
        JsonNode paths = doc.path("paths");
        assertThat(paths.propertyNames()).contains("/api/analyses", "/api/analyses/{id}",
                "/api/analyses/{id}/workbook", "/api/analyses/{id}/checklist", "/api/frameworks",
                "/api/frameworks/{id}", "/api/categories");
        assertThat(paths.path("/api/analyses").path("post").path("requestBody").path("content").propertyNames())
                .contains("application/json", "multipart/form-data");
        JsonNode upload = doc.path("components").path("schemas").path("UploadForm").path("properties");
        assertThat(upload.path("file").path("format").asString()).isEqualTo("binary");
        assertThat(upload.propertyNames()).contains("platform", "documentType", "jurisdictions", "select");
        assertThat(paths.path("/api/analyses").path("get").path("parameters").valueStream()
                .map(p -> p.path("name").asString()).toList()).contains("platform", "page", "size");
    }

    /** Analyses are returned as stored JSON bytes; the document still gives their shape. */
    @Test
    void analysisResponsesAreDescribedAsAnalysisResources() {
        JsonNode paths = api.read(api.get("/v3/api-docs").expectStatus().isOk()).path("paths");
        String ref = "#/components/schemas/AnalysisResource";
        assertThat(schemaRef(paths.path("/api/analyses").path("post").path("responses").path("201")))
                .isEqualTo(ref);
        assertThat(schemaRef(paths.path("/api/analyses/{id}").path("get").path("responses").path("200")))
                .isEqualTo(ref);
        assertThat(schemaRef(paths.path("/api/analyses/{id}/checklist").path("post").path("responses").path("200")))
                .isEqualTo(ref);
    }

    private static String schemaRef(JsonNode response) {
        return response.path("content").path("application/json").path("schema").path("$ref").asString();
    }

    @Test
    void swaggerUiIsServed() {
        byte[] page = client.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBody();
        assertThat(new String(page, StandardCharsets.UTF_8)).contains("Swagger UI");
    }

    @Test
    void healthReportsTheRuleSetInForce() {
        RuleBase rules = core.rules().current();
        JsonNode health = api.read(api.get("/actuator/health").expectStatus().isOk());
        assertThat(health.path("status").asString()).isEqualTo("UP");
        JsonNode ruleSet = health.path("components").path("ruleSet");
        assertThat(ruleSet.path("status").asString()).isEqualTo("UP");
        assertThat(ruleSet.path("details").path("version").asString()).isEqualTo(rules.version());
        assertThat(ruleSet.path("details").path("rules").asInt()).isEqualTo(rules.ruleCount()).isPositive();
        assertThat(Instant.parse(ruleSet.path("details").path("loadedAt").asString())).isEqualTo(rules.loadedAt());
        assertThat(ruleSet.path("details").path("regulationsVersion").asString())
                .isEqualTo(core.regulations().version());
        assertThat(health.path("components").path("db").path("status").asString()).isEqualTo("UP");
    }
}
