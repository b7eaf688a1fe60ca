package org.clausemap.archive.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.clausemap.archive.Archive;
import org.clausemap.archive.SiteServer;
import org.clausemap.archive.TestContent;
import org.clausemap.archive.TestDatabase;
import org.clausemap.archive.store.DocumentStore;
import org.clausemap.archive.store.NewDocument;
import org.clausemap.archive.store.RegisteredDocument;
import org.clausemap.ingest.UrlFetcher;
import org.junit.jupiter.api.Test;

/** The scheduler runs the monitor on its own thread while started, and not after it stopped. */
class MonitorSchedulerTests {

    @Test
    void aStartedSchedulerFetchesDueDocumentsUntilStopped() throws Exception {
        try (SiteServer site = new SiteServer(); TestDatabase database = TestDatabase.h2()) {
            site.serve("/terms", TestContent.fixture("globex-v1.html"));
            DocumentStore store = database.store();
            Archive archive = TestContent.archive(store, Clock.systemUTC(), List.of());
            RegisteredDocument d = archive.register(new NewDocument("globex", "terms", site.url("/terms"),
                    List.of("main"), List.of(), true, null));
            Monitor monitor = new Monitor(archive, store, new UrlFetcher(new UrlFetcher.FetchPolicy(
                    Duration.ofSeconds(5), 1_000_000, 2, false, Set.of("127.0.0.1"))), MonitorContract.SETTINGS,
                    Clock.systemUTC(), "scheduler-test");
            MonitorScheduler scheduler = new MonitorScheduler(monitor, 50);
            scheduler.start();
            try {
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (archive.versions(d).isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                assertThat(scheduler.isRunning()).isTrue();
            } finally {
                scheduler.stop();
            }
            assertThat(scheduler.isRunning()).isFalse();
            assertThat(archive.versions(d)).hasSize(1);
            assertThat(site.requests("/terms")).as("once: not due again within its interval").isEqualTo(1);
        }
    }
}
