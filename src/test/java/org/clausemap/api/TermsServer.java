package org.clausemap.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Test helper: a real HTTP server on 127.0.0.1 standing in for a platform's web site. Serves the API test fixtures
 * and a few misbehaving routes, and counts the requests it received.
 */
final class TermsServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final AtomicInteger requests = new AtomicInteger();

    TermsServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** {@code http://127.0.0.1:<port><path>}. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    int requests() {
        return requests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            switch (exchange.getRequestURI().getPath()) {
                case "/terms.html" -> send(exchange, 200, "text/html; charset=utf-8", Api.fixture("terms.html"));
                case "/terms.md" -> send(exchange, 200, "text/markdown; charset=utf-8", Api.fixture("terms.md"));
                case "/moved" -> redirect(exchange, "/terms.html");
                case "/moved-to-localhost" -> redirect(exchange, "http://localhost:" + port() + "/terms.html");
                case "/moved-to-file" -> redirect(exchange, "file:///etc/passwd");
                case "/terms.pdf" -> send(exchange, 200, "application/pdf", "%PDF-1.7");
                case "/slow" -> {
                    sleep(10_000);
                    send(exchange, 200, "text/plain", "1. Too late.");
                }
                default -> send(exchange, 404, "text/plain", "not found");
            }
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException e) {
            // the client gave up (a timeout test): nothing to send it
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
