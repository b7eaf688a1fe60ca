package org.clausemap.archive.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.clausemap.archive.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

/** The archive's store on a real database: the lease, and the one-version-per-change insert under concurrency. */
abstract class DocumentStoreContract {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    TestDatabase database;
    DocumentStore store;

    abstract TestDatabase openDatabase();

    @BeforeEach
    void setUp() {
        database = openDatabase();
        store = database.store();
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private RegisteredDocument monitored(String type) {
        return store.register(new NewDocument("globex", type, "https://globex.example/" + type, List.of("main"),
                List.of(".banner"), true, Duration.ofHours(6)), NOW);
    }

    @Test
    void aDocumentIsRegisteredOncePerPlatformAndTypeWithItsSelectors() {
        RegisteredDocument d = monitored("terms");
        assertThat(store.find("globex", "terms")).contains(d);
        assertThat(d.select()).containsExactly("main");
        assertThat(d.remove()).containsExactly(".banner");
        assertThat(d.interval()).isEqualTo(Duration.ofHours(6));
        assertThat(d.monitoring().nextFetchAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> monitored("terms")).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void aLeaseIsExclusiveUntilReleasedOrExpired() {
        RegisteredDocument d = monitored("terms");
        DocumentStore other = database.store();
        Instant until = NOW.plus(Duration.ofMinutes(10));
        assertThat(store.claim(d.id(), "a", NOW, until)).isTrue();
        assertThat(other.claim(d.id(), "b", NOW, until)).isFalse();
        assertThat(other.due(NOW, 10)).as("a leased document is not listed as due").isEmpty();
        assertThat(other.claim(d.id(), "b", NOW.plus(Duration.ofMinutes(11)), NOW.plus(Duration.ofMinutes(21))))
                .as("the lease of an instance that died expires").isTrue();
        assertThat(store.release(d.id(), "a", state(NOW.plus(Duration.ofHours(6))))).as("a lost lease").isFalse();
        assertThat(other.release(d.id(), "b", state(NOW.plus(Duration.ofHours(6))))).isTrue();
        assertThat(store.claim(d.id(), "a", NOW.plus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(2))))
                .as("released, but not due before its next fetch").isFalse();
        assertThat(store.find(d.id()).orElseThrow().monitoring().lastOutcome()).isEqualTo("unchanged");
    }

    @Test
    void concurrentWritersOfTheSameTextRecordOneVersion() throws Exception {
        RegisteredDocument d = monitored("terms");
        int writers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CyclicBarrier start = new CyclicBarrier(writers);
            List<Future<Insertion>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                DocumentStore own = database.store();
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return own.insertIfChanged(version(d, "a".repeat(64), NOW), new Snapshot("text/plain", "x"),
                            "{}");
                }));
            }
            int created = 0;
            for (Future<Insertion> f : results) {
                created += f.get(30, TimeUnit.SECONDS).created() ? 1 : 0;
            }
            assertThat(created).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.versions(d.id())).hasSize(1);
        Insertion next = store.insertIfChanged(version(d, "b".repeat(64), NOW.plusSeconds(60)),
                new Snapshot("text/plain", "y"), "{}");
        assertThat(next.created()).isTrue();
        assertThat(next.previous().sha256()).isEqualTo("a".repeat(64));
        assertThat(store.versionAt(d.id(), NOW.plusSeconds(30)).orElseThrow().sha256()).isEqualTo("a".repeat(64));
        assertThat(store.latest(d.id()).orElseThrow().sha256()).isEqualTo("b".repeat(64));
    }

    private static VersionRecord version(RegisteredDocument d, String sha, Instant at) {
        return new VersionRecord(UUID.randomUUID(), d.id(), at, at, "monitor", sha, d.url(), "HTML", "Terms", 10,
                50, "medium", "rules-v1");
    }

    private static MonitorState state(Instant next) {
        return new MonitorState(next, NOW, "unchanged", null, 0, "\"e1\"", null);
    }
}
