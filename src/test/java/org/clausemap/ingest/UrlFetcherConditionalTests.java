package org.clausemap.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import org.clausemap.archive.SiteServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Conditional GET against a real server on loopback: validators out, 304 in. */
class UrlFetcherConditionalTests {

    private final SiteServer site = new SiteServer();
    private final UrlFetcher fetcher = new UrlFetcher(new UrlFetcher.FetchPolicy(Duration.ofSeconds(5), 100_000, 2,
            false, Set.of("127.0.0.1")));

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void aFetchReturnsTheValidatorsAndAMatchingOneGets304() {
        site.serve("/terms", "<main><p>1. You may not scrape the service.</p></main>");
        UrlFetcher.Conditional first = fetcher.fetchIfChanged(site.url("/terms"), Selectors.NONE, null, null);
        assertThat(first.notModified()).isFalse();
        assertThat(first.source().content()).contains("scrape");
        assertThat(first.etag()).startsWith("\"");
        assertThat(first.lastModified()).endsWith("GMT");
        assertThat(site.conditionalRequests()).isEmpty();

        UrlFetcher.Conditional second = fetcher.fetchIfChanged(site.url("/terms"), Selectors.NONE, first.etag(),
                first.lastModified());
        assertThat(second.notModified()).isTrue();
        assertThat(second.etag()).isEqualTo(first.etag());
        assertThat(site.conditionalRequests()).containsExactly("/terms");
    }

    @Test
    void aChangedPageIsFetchedWhateverTheValidators() {
        site.serve("/terms", "<main><p>1. You may not scrape the service.</p></main>");
        UrlFetcher.Conditional first = fetcher.fetchIfChanged(site.url("/terms"), Selectors.NONE, null, null);
        site.serve("/terms", "<main><p>1. You may not scrape or crawl the service.</p></main>");
        UrlFetcher.Conditional second = fetcher.fetchIfChanged(site.url("/terms"), Selectors.NONE, first.etag(),
                null);
        assertThat(second.notModified()).isFalse();
        assertThat(second.source().content()).contains("crawl");
        assertThat(second.etag()).isNotEqualTo(first.etag());
    }
}
