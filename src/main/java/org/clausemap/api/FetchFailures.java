package org.clausemap.api;

import java.net.http.HttpTimeoutException;
import java.util.concurrent.TimeoutException;

import org.clausemap.ingest.IngestException;

/**
 * Sorts a failed fetch into the problem a client can act on: a timeout (504), a URL the policy refuses (422: a
 * private, loopback or link-local address, or a redirect to a scheme other than http(s)), or a server that could
 * not deliver (502: unknown host, connection refused, HTTP error status, too many redirects, body too large,
 * content that is not a document).
 *
 * <p>{@link IngestException} carries no kind, so refusals are recognised by the fetcher's wording ("Refusing to
 * fetch", "Unsupported URL scheme"); the fetch tests pin that wording.
 */
final class FetchFailures {

    private FetchFailures() {
    }

    static ApiProblem problem(IngestException e, String url) {
        ProblemType type = timedOut(e) ? ProblemType.FETCH_TIMEOUT
                : refused(e) ? ProblemType.URL_REFUSED
                : ProblemType.FETCH_FAILED;
        return new ApiProblem(type, e.getMessage(), e).with("url", url);
    }

    private static boolean timedOut(IngestException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof HttpTimeoutException) {
                return true;
            }
        }
        return e.getMessage() != null && e.getMessage().startsWith("Timed out");
    }

    private static boolean refused(IngestException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        return message.startsWith("Refusing to fetch") || message.startsWith("Unsupported URL scheme");
    }
}
