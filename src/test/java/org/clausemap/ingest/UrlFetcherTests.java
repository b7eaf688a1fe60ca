package org.clausemap.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.clausemap.ingest.UrlFetcher.FetchPolicy;
import org.clausemap.provision.SourceFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlFetcherTests {

    private static final String PAGE = "<html><body><h1>Terms</h1><p>1. Clause.</p></body></html>";

    private HttpServer server;
    private ExecutorService executor;
    private String base;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        int port = server.getAddress().getPort();
        base = "http://127.0.0.1:" + port;
        respond("/terms.html", exchange -> send(exchange, 200, "text/html; charset=utf-8", utf8(PAGE)));
        respond("/terms.md", exchange -> send(exchange, 200, "text/markdown", utf8("# Terms\n")));
        respond("/raw/terms.md", exchange -> send(exchange, 200, "text/plain", utf8("# Terms\n")));
        respond("/terms.txt", exchange -> send(exchange, 200, "text/plain; charset=utf-8", utf8("1. Clause.")));
        respond("/latin1", exchange -> send(exchange, 200, "text/html; charset=ISO-8859-1",
                "<p>Caf\u00e9 clause.</p>".getBytes(StandardCharsets.ISO_8859_1)));
        respond("/untyped", exchange -> {
            exchange.sendResponseHeaders(200, PAGE.length());
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(utf8(PAGE));
            }
        });
        respond("/terms.pdf", exchange -> send(exchange, 200, "application/pdf", new byte[] {'%', 'P', 'D', 'F'}));
        respond("/missing", exchange -> send(exchange, 404, "text/html", utf8("<p>Not found</p>")));
        respond("/big", exchange -> send(exchange, 200, "text/html", filled(5_000)));
        respond("/endless", this::stream);
        respond("/moved", exchange -> redirect(exchange, "/terms.html"));
        respond("/loop", exchange -> redirect(exchange, "/loop"));
        respond("/to-localhost", exchange -> redirect(exchange, "http://localhost:" + port + "/terms.html"));
        respond("/to-file", exchange -> redirect(exchange, "file:///etc/passwd"));
        respond("/slow", exchange -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(exchange, 200, "text/html", utf8(PAGE));
        });
        executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Test
    void refusesLoopbackAddressesByDefault() {
        UrlFetcher fetcher = new UrlFetcher();
        assertThatThrownBy(() -> fetcher.fetch(base + "/terms.html", Selectors.NONE))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("Refusing to fetch " + base + "/terms.html")
                .hasMessageContaining("loopback");
        assertThat(hits("/terms.html")).isZero();
    }

    @Test
    void fetchesFromAnAllowedHost() {
        Source source = allowing().fetch(base + "/terms.html", Selectors.NONE);
        assertThat(source.name()).isEqualTo(base + "/terms.html");
        assertThat(source.content()).isEqualTo(PAGE);
        assertThat(source.format()).isEqualTo(SourceFormat.HTML);
    }

    @Test
    void fetchesPrivateAddressesWhenThePolicyAllowsThem() {
        FetchPolicy policy = new FetchPolicy(Duration.ofSeconds(5), 1_000_000, 5, true, Set.of());
        assertThat(new UrlFetcher(policy).fetch(base + "/terms.html", Selectors.NONE).content()).isEqualTo(PAGE);
    }

    @Test
    void takesTheFormatFromTheContentType() {
        UrlFetcher fetcher = allowing();
        assertThat(fetcher.fetch(base + "/terms.md", Selectors.NONE).format()).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(fetcher.fetch(base + "/terms.txt", Selectors.NONE).format()).isEqualTo(SourceFormat.TEXT);
        assertThat(fetcher.fetch(base + "/raw/terms.md", Selectors.NONE).format()).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(fetcher.fetch(base + "/untyped", Selectors.NONE).format()).isEqualTo(SourceFormat.HTML);
        assertThatThrownBy(() -> fetcher.fetch(base + "/terms.pdf", Selectors.NONE))
                .isInstanceOf(IngestException.class).hasMessageContaining("Unsupported content type 'application/pdf'");
    }

    @Test
    void decodesTheDeclaredCharset() {
        assertThat(allowing().fetch(base + "/latin1", Selectors.NONE).content()).isEqualTo("<p>Caf\u00e9 clause.</p>");
    }

    @Test
    void reportsHttpErrorStatus() {
        assertThatThrownBy(() -> allowing().fetch(base + "/missing", Selectors.NONE))
                .isInstanceOf(IngestException.class).hasMessage("HTTP status 404 fetching " + base + "/missing");
    }

    @Test
    void refusesADeclaredBodyOverTheCap() {
        UrlFetcher fetcher = allowing(1_000, 5);
        assertThatThrownBy(() -> fetcher.fetch(base + "/big", Selectors.NONE))
                .isInstanceOf(IngestException.class).hasMessageContaining("larger than 1000 bytes");
    }

    @Test
    void capsAStreamedBodyWhileReadingIt() {
        UrlFetcher fetcher = allowing(10_000, 5);
        assertThatThrownBy(() -> fetcher.fetch(base + "/endless", Selectors.NONE))
                .isInstanceOf(IngestException.class).hasMessageContaining("larger than 10000 bytes");
    }

    @Test
    void followsRedirectsItself() {
        Source source = allowing().fetch(base + "/moved", Selectors.NONE);
        assertThat(source.content()).isEqualTo(PAGE);
        assertThat(source.name()).isEqualTo(base + "/moved");
    }

    @Test
    void refusesARedirectToARefusedHost() {
        assertThatThrownBy(() -> allowing().fetch(base + "/to-localhost", Selectors.NONE))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("Refusing to fetch http://localhost:")
                .hasMessageContaining("redirected from " + base + "/to-localhost");
        assertThat(hits("/terms.html")).isZero();
    }

    @Test
    void stopsAfterTooManyRedirects() {
        assertThatThrownBy(() -> allowing(1_000_000, 3).fetch(base + "/loop", Selectors.NONE))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("Too many redirects fetching " + base + "/loop")
                .hasMessageContaining("more than 3");
        assertThat(hits("/loop")).isEqualTo(4);
    }

    @Test
    void refusesSchemesOtherThanHttpAndHttps() {
        assertThatThrownBy(() -> allowing().fetch("ftp://127.0.0.1/terms.html", Selectors.NONE))
                .isInstanceOf(IngestException.class).hasMessageContaining("Unsupported URL scheme 'ftp'");
        assertThatThrownBy(() -> allowing().fetch(base + "/to-file", Selectors.NONE))
                .isInstanceOf(IngestException.class).hasMessageContaining("Unsupported URL scheme 'file'")
                .hasMessageContaining("redirected from " + base + "/to-file");
    }

    @Test
    void timesOutOnASlowServer() {
        FetchPolicy policy = new FetchPolicy(Duration.ofMillis(300), 1_000_000, 5, false, Set.of("127.0.0.1"));
        assertThatThrownBy(() -> new UrlFetcher(policy).fetch(base + "/slow", Selectors.NONE))
                .isInstanceOf(IngestException.class).hasMessage("Timed out after 300 ms fetching " + base + "/slow");
    }

    @Test
    void hasSafeDefaults() {
        FetchPolicy defaults = FetchPolicy.defaults();
        assertThat(defaults.timeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(defaults.maxBytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(defaults.maxRedirects()).isEqualTo(5);
        assertThat(defaults.allowPrivateAddresses()).isFalse();
        assertThat(defaults.allowedHosts()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1", "10.1.2.3", "172.16.5.4", "172.31.255.255", "192.168.1.1",
        "169.254.169.254", "fe80::1", "fc00::1", "fd12:3456::1", "0.0.0.0", "224.0.0.1", "100.64.0.1",
        "::ffff:10.0.0.1"})
    void refusesInternalAddresses(String address) throws IOException {
        assertThat(AddressGuard.refusedKind(InetAddress.getByName(address))).as(address).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "172.32.0.1", "8.8.8.8", "2606:4700::1111"})
    void acceptsPublicAddresses(String address) throws IOException {
        assertThat(AddressGuard.refusedKind(InetAddress.getByName(address))).as(address).isNull();
    }

    private UrlFetcher allowing() {
        return allowing(1_000_000, 5);
    }

    private UrlFetcher allowing(long maxBytes, int maxRedirects) {
        FetchPolicy policy = new FetchPolicy(Duration.ofSeconds(5), maxBytes, maxRedirects, false, Set.of("127.0.0.1"));
        return new UrlFetcher(policy);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private void respond(String path, Handler handler) {
        server.createContext(path, exchange -> {
            if (!exchange.getRequestURI().getPath().equals(path)) {
                send(exchange, 404, "text/plain", new byte[0]);
                return;
            }
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            handler.handle(exchange);
        });
    }

    private int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    /** A chunked body with no Content-Length that goes on far past any cap. */
    private void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/html");
        exchange.sendResponseHeaders(200, 0);
        byte[] chunk = filled(4_096);
        try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < 2_000; i++) {
                out.write(chunk);
            }
        } catch (IOException closedByClient) {
            // the fetcher cancelled the body: what this handler is for
        }
    }

    private static byte[] filled(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'x');
        return body;
    }
}
