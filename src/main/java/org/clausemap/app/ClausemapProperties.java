package org.clausemap.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.clausemap.ingest.UrlFetcher.FetchPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The service's settings ({@code clausemap.*}).
 *
 * @param rulesDir         the rules folder (DRL, decision tables, {@code ruleset.yaml})
 * @param regulationsDir   the framework definitions folder
 * @param maxDocumentBytes largest document accepted: an uploaded file, inline html/markdown/text (UTF-8 bytes)
 * @param maxRequestBytes  largest request body accepted: a JSON body, or a whole multipart request
 * @param fetch            how documents given by URL are fetched
 */
@ConfigurationProperties("clausemap")
public record ClausemapProperties(@DefaultValue("rules") Path rulesDir,
                                  @DefaultValue("regulations") Path regulationsDir,
                                  @DefaultValue("5MB") DataSize maxDocumentBytes,
                                  @DefaultValue("10MB") DataSize maxRequestBytes,
                                  @DefaultValue Fetch fetch) {

    /**
     * The fetch policy for {@code url} requests: http(s) only; every redirect hop is checked again.
     *
     * @param timeout               deadline for the whole fetch, redirects included
     * @param maxBytes              largest response body accepted
     * @param maxRedirects          most redirects followed
     * @param allowPrivateAddresses fetch hosts that resolve to loopback, private or link-local addresses
     * @param allowedHosts          hosts (names or literal addresses) fetched without the address check
     */
    public record Fetch(@DefaultValue("20s") Duration timeout,
                        @DefaultValue("5MB") DataSize maxBytes,
                        @DefaultValue("5") int maxRedirects,
                        @DefaultValue("false") boolean allowPrivateAddresses,
                        @DefaultValue Set<String> allowedHosts) {

        public FetchPolicy policy() {
            return new FetchPolicy(timeout, maxBytes.toBytes(), maxRedirects, allowPrivateAddresses, allowedHosts);
        }
    }
}
