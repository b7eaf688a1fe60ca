package org.clausemap.archive.monitor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.clausemap.archive.ChangeNotifier;
import org.clausemap.archive.Recording;
import org.clausemap.archive.store.CaptureFailure;
import org.clausemap.archive.store.RegisteredDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.json.JsonMapper;

/**
 * POSTs notices as JSON to the configured URL: a {@link Notices.ChangeNotice} for each new version with material
 * changes (editorial-only versions are not sent), a {@link Notices.CaptureAlert} for each capture failure. The URL is
 * the operator's own, so it is not subject to the fetch policy. A failed delivery is logged, not retried.
 */
public final class Webhook implements ChangeNotifier {

    private static final Logger log = LoggerFactory.getLogger(Webhook.class);

    private final URI url;
    private final Duration timeout;
    private final HttpClient client;
    private final JsonMapper json = JsonMapper.builder().build();

    public Webhook(URI url, Duration timeout) {
        this.url = url;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public void versionCreated(Recording recording) {
        if (recording.material()) {
            post(Notices.MATERIAL_CHANGE, recording.document().name(), Notices.change(recording));
        }
    }

    @Override
    public void captureFailed(RegisteredDocument document, CaptureFailure failure) {
        post(Notices.CAPTURE_FAILURE, document.name(), Notices.capture(document, failure));
    }

    private void post(String event, String document, Object body) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "clausemap/0.1 (monitor)")
                .header("X-Clausemap-Event", event)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() >= 300) {
                log.warn("Webhook {} for {} answered {}", event, document, response.statusCode());
            }
        } catch (IOException e) {
            log.warn("Webhook {} for {} could not be delivered to {}: {}", event, document, url, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("Webhook {} for {} interrupted", event, document);
        }
    }
}
