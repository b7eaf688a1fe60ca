package org.clausemap.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 standing in for platforms' web sites: serves pages whose content the test changes,
 * with an ETag (and answers 304 to a matching If-None-Match) unless told to ignore validators, or a set status; and
 * counts the requests per path.
 */
public final class SiteServer implements AutoCloseable {

    /** What one path serves. */
    private record Page(String body, int status, boolean validators) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final List<String> conditional = new CopyOnWriteArrayList<>();
    private volatile long delayMillis;

    public SiteServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Serves {@code html} at {@code path} with an ETag, answering 304 when it matches. */
    public void serve(String path, String html) {
        pages.put(path, new Page(html, 200, true));
    }

    /** Serves {@code html} with a fresh ETag every time: validators never match (a server that ignores them). */
    public void serveIgnoringValidators(String path, String html) {
        pages.put(path, new Page(html, 200, false));
    }

    public void fail(String path, int status) {
        pages.put(path, new Page("error", status, false));
    }

    /** Answers each request after this delay (so concurrent fetchers overlap). */
    public void delay(long millis) {
        delayMillis = millis;
    }

    public int requests(String path) {
        AtomicInteger n = requests.get(path);
        return n == null ? 0 : n.get();
    }

    /** The paths of requests that carried If-None-Match or If-Modified-Since. */
    public List<String> conditionalRequests() {
        return List.copyOf(conditional);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            if (ifNoneMatch != null || exchange.getRequestHeaders().getFirst("If-Modified-Since") != null) {
                conditional.add(path);
            }
            Page page = pages.get(path);
            if (page == null) {
                send(exchange, 404, "not found");
                return;
            }
            if (page.status() != 200) {
                send(exchange, page.status(), page.body());
                return;
            }
            String etag = page.validators() ? "\"" + Integer.toHexString(page.body().hashCode()) + "\""
                    : "\"" + System.nanoTime() + "\"";
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders().set("Last-Modified", "Wed, 21 Oct 2025 07:28:00 GMT");
            if (page.validators() && etag.equals(ifNoneMatch)) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            send(exchange, 200, page.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
