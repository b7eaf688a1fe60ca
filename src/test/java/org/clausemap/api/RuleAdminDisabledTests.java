package org.clausemap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.clausemap.analysis.Core;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;

/** Without an admin credential configured, nobody may load or compile rules: 403, saying how to configure one. */
@H2ApiTest
class RuleAdminDisabledTests {

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
    void reloadIsForbiddenWhateverTheCallerSends() {
        String version = core.rules().current().version();
        for (RestTestClient.ResponseSpec response : new RestTestClient.ResponseSpec[] {
            client.post().uri("/api/rules/reload").exchange(),
            client.post().uri("/api/rules/reload").header(AdminApi.KEY_HEADER, "").exchange(),
            client.post().uri("/api/rules/reload").header(AdminApi.KEY_HEADER, "anything").exchange(),
            client.post().uri("/api/rules/reload").header("Authorization", AdminApi.basic("", "")).exchange()}) {
            JsonNode problem = api.problem(response, HttpStatus.FORBIDDEN, "admin-not-configured");
            assertThat(problem.path("detail").asString()).contains("clausemap.admin.api-key")
                    .contains("clausemap.admin.username").contains("X-API-Key");
        }
        assertThat(core.rules().current().version()).isEqualTo(version);
    }

    @Test
    void validateIsForbiddenToo() {
        JsonNode problem = api.problem(client.post().uri("/api/rules/validate").header(AdminApi.KEY_HEADER, "x")
                .contentType(MediaType.MULTIPART_FORM_DATA).body(AdminApi.form("new.drl",
                        RuleValidationApiTests.utf8(RuleValidationApiTests.NEW_RULE), Map.of())).exchange(),
                HttpStatus.FORBIDDEN, "admin-not-configured");
        assertThat(problem.path("instance").asString()).isEqualTo("/api/rules/validate");
    }
}
