package org.clausemap.archive.monitor;

import java.time.Duration;

/**
 * When a document is fetched next: after its interval on success; after a failure, after the retry delay doubled for
 * each further consecutive failure, never longer than the maximum backoff nor the document's interval.
 */
final class Backoff {

    private Backoff() {
    }

    /**
     * @param failures consecutive failures, counting the one just had (0 after a success)
     */
    static Duration delay(int failures, Duration interval, Duration retry, Duration maxBackoff) {
        if (failures <= 0) {
            return interval;
        }
        Duration cap = interval.compareTo(maxBackoff) < 0 ? interval : maxBackoff;
        int doublings = Math.min(failures - 1, 30);
        Duration delay = retry.multipliedBy(1L << doublings);
        return delay.compareTo(cap) < 0 ? delay : cap;
    }
}
