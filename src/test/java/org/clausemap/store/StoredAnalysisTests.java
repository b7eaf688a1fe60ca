package org.clausemap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import tools.jackson.databind.json.JsonMapper;

class StoredAnalysisTests {

    @Test
    void anAnalysisReadFromTheStoreIsParsedOnlyWhenAskedForAndOnlyOnce() {
        List<String> parsed = new ArrayList<>();
        StoredAnalysis stored = StoredAnalysis.read(UUID.randomUUID(), "{\"x\": 1}".getBytes(StandardCharsets.UTF_8), json -> {
            parsed.add(new String(json, StandardCharsets.UTF_8));
            return null;
        });

        assertThat(stored.json()).isEqualTo("{\"x\": 1}");
        assertThat(parsed).as("returning the JSON reads nothing").isEmpty();
        stored.analysis();
        stored.analysis();
        assertThat(parsed).containsExactly("{\"x\": 1}");
    }

    @Test
    void findingAnAnalysisGivesItsJsonWithoutParsingIt() {
        DriverManagerDataSource db = StoreTestDatabase.migratedH2();
        JdbcClient jdbc = JdbcClient.create(db);
        UUID id = StoreTestDatabase.insertAnalysis(jdbc);
        jdbc.sql("INSERT INTO analysis_json (analysis_id, body_compressed) VALUES (:id, :body)").param("id", id)
                .param("body", Compressed.pack("[\"no analysis\"]")).update();
        RuleFirings firings = StoreTestDatabase.firingsFlushedByHand(jdbc, db);
        try {
            AnalysisStore store = new AnalysisStore(jdbc, JsonMapper.builder().build(), firings);

            StoredAnalysis stored = store.find(id).orElseThrow();

            assertThat(stored.json()).isEqualTo("[\"no analysis\"]");
            assertThatThrownBy(stored::analysis).as("parsed only now").isNotNull();
        } finally {
            firings.destroy();
        }
    }
}
