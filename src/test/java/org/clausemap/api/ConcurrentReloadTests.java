package org.clausemap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reloads lose no request: while the rules are reloaded again and again (two sound variants, and broken folders that
 * are refused), analyses posted from several threads over HTTP all succeed, each records one of the sound versions,
 * and each ran wholly on the version it records (variant B adds an engagement that variant A lacks).
 */
class ConcurrentReloadTests extends AdminApiTest {

    private static final int POSTERS = 4;
    private static final int MAX_POSTS_PER_THREAD = 400;
    private static final int SWAPS = 6;
    private static final String MARKER = """
            package mapping
            import org.clausemap.engine.facts.*

            rule "arbitration engages eu-dma (test marker)"
                @id("map.arbitration.eu-dma.marker") @framework("eu-dma") @relevance(0.1)
                @citation("test marker") @rationale("present in variant B only")
                agenda-group "map"
            when
                $k : Classification( category == "arbitration" )
            then
                insert(new Engagement($k, drools.getRule()));
            end
            """;
    private static final String TEXT = "1. Any dispute shall be finally settled by binding arbitration.\n"
            + "2. You may not use the outputs to develop models that compete with us.";

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    /** One analysis response: its status, the version it records, whether variant B's marker engaged. */
    private record Posted(int status, String version, boolean marked) {
    }

    @Test
    void analysesPostedDuringRepeatedReloadsAllSucceedOnOneWholeVersion() throws Exception {
        String versionA = shippedVersion;
        AtomicBoolean reloading = new AtomicBoolean(true);
        List<Posted> posted = Collections.synchronizedList(new ArrayList<>());
        ExecutorService posters = Executors.newFixedThreadPool(POSTERS);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < POSTERS; t++) {
            running.add(posters.submit(() -> {
                for (int i = 0; i < MAX_POSTS_PER_THREAD && reloading.get(); i++) {
                    posted.add(post());
                }
                return null;
            }));
        }
        Set<String> versionsB = new TreeSet<>();
        try {
            for (int swap = 0; swap < SWAPS; swap++) {
                boolean toB = swap % 2 == 0;
                if (toB) {
                    AdminRulesFolder.write("mapping/marker.drl", MARKER);
                } else {
                    Files.delete(AdminRulesFolder.file("mapping/marker.drl"));
                }
                JsonNode reload = reload(200);
                String version = reload.path("version").asString();
                if (toB) {
                    versionsB.add(version);
                } else {
                    assertThat(version).isEqualTo(versionA);
                }
                AdminRulesFolder.write("classify/broken.drl", RuleValidationApiTests.BROKEN_DRL);
                assertThat(reload(422).path("version").asString()).isEqualTo(version);
                Files.delete(AdminRulesFolder.file("classify/broken.drl"));
            }
        } finally {
            reloading.set(false);
            posters.shutdown();
            assertThat(posters.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        }
        for (Future<?> poster : running) {
            poster.get();
        }

        assertThat(versionsB).hasSize(1).doesNotContain(versionA);
        String versionB = versionsB.iterator().next();
        assertThat(posted).isNotEmpty().allSatisfy(p -> {
            assertThat(p.status()).isEqualTo(201);
            assertThat(p.version()).isIn(versionA, versionB);
            assertThat(p.marked()).as("ran wholly on " + p.version()).isEqualTo(p.version().equals(versionB));
        });
        assertThat(posted.stream().map(Posted::version).distinct()).as("analyses ran on both versions")
                .containsExactlyInAnyOrder(versionA, versionB);
    }

    private Posted post() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/analyses"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(java.util.Map.of("text", TEXT))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            return new Posted(response.statusCode(), null, false);
        }
        JsonNode analysis = json.readTree(response.body());
        boolean marked = analysis.path("engagements").valueStream().anyMatch(e ->
                e.path("category").asString().equals("arbitration") && e.path("framework").asString().equals("eu-dma"));
        return new Posted(201, analysis.path("ruleSet").path("version").asString(), marked);
    }

    private JsonNode reload(int expected) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/rules/reload"))
                .header(AdminApi.KEY_HEADER, KEY).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        return json.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
