package org.clausemap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.clausemap.analysis.Analysis;
import org.clausemap.analysis.AnalysisOptions;
import org.clausemap.analysis.Core;
import org.clausemap.ingest.Source;
import org.clausemap.provision.SourceFormat;
import org.clausemap.store.Review;
import org.clausemap.store.StoredAnalysis;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.json.JsonMapper;

/** The response written around the stored JSON is exactly what Jackson writes for the resource record. */
@H2ApiTest
class AnalysisBodyTests {

    @Autowired
    Core core;

    @Autowired
    JsonMapper json;

    @Autowired
    AnalysisBody body;

    @Test
    void writesExactlyWhatJacksonWritesForTheResource() {
        Analysis analysis = core.analyses().analyze(new Source("inline:text", Api.fixture("terms.txt"),
                SourceFormat.TEXT, null), AnalysisOptions.defaults());
        StoredAnalysis stored = new StoredAnalysis(UUID.randomUUID(), analysis, json.writeValueAsBytes(analysis));
        List<Review> reviews = List.of(new Review("act-1", "done", "A. Reviewer \"QA\"", LocalDate.of(2026, 12, 1),
                "checked\nwith counsel", Instant.parse("2026-11-26T08:00:00Z")));
        for (List<Review> r : List.of(List.<Review>of(), reviews)) {
            String expected = json.writeValueAsString(new AnalysisResource(stored.id(), analysis, r));
            assertThat(new String(body.write(stored, r), StandardCharsets.UTF_8)).isEqualTo(expected);
        }
    }

    @Test
    void refusesStoredJsonThatIsNotAnObject() {
        for (String text : List.of("[1, 2]", "", "  ", "{", "}")) {
            StoredAnalysis broken = new StoredAnalysis(UUID.randomUUID(), null, utf8(text));
            assertThatThrownBy(() -> body.write(broken, List.of())).as(text).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(broken.id().toString()).hasMessageContaining("not a JSON object");
        }
    }

    @Test
    void copiesTheStoredBytesAsTheyAreBetweenTheIdAndTheReviews() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
        String expected = "{\"id\":\"" + id + "\",\"title\":\"Conditions g\u00e9n\u00e9rales \u2019\u20ac\",\"reviews\":[]}";
        assertThat(written(id, "\n {\"title\":\"Conditions g\u00e9n\u00e9rales \u2019\u20ac\"}\t\n")).isEqualTo(expected);
        assertThat(written(id, " { \n } ")).isEqualTo("{\"id\":\"" + id + "\",\"reviews\":[]}");
    }

    private String written(UUID id, String stored) {
        return new String(body.write(new StoredAnalysis(id, null, utf8(stored)), List.of()), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
