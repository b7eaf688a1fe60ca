package org.clausemap.archive.monitor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.clausemap.archive.Archive;
import org.clausemap.archive.ArchiveException;
import org.clausemap.archive.ArchiveProperties;
import org.clausemap.archive.Origin;
import org.clausemap.archive.Recording;
import org.clausemap.archive.store.DocumentStore;
import org.clausemap.archive.store.MonitorState;
import org.clausemap.archive.store.RegisteredDocument;
import org.clausemap.ingest.IngestException;
import org.clausemap.ingest.UrlFetcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches the monitored documents that are due, each under a database lease, and records what changed. One instance
 * per process; any number of processes may share the database. Thread-safe.
 */
public final class Monitor {

    private static final Logger log = LoggerFactory.getLogger(Monitor.class);

    private final Archive archive;
    private final DocumentStore store;
    private final UrlFetcher fetcher;
    private final ArchiveProperties.Monitor settings;
    private final Clock clock;
    private final String owner;

    /**
     * @param owner this instance's name in the lease; unique among the instances sharing the database
     */
    public Monitor(Archive archive, DocumentStore store, UrlFetcher fetcher, ArchiveProperties.Monitor settings,
                   Clock clock, String owner) {
        this.archive = archive;
        this.store = store;
        this.fetcher = fetcher;
        this.settings = settings;
        this.clock = clock;
        this.owner = owner;
    }

    public String owner() {
        return owner;
    }

    /** Fetches every due document this instance can lease (at most a batch), one after the other. */
    public List<MonitorRun> runDue() {
        Instant now = clock.instant();
        List<MonitorRun> runs = new ArrayList<>();
        for (UUID id : store.due(now, settings.batch())) {
            if (store.claim(id, owner, now, now.plus(settings.lease()))) {
                store.find(id).ifPresent(document -> runs.add(fetch(document)));
            }
        }
        return runs;
    }

    /** Fetches one leased document, records the outcome and gives the lease up. */
    private MonitorRun fetch(RegisteredDocument document) {
        MonitorState before = document.monitoring();
        Instant at = clock.instant();
        String outcome;
        String error = null;
        String etag = before.etag();
        String lastModified = before.lastModified();
        Recording recording = null;
        try {
            UrlFetcher.Conditional got = fetcher.fetchIfChanged(document.url(), document.selectors(), etag,
                    lastModified);
            if (got.notModified()) {
                outcome = "not-modified";
            } else {
                recording = archive.record(document, got.source(), at, Origin.MONITOR);
                if (recording.outcome() == Recording.Outcome.CAPTURE_FAILURE) {
                    outcome = "capture-failure";
                    error = recording.failure().reason();
                } else {
                    outcome = recording.outcome() == Recording.Outcome.CREATED ? "created" : "unchanged";
                    etag = got.etag();
                    lastModified = got.lastModified();
                }
            }
        } catch (IngestException | ArchiveException e) {
            outcome = "error";
            error = e.getMessage();
        } catch (RuntimeException e) {
            log.error("Monitoring {} failed", document.name(), e);
            outcome = "error";
            error = "Unexpected error: " + e;
        }
        int failures = error == null ? 0 : before.consecutiveFailures() + 1;
        Duration interval = document.interval() != null ? document.interval() : settings.interval();
        Instant next = clock.instant().plus(Backoff.delay(failures, interval, settings.retry(), settings.maxBackoff()));
        if (error != null) {
            log.warn("Monitoring {}: {} (failure {} in a row; next try at {})", document.name(), error, failures, next);
        }
        if (!store.release(document.id(), owner, new MonitorState(next, at, outcome, error, failures, etag,
                lastModified))) {
            log.warn("Monitoring {}: the lease expired before the fetch ended; another instance may fetch it again."
                    + " Raise clausemap.archive.monitor.lease", document.name());
        }
        boolean created = recording != null && recording.outcome() == Recording.Outcome.CREATED;
        return new MonitorRun(document.id(), document.name(), outcome, created ? recording.version().id() : null,
                created && recording.summary() != null ? recording.summary().counts().material() : 0, error, next);
    }
}
