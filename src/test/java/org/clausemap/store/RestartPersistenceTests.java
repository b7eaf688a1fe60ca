package org.clausemap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.clausemap.ClausemapApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Analyses and reviews in the H2 file database outlive the application: a restarted server serves them. */
class RestartPersistenceTests {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void analysesAndReviewsSurviveARestart(@TempDir Path dir) throws Exception {
        JsonNode posted;
        try (ConfigurableApplicationContext first = start(dir)) {
            posted = json.readTree(send(first, HttpRequest.newBuilder(uri(first, "/api/analyses"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"1. You may not use the outputs to"
                            + " develop models that compete with us.\", \"platform\": \"acme\"}")), 201));
            first.getBean(ReviewStore.class).replace(UUID.fromString(posted.path("id").asString()), List.of(
                    new Review("segregate-outputs", "Done", "Ann", LocalDate.of(2026, 3, 31), "kept apart", null)));
        }
        assertThat(dir.resolve("clausemap.mv.db")).exists();

        try (ConfigurableApplicationContext second = start(dir)) {
            String id = posted.path("id").asString();
            JsonNode fetched = json.readTree(send(second, HttpRequest.newBuilder(uri(second, "/api/analyses/" + id)),
                    200));
            assertThat(fetched.path("document")).isEqualTo(posted.path("document"));
            assertThat(fetched.path("provisions")).isEqualTo(posted.path("provisions"));
            assertThat(fetched.path("analysedAt")).isEqualTo(posted.path("analysedAt"));
            assertThat(fetched.path("reviews").get(0).path("reviewer").asString()).isEqualTo("Ann");
            JsonNode listed = json.readTree(send(second, HttpRequest.newBuilder(uri(second,
                    "/api/analyses?platform=acme")), 200));
            assertThat(listed.path("items").get(0).path("id").asString()).isEqualTo(id);
        }
    }

    private static ConfigurableApplicationContext start(Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("clausemap").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        return new SpringApplicationBuilder(ClausemapApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + url);
    }

    private static URI uri(ConfigurableApplicationContext context, String path) {
        return URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port") + path);
    }

    private String send(ConfigurableApplicationContext context, HttpRequest.Builder request, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        return response.body();
    }
}
