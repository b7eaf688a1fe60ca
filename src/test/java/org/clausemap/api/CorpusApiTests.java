package org.clausemap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;

/**
 * The newest version of every document in ../shared/corpus/platforms ({@code <platform>/<type>/<date>.md|txt}),
 * uploaded as a file with its platform and type, is analysed and stored.
 */
@H2ApiTest
class CorpusApiTests {

    private static final Path CORPUS = Path.of("..", "shared", "corpus", "platforms");

    @Autowired
    RestTestClient client;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(client);
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("newestDocuments")
    void theNewestVersionOfEachCorpusDocumentIsAnalysed(String platform, String type, Path file) {
        JsonNode analysis = api.read(api.upload(file.getFileName().toString(), Api.bytes(file),
                MediaType.APPLICATION_OCTET_STREAM, Map.of("platform", platform, "documentType", type))
                .expectStatus().isCreated());
        assertThat(analysis.path("document").path("platform").asString()).isEqualTo(platform);
        assertThat(analysis.path("document").path("documentType").asString()).isEqualTo(type);
        assertThat(analysis.path("provisions").size()).isPositive();
        assertThat(analysis.path("score").path("band").asString()).isNotBlank();
        JsonNode stored = api.read(api.get("/api/analyses/" + analysis.path("id").asString()).expectStatus().isOk());
        assertThat(stored.path("document").path("sha256")).isEqualTo(analysis.path("document").path("sha256"));
    }

    static Stream<Arguments> newestDocuments() {
        if (!Files.isDirectory(CORPUS)) {
            throw new IllegalStateException("the corpus is missing at " + CORPUS.toAbsolutePath());
        }
        return list(CORPUS).stream().filter(Files::isDirectory).flatMap(platform -> list(platform).stream()
                .filter(Files::isDirectory).map(type -> Arguments.of(
                        platform.getFileName().toString(), type.getFileName().toString(), newest(type))));
    }

    private static Path newest(Path type) {
        return list(type).stream().filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".txt"))
                .max(Comparator.comparing(f -> f.getFileName().toString()))
                .orElseThrow(() -> new IllegalStateException("no document in " + type));
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
