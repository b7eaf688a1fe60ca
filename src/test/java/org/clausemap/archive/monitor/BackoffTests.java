package org.clausemap.archive.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTests {

    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
    private static final Duration SIX_HOURS = Duration.ofHours(6);

    @Test
    void afterASuccessTheNextFetchIsOneIntervalAway() {
        assertThat(Backoff.delay(0, DAY, FIVE_MINUTES, SIX_HOURS)).isEqualTo(DAY);
    }

    @Test
    void eachFurtherFailureDoublesTheDelayUpToTheMaximum() {
        assertThat(Backoff.delay(1, DAY, FIVE_MINUTES, SIX_HOURS)).isEqualTo(FIVE_MINUTES);
        assertThat(Backoff.delay(2, DAY, FIVE_MINUTES, SIX_HOURS)).isEqualTo(Duration.ofMinutes(10));
        assertThat(Backoff.delay(4, DAY, FIVE_MINUTES, SIX_HOURS)).isEqualTo(Duration.ofMinutes(40));
        assertThat(Backoff.delay(8, DAY, FIVE_MINUTES, SIX_HOURS)).isEqualTo(SIX_HOURS);
        assertThat(Backoff.delay(1_000, DAY, FIVE_MINUTES, SIX_HOURS)).as("no overflow").isEqualTo(SIX_HOURS);
    }

    @Test
    void aRetryIsNeverLaterThanTheNextRegularFetch() {
        assertThat(Backoff.delay(5, Duration.ofMinutes(30), FIVE_MINUTES, SIX_HOURS))
                .isEqualTo(Duration.ofMinutes(30));
    }
}
