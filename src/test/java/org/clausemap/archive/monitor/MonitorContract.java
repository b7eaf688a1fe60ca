package org.clausemap.archive.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CyclicBarrier;

import org.clausemap.archive.Archive;
import org.clausemap.archive.ArchiveProperties;
import org.clausemap.archive.SiteServer;
import org.clausemap.archive.TestClock;
import org.clausemap.archive.TestContent;
import org.clausemap.archive.TestDatabase;
import org.clausemap.archive.WebhookReceiver;
import org.clausemap.archive.store.DocumentStore;
import org.clausemap.archive.store.NewDocument;
import org.clausemap.archive.store.RegisteredDocument;
import org.clausemap.ingest.UrlFetcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The monitor against a real database, a real site on loopback serving changing pages, and a real webhook receiver.
 * Time is a test clock: the monitor is driven by calling {@link Monitor#runDue()}, as the scheduler does.
 */
abstract class MonitorContract {

    static final Duration INTERVAL = Duration.ofHours(6);
    static final ArchiveProperties.Monitor SETTINGS = new ArchiveProperties.Monitor(false, INTERVAL,
            Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofMinutes(5),
            Duration.ofHours(2), 20, null, Duration.ofSeconds(5), null);

    final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
    final SiteServer site = new SiteServer();
    final WebhookReceiver hook = new WebhookReceiver();
    final UrlFetcher fetcher = new UrlFetcher(new UrlFetcher.FetchPolicy(Duration.ofSeconds(5), 1_000_000, 3, false,
            Set.of("127.0.0.1")));
    TestDatabase database;
    DocumentStore store;
    Archive archive;
    Monitor monitor;

    abstract TestDatabase openDatabase();

    @BeforeEach
    void setUp() {
        database = openDatabase();
        store = database.store();
        archive = TestContent.archive(store, clock, List.of(new Webhook(hook.url(), Duration.ofSeconds(5))));
        monitor = new Monitor(archive, store, fetcher, SETTINGS, clock, "instance-a");
    }

    @AfterEach
    void tearDown() {
        site.close();
        hook.close();
        database.close();
    }

    RegisteredDocument monitored(String path, String fixture) {
        site.serve(path, TestContent.fixture(fixture));
        return archive.register(new NewDocument("globex", path.substring(1), site.url(path), List.of("main"),
                List.of(), true, null));
    }

    @Test
    void theFirstFetchRecordsAVersionAndAlertsNobody() {
        RegisteredDocument d = monitored("/terms", "globex-v1.html");
        List<MonitorRun> runs = monitor.runDue();
        assertThat(runs).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo("created");
            assertThat(r.nextFetchAt()).isEqualTo(clock.instant().plus(INTERVAL));
        });
        assertThat(archive.versions(d)).hasSize(1);
        assertThat(hook.received()).isEmpty();
        assertThat(monitor.runDue()).as("not due again before its interval").isEmpty();
        assertThat(site.requests("/terms")).isEqualTo(1);
    }

    @Test
    void unchangedPagesAddNoVersionWhether304OrTheSameText() {
        RegisteredDocument d = monitored("/terms", "globex-v1.html");
        monitor.runDue();

        clock.advance(INTERVAL);
        assertThat(monitor.runDue()).extracting(MonitorRun::outcome).containsExactly("not-modified");
        assertThat(site.conditionalRequests()).containsExactly("/terms");

        site.serveIgnoringValidators("/terms", TestContent.fixture("globex-v1-new-nav.html"));
        clock.advance(INTERVAL);
        assertThat(monitor.runDue()).extracting(MonitorRun::outcome).containsExactly("unchanged");

        assertThat(archive.versions(d)).hasSize(1);
        assertThat(hook.received()).isEmpty();
        assertThat(archive.document(d.id()).monitoring().consecutiveFailures()).isZero();
    }

    @Test
    void aMaterialChangeCreatesAVersionAndPostsTheWebhook() {
        RegisteredDocument d = monitored("/terms", "globex-v1.html");
        monitor.runDue();
        site.serve("/terms", TestContent.fixture("globex-v2.html"));
        clock.advance(INTERVAL);

        List<MonitorRun> runs = monitor.runDue();

        assertThat(runs).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo("created");
            assertThat(r.material()).isPositive();
        });
        assertThat(archive.versions(d)).hasSize(2);
        JsonNode notice = hook.events(Notices.MATERIAL_CHANGE).get(0);
        assertThat(hook.received()).hasSize(1);
        assertThat(notice.path("document").path("id").asString()).isEqualTo(d.id().toString());
        assertThat(notice.path("newerVersion").path("id").asString()).isEqualTo(runs.get(0).versionId().toString());
        List<String> sentences = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        notice.path("materialChanges").forEach(c -> {
            sentences.add(c.path("sentence").asString());
            c.path("categories").forEach(k -> categories.add(k.path("category").asString()));
        });
        assertThat(categories).contains("competing-model-restriction", "training-on-customer-content");
        assertThat(sentences).allSatisfy(s -> assertThat(s).isNotBlank());
        assertThat(sentences).anyMatch(s -> s.contains("\u00A71.4"));
        assertThat(notice.path("frameworks").size()).isPositive();
        assertThat(notice.path("changes").asString()).startsWith("/api/documents/" + d.id() + "/changes?from=");
        assertThat(archive.changes(d, null, null).summary().counts().material())
                .isEqualTo(notice.path("counts").path("material").asInt());
    }

    @Test
    void aPageThatSuddenlyEmptiesIsACaptureFailureNotARemovalOfEveryProvision() {
        RegisteredDocument d = monitored("/terms", "globex-v1.html");
        monitor.runDue();
        site.serve("/terms", TestContent.fixture("globex-maintenance.html"));
        clock.advance(INTERVAL);

        assertThat(monitor.runDue()).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo("capture-failure");
            assertThat(r.versionId()).isNull();
            assertThat(r.nextFetchAt()).isEqualTo(clock.instant().plus(SETTINGS.retry()));
        });
        assertThat(archive.versions(d)).hasSize(1);
        assertThat(hook.events(Notices.MATERIAL_CHANGE)).isEmpty();
        JsonNode alert = hook.events(Notices.CAPTURE_FAILURE).get(0);
        assertThat(alert.path("provisions").asInt()).isEqualTo(1);
        assertThat(alert.path("previousProvisions").asInt()).isEqualTo(7);
        RegisteredDocument after = archive.document(d.id());
        assertThat(after.monitoring().consecutiveFailures()).isEqualTo(1);
        assertThat(after.monitoring().lastOutcome()).isEqualTo("capture-failure");
        assertThat(archive.captureFailures(d, 10)).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("1 provision ", "has 7"));

        site.serve("/terms", TestContent.fixture("globex-no-main.html"));
        clock.advance(SETTINGS.retry());
        assertThat(monitor.runDue()).singleElement().satisfies(r -> {
            assertThat(r.outcome()).as("a selection that matches nothing").isEqualTo("capture-failure");
            assertThat(r.error()).contains("main");
            assertThat(r.nextFetchAt()).isEqualTo(clock.instant().plus(SETTINGS.retry().multipliedBy(2)));
        });

        site.serve("/terms", TestContent.fixture("globex-v1.html"));
        clock.advance(SETTINGS.retry().multipliedBy(2));
        assertThat(monitor.runDue()).extracting(MonitorRun::outcome)
                .as("the validators kept are the last good page's, which the server still has")
                .containsExactly("not-modified");
        assertThat(archive.document(d.id()).monitoring().consecutiveFailures()).isZero();
        assertThat(archive.versions(d)).hasSize(1);
        assertThat(hook.events(Notices.CAPTURE_FAILURE)).hasSize(2);
        assertThat(hook.events(Notices.MATERIAL_CHANGE)).isEmpty();
    }

    @Test
    void fetchErrorsAreRecordedAndRetriedWithExponentialBackoff() {
        RegisteredDocument d = monitored("/terms", "globex-v1.html");
        monitor.runDue();
        site.fail("/terms", 503);
        clock.advance(INTERVAL);
        List<Duration> delays = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            MonitorRun run = monitor.runDue().get(0);
            assertThat(run.outcome()).isEqualTo("error");
            assertThat(run.error()).contains("503");
            Duration delay = Duration.between(clock.instant(), run.nextFetchAt());
            delays.add(delay);
            clock.advance(delay.minusSeconds(1));
            assertThat(monitor.runDue()).as("not retried before its backoff").isEmpty();
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(delays).containsExactly(Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(20),
                Duration.ofMinutes(40), Duration.ofMinutes(80), Duration.ofHours(2));
        RegisteredDocument failing = archive.document(d.id());
        assertThat(failing.monitoring().consecutiveFailures()).isEqualTo(6);
        assertThat(failing.monitoring().lastError()).contains("HTTP status 503");

        site.serve("/terms", TestContent.fixture("globex-v1.html"));
        assertThat(monitor.runDue().get(0).nextFetchAt()).isEqualTo(clock.instant().plus(INTERVAL));
        assertThat(archive.document(d.id()).monitoring().consecutiveFailures()).isZero();
        assertThat(archive.document(d.id()).monitoring().lastError()).isNull();
    }

    @Test
    void twoInstancesOnOneDatabaseFetchEachDocumentOncePerInterval() throws Exception {
        List<RegisteredDocument> documents = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            documents.add(monitored("/doc-" + i, "globex-v1.html"));
        }
        DocumentStore otherStore = database.store();
        Archive otherArchive = TestContent.archive(otherStore, clock, List.of());
        Monitor other = new Monitor(otherArchive, otherStore, fetcher, SETTINGS, clock, "instance-b");
        site.delay(150);

        for (int round = 0; round < 2; round++) {
            List<MonitorRun> runs = concurrently(List.of(monitor, other, monitor, other));
            assertThat(runs).hasSize(documents.size());
            assertThat(runs).extracting(MonitorRun::documentId).doesNotHaveDuplicates();
            for (int i = 0; i < documents.size(); i++) {
                assertThat(site.requests("/doc-" + i)).as("doc-%d in round %d", i, round).isEqualTo(round + 1);
            }
            assertThat(concurrently(List.of(monitor, other))).as("nothing due until the interval passed").isEmpty();
            clock.advance(INTERVAL);
        }
        for (RegisteredDocument d : documents) {
            assertThat(archive.versions(d)).hasSize(1);
        }
    }

    /** Runs each monitor's {@code runDue()} on its own thread, all released at once; returns every run. */
    private static List<MonitorRun> concurrently(List<Monitor> monitors) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(monitors.size());
        try {
            CyclicBarrier start = new CyclicBarrier(monitors.size());
            List<Future<List<MonitorRun>>> futures = new ArrayList<>();
            for (Monitor m : monitors) {
                Callable<List<MonitorRun>> task = () -> {
                    start.await(10, TimeUnit.SECONDS);
                    return m.runDue();
                };
                futures.add(pool.submit(task));
            }
            List<MonitorRun> all = new ArrayList<>();
            for (Future<List<MonitorRun>> f : futures) {
                all.addAll(f.get(60, TimeUnit.SECONDS));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }
}
