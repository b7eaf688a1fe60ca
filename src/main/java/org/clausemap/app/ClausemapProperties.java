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
 * @param rules            how the rule set is reloaded and what rule uploads may hold
 * @param admin            the credential that rule management (reload, validate) requires
 */
@ConfigurationProperties("clausemap")
public record ClausemapProperties(@DefaultValue("rules") Path rulesDir,
                                  @DefaultValue("regulations") Path regulationsDir,
                                  @DefaultValue("5MB") DataSize maxDocumentBytes,
                                  @DefaultValue("10MB") DataSize maxRequestBytes,
                                  @DefaultValue Fetch fetch,
                                  @DefaultValue Rules rules,
                                  @DefaultValue Admin admin) {

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

    /**
     * Reloading the rules folder, and the limits on rule archives posted for validation.
     *
     * @param watch             reload when files in the rules folder change
     * @param quietPeriod       how long the folder must be quiet after a change before it is rebuilt
     * @param maxArchiveEntries most files a zip of a rules folder may hold
     * @param maxArchiveBytes   most bytes a zip of a rules folder may unpack to
     */
    public record Rules(@DefaultValue("true") boolean watch,
                        @DefaultValue("500ms") Duration quietPeriod,
                        @DefaultValue("1000") int maxArchiveEntries,
                        @DefaultValue("20MB") DataSize maxArchiveBytes) {
    }

    /**
     * The admin credential of rule management: an API key (sent as the {@code X-API-Key} header), HTTP Basic
     * credentials, or both. With neither, the endpoints that load or compile rules refuse every caller.
     *
     * @param apiKey   the API key, or blank
     * @param username the Basic user name, or blank
     * @param password the Basic password, or blank
     */
    public record Admin(String apiKey, String username, String password) {

        public boolean hasApiKey() {
            return apiKey != null && !apiKey.isBlank();
        }

        public boolean hasBasic() {
            return username != null && !username.isBlank() && password != null && !password.isEmpty();
        }

        /** Never shows the secrets (the record would print them). */
        @Override
        public String toString() {
            return "Admin[apiKey=" + (hasApiKey() ? "***" : "none") + ", username=" + username + ", password="
                    + (password == null || password.isEmpty() ? "none" : "***") + "]";
        }
    }
}
