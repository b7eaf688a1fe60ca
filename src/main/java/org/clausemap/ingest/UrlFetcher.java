package org.clausemap.ingest;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Fetches a terms page over http or https, safely: redirects are followed by hand and every hop is checked again
 * (scheme, and the address its host resolves to), private and loopback addresses are refused unless allowed, the
 * body is capped while it streams, and the whole fetch has one deadline. The response's content type decides the
 * format. Every failure is an {@link IngestException} naming the URL and what went wrong.
 *
 * <p>Known limit: the host is resolved for the check and again by the HTTP client when it connects, so a DNS server
 * that answers differently the second time (DNS rebinding) is not caught.
 */
public final class UrlFetcher {

    /**
     * What a fetch may do.
     *
     * @param timeout               deadline for the whole fetch, redirects included
     * @param maxBytes              largest body accepted, in bytes
     * @param maxRedirects          most redirects followed
     * @param allowPrivateAddresses allow hosts that resolve to loopback, private, link-local or similar addresses
     * @param allowedHosts          host names (or literal addresses) fetched without the address check
     */
    public record FetchPolicy(Duration timeout, long maxBytes, int maxRedirects, boolean allowPrivateAddresses,
                              Set<String> allowedHosts) {

        public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
        public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
        public static final int DEFAULT_MAX_REDIRECTS = 5;

        public FetchPolicy {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + timeout);
            }
            if (maxBytes <= 0) {
                throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
            }
            if (maxRedirects < 0) {
                throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
            }
            allowedHosts = allowedHosts == null ? Set.of()
                    : allowedHosts.stream().map(AddressGuard::bare).collect(Collectors.toUnmodifiableSet());
        }

        /** 20 s, 5 MB, 5 redirects, private addresses refused. */
        public static FetchPolicy defaults() {
            return new FetchPolicy(DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS, false, Set.of());
        }
    }

    private static final String USER_AGENT = "clausemap/0.1 (terms ingestion)";
    private static final String ACCEPT = "text/html, application/xhtml+xml, text/markdown, text/plain;q=0.9, */*;q=0.1";

    private final FetchPolicy policy;
    /** Built at the first fetch: creating an HTTP client (its TLS context) took ~130 ms of every service start. */
    private volatile HttpClient client;

    public UrlFetcher() {
        this(FetchPolicy.defaults());
    }

    public UrlFetcher(FetchPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    private HttpClient client() {
        HttpClient built = client;
        if (built == null) {
            synchronized (this) {
                built = client;
                if (built == null) {
                    built = HttpClient.newBuilder()
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .connectTimeout(policy.timeout())
                            .build();
                    client = built;
                }
            }
        }
        return built;
    }

    /**
     * What a conditional fetch got: the source, or none when the server answered 304 Not Modified; and the
     * validators ({@code ETag}, {@code Last-Modified}) to send next time, each null when the server gave none.
     */
    public record Conditional(Source source, String etag, String lastModified) {

        public boolean notModified() {
            return source == null;
        }
    }

    /** Fetches {@code url} as a source named by that URL. */
    public Source fetch(String url, Selectors selectors) {
        return fetch(url, selectors, null, null).source();
    }

    /**
     * Fetches {@code url} unless the server says it has not changed since the response that carried these
     * validators: sends {@code If-None-Match} and {@code If-Modified-Since} when given (either may be null), and
     * returns {@link Conditional#notModified()} on 304.
     */
    public Conditional fetchIfChanged(String url, Selectors selectors, String etag, String lastModified) {
        return fetch(url, selectors, etag, lastModified);
    }

    private Conditional fetch(String url, Selectors selectors, String etag, String lastModified) {
        long deadline = System.nanoTime() + policy.timeout().toNanos();
        URI current = parse(url);
        for (int redirects = 0; ; redirects++) {
            checkTarget(current, url);
            HttpResponse<byte[]> response = send(current, url, deadline, etag, lastModified);
            int status = response.statusCode();
            if (status == 304 && (etag != null || lastModified != null)) {
                return new Conditional(null, etag, lastModified);
            }
            if (isRedirect(status)) {
                if (redirects >= policy.maxRedirects()) {
                    throw new IngestException("Too many redirects fetching " + url + ": more than "
                            + policy.maxRedirects() + " (last at " + current + ")");
                }
                current = redirectTarget(response, current, url);
                continue;
            }
            if (status < 200 || status >= 300) {
                throw new IngestException("HTTP status " + status + " fetching " + describe(current, url));
            }
            return new Conditional(ResponseDecoder.toSource(response, current, describe(current, url), url, selectors),
                    response.headers().firstValue("etag").orElse(null),
                    response.headers().firstValue("last-modified").orElse(null));
        }
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null) {
                throw new IngestException("Not an absolute URL: " + url);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IngestException("Not a valid URL: " + url + " (" + e.getReason() + ")", e);
        }
    }

    private void checkTarget(URI uri, String url) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IngestException("Unsupported URL scheme '" + scheme + "' in " + describe(uri, url)
                    + ": only http and https are fetched");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IngestException("No host in " + describe(uri, url));
        }
        AddressGuard.check(uri.getHost(), policy, describe(uri, url));
    }

    private HttpResponse<byte[]> send(URI uri, String url, long deadline, String etag, String lastModified) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw timedOut(url, null);
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofNanos(remaining))
                .header("User-Agent", USER_AGENT)
                .header("Accept", ACCEPT);
        if (etag != null) {
            builder.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            builder.header("If-Modified-Since", lastModified);
        }
        HttpRequest request = builder.GET().build();
        CompletableFuture<HttpResponse<byte[]>> future =
                client().sendAsync(request, CappedBody.handler(policy.maxBytes()));
        try {
            return future.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timedOut(url, e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IngestException("Interrupted fetching " + url, e);
        } catch (ExecutionException e) {
            throw failure(e.getCause(), uri, url);
        }
    }

    private IngestException failure(Throwable cause, URI uri, String url) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof CappedBody.TooLarge) {
                return new IngestException("Response from " + describe(uri, url) + " is larger than "
                        + policy.maxBytes() + " bytes (the limit)");
            }
            if (t instanceof HttpTimeoutException) {
                return timedOut(url, t);
            }
            if (t instanceof ConnectException) {
                return new IngestException("Could not connect to " + describe(uri, url) + ": "
                        + (t.getMessage() == null ? "connection refused" : t.getMessage()), t);
            }
        }
        String message = cause instanceof IOException && cause.getMessage() != null ? cause.getMessage()
                : String.valueOf(cause);
        return new IngestException("Fetching " + describe(uri, url) + " failed: " + message, cause);
    }

    private IngestException timedOut(String url, Throwable cause) {
        Duration timeout = policy.timeout();
        String limit = timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
        return new IngestException("Timed out after " + limit + " fetching " + url, cause);
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI redirectTarget(HttpResponse<?> response, URI current, String url) {
        String location = response.headers().firstValue("location").orElseThrow(() -> new IngestException(
                "Redirect " + response.statusCode() + " without a Location header fetching " + describe(current, url)));
        try {
            return current.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IngestException("Invalid redirect Location '" + location + "' fetching "
                    + describe(current, url), e);
        }
    }

    static String describe(URI current, String url) {
        String now = current.toString();
        return now.equals(url) ? url : now + " (redirected from " + url + ")";
    }
}
