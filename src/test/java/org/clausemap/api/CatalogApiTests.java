package org.clausemap.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.clausemap.analysis.Core;
import org.clausemap.engine.Category;
import org.clausemap.regulation.Framework;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;

/** The frameworks and categories come from regulations/ and rules/ruleset.yaml, as loaded at start-up. */
@H2ApiTest
class CatalogApiTests {

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
    void frameworksListsEveryDeclaredFrameworkSortedById() {
        JsonNode frameworks = api.read(api.get("/api/frameworks").expectStatus().isOk());
        assertThat(frameworks.valueStream().map(f -> f.path("id").asString()).toList())
                .isEqualTo(core.regulations().all().stream().map(Framework::id).toList())
                .contains("gdpr", "trade-secrets");
    }

    @Test
    void aFrameworkIsServedWithItsDeclaration() {
        Framework gdpr = core.regulations().require("gdpr");
        JsonNode framework = api.read(api.get("/api/frameworks/gdpr").expectStatus().isOk());
        assertThat(framework.path("name").asString()).isEqualTo(gdpr.name());
        assertThat(framework.path("area").asString()).isEqualTo(gdpr.area());
        assertThat(framework.path("baseSeverity").asInt()).isEqualTo(gdpr.baseSeverity());
        assertThat(framework.path("citations").valueStream().map(JsonNode::asString).toList())
                .isEqualTo(gdpr.citations());
        assertThat(framework.path("jurisdictions").valueStream().map(JsonNode::asString).toList())
                .isEqualTo(gdpr.jurisdictions());
    }

    @Test
    void categoriesAreTheRuleSetsTaxonomy() {
        JsonNode categories = api.read(api.get("/api/categories").expectStatus().isOk());
        assertThat(categories.valueStream().map(c -> c.path("id").asString()).toList())
                .isEqualTo(core.rules().current().manifest().categories().stream().map(Category::id).toList())
                .contains("competing-model-restriction", "arbitration");
        JsonNode first = categories.get(0);
        assertThat(first.path("name").asString()).isNotBlank();
        assertThat(first.path("group").asString()).isNotBlank();
        assertThat(first.path("description").asString()).isNotBlank();
    }
}
