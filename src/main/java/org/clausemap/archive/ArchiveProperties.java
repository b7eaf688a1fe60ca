package org.clausemap.archive;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The archive's settings ({@code clausemap.archive.*}).
 *
 * @param captureFailureRatio a capture with fewer provisions than this share of the version in force is a capture
 *                            failure, not a version (default 0.3)
 * @param monitor             scheduled re-fetching
 */
@ConfigurationProperties("clausemap.archive")
public record ArchiveProperties(@DefaultValue("0.3") double captureFailureRatio, @DefaultValue Monitor monitor) {

    public ArchiveProperties {
        if (!(captureFailureRatio >= 0 && captureFailureRatio < 1)) {
            throw new IllegalArgumentException("clausemap.archive.capture-failure-ratio must be at least 0 and below 1;"
                    + " was " + captureFailureRatio);
        }
        monitor = monitor == null ? Monitor.defaults() : monitor;
    }

    /** The defaults, for code that runs without Spring (the CLI). */
    public static ArchiveProperties defaults() {
        return new ArchiveProperties(0.3, Monitor.defaults());
    }

    /**
     * Scheduled re-fetching of monitored documents.
     *
     * @param enabled        whether this instance runs the scheduler (documents are monitored only when registered
     *                       with {@code monitor=true})
     * @param interval       re-fetch interval of documents that do not set their own
     * @param minInterval    the shortest interval a document may set
     * @param poll           how often the scheduler looks for due documents
     * @param lease          how long an instance holds a document while fetching it; must exceed a fetch and an
     *                       analysis (an instance that dies holding it releases it when it expires)
     * @param retry          the first retry delay after a failure; doubled after each further failure
     * @param maxBackoff     the longest retry delay (never longer than the document's interval)
     * @param batch          most documents one poll takes on
     * @param webhookUrl     where material changes and capture failures are POSTed as JSON; none when unset
     * @param webhookTimeout deadline of one webhook delivery
     * @param instanceId     this instance's name in the lease; a random one when unset
     */
    public record Monitor(@DefaultValue("true") boolean enabled,
                          @DefaultValue("24h") Duration interval,
                          @DefaultValue("1m") Duration minInterval,
                          @DefaultValue("1m") Duration poll,
                          @DefaultValue("10m") Duration lease,
                          @DefaultValue("5m") Duration retry,
                          @DefaultValue("6h") Duration maxBackoff,
                          @DefaultValue("20") int batch,
                          URI webhookUrl,
                          @DefaultValue("10s") Duration webhookTimeout,
                          String instanceId) {

        public Monitor {
            positive("interval", interval);
            positive("min-interval", minInterval);
            positive("poll", poll);
            positive("lease", lease);
            positive("retry", retry);
            positive("max-backoff", maxBackoff);
            positive("webhook-timeout", webhookTimeout);
            if (batch < 1) {
                throw new IllegalArgumentException("clausemap.archive.monitor.batch must be at least 1; was " + batch);
            }
        }

        public static Monitor defaults() {
            return new Monitor(true, Duration.ofHours(24), Duration.ofMinutes(1), Duration.ofMinutes(1),
                    Duration.ofMinutes(10), Duration.ofMinutes(5), Duration.ofHours(6), 20, null,
                    Duration.ofSeconds(10), null);
        }

        private static void positive(String name, Duration value) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("clausemap.archive.monitor." + name + " must be positive; was "
                        + value);
            }
        }
    }
}
