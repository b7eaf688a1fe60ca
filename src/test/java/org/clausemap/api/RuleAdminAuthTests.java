package org.clausemap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;

/**
 * Rule management needs the admin credential: 401 with a challenge without it or with a wrong one, 200 with the API
 * key or the Basic credentials. Reading needs none. No spelling of the path gets past the check.
 */
class RuleAdminAuthTests extends AdminApiTest {

    @Test
    void reloadWithoutACredentialIsUnauthorizedWithAChallengeForEachScheme() {
        RestTestClient.ResponseSpec response = client.post().uri("/api/rules/reload").exchange();
        JsonNode problem = api.problem(response, HttpStatus.UNAUTHORIZED, "unauthorized");
        assertThat(problem.path("detail").asString()).contains("X-API-Key").contains("HTTP Basic");
        List<String> challenges = response.returnResult().getResponseHeaders().get("WWW-Authenticate");
        assertThat(challenges).anySatisfy(c -> assertThat(c).startsWith("Basic realm="))
                .anySatisfy(c -> assertThat(c).startsWith("ApiKey ").contains("header=\"X-API-Key\""));
    }

    @Test
    void aWrongKeyOrWrongBasicCredentialsAreUnauthorized() {
        api.problem(client.post().uri("/api/rules/reload").header(AdminApi.KEY_HEADER, KEY + "x").exchange(),
                HttpStatus.UNAUTHORIZED, "unauthorized");
        api.problem(client.post().uri("/api/rules/reload").header("Authorization",
                AdminApi.basic(USER, PASSWORD + "!")).exchange(), HttpStatus.UNAUTHORIZED, "unauthorized");
        api.problem(client.post().uri("/api/rules/reload").header("Authorization",
                AdminApi.basic(KEY, "")).exchange(), HttpStatus.UNAUTHORIZED, "unauthorized");
        api.problem(client.post().uri("/api/rules/reload").header("Authorization", "Bearer " + KEY).exchange(),
                HttpStatus.UNAUTHORIZED, "unauthorized");
    }

    @Test
    void validateWithoutACredentialIsUnauthorizedBeforeTheUploadIsLookedAt() {
        api.problem(client.post().uri("/api/rules/validate").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(AdminApi.form("notes.txt", new byte[] {1, 2, 3}, Map.of())).exchange(),
                HttpStatus.UNAUTHORIZED, "unauthorized");
    }

    @Test
    void theApiKeyOrTheBasicCredentialsAreAccepted() {
        assertThat(api.read(client.post().uri("/api/rules/reload").header(AdminApi.KEY_HEADER, KEY).exchange()
                .expectStatus().isOk()).path("outcome").asString()).isEqualTo("loaded");
        assertThat(api.read(client.post().uri("/api/rules/reload").header("Authorization",
                AdminApi.basic(USER, PASSWORD)).exchange().expectStatus().isOk()).path("version").asString())
                .isEqualTo(shippedVersion);
        api.read(client.post().uri("/api/rules/validate").header("Authorization", AdminApi.basic(USER, PASSWORD))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(AdminApi.form("new.drl", RuleValidationApiTests.utf8(RuleValidationApiTests.NEW_RULE),
                        Map.of("path", "classify/"))).exchange().expectStatus().isOk());
    }

    @Test
    void readingTheRulesNeedsNoCredential() {
        api.get("/api/rules").expectStatus().isOk();
        api.get("/api/rules/status").expectStatus().isOk();
        api.get("/api/rules?stage=map").expectStatus().isOk();
    }

    @Test
    void noSpellingOfTheReloadPathGetsPastTheCheck() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        var before = reloads.last();
        for (String path : List.of("/api/rules/reload/", "/api/rules/reload;x=1", "/api/rules/./reload",
                "/api/rules/x/../reload", "/api//rules/reload", "/api/rules/%72eload", "/API/rules/reload")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + path)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path + " -> " + response.body()).isNotEqualTo(200)
                    .isGreaterThanOrEqualTo(400);
        }
        assertThat(reloads.last()).isSameAs(before);
    }
}
