package org.clausemap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;

/** Every error the API reports is an RFC 9457 problem detail with type, title, status, detail and instance. */
@H2ApiTest
class ProblemDetailTests {

    @Autowired
    RestTestClient client;

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(client);
    }

    @Test
    void noContentFieldIsABadRequestNamingTheFields() {
        JsonNode problem = api.problem(api.postJson(Map.of("platform", "acme")), HttpStatus.BAD_REQUEST,
                "invalid-request");
        assertThat(problem.path("detail").asString()).contains("exactly one of url, html, markdown, text")
                .contains("none");
        assertThat(problem.path("field").asString()).isEqualTo("url, html, markdown, text");
        assertThat(problem.path("instance").asString()).isEqualTo("/api/analyses");
    }

    @Test
    void severalContentFieldsAreABadRequestNamingThem() {
        JsonNode problem = api.problem(api.postJson(Map.of("html", "<p>a</p>", "text", "a")),
                HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(problem.path("detail").asString()).contains("several").contains("html, text");
        assertThat(problem.path("field").asString()).isEqualTo("html, text");
    }

    @Test
    void anEmptyContentFieldIsABadRequest() {
        JsonNode problem = api.problem(api.postJson(Map.of("text", "  ")), HttpStatus.BAD_REQUEST,
                "invalid-request");
        assertThat(problem.path("field").asString()).isEqualTo("text");
    }

    @Test
    void anUnknownJurisdictionIsABadRequestListingTheKnownOnes() {
        JsonNode problem = api.problem(api.postJson(Map.of("text", "1. Terms.", "jurisdictions", List.of("EU", "XX"))),
                HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(problem.path("field").asString()).isEqualTo("jurisdictions");
        assertThat(problem.path("detail").asString()).contains("\"XX\"");
        assertThat(problem.path("known").valueStream().map(JsonNode::asString).toList()).contains("EU", "US");
    }

    @Test
    void aBadMarketPositionIsABadRequest() {
        JsonNode problem = api.problem(api.postJson(Map.of("text", "1. Terms.", "marketPosition", "huge")),
                HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(problem.path("field").asString()).isEqualTo("marketPosition");
        assertThat(problem.path("detail").asString()).contains("dominant, significant, minor, unknown");
    }

    @Test
    void aBadMarketPositionInAnUploadIsABadRequest() {
        JsonNode problem = api.problem(api.upload("t.txt", "1. Terms.".getBytes(StandardCharsets.UTF_8),
                MediaType.TEXT_PLAIN, Map.of("marketPosition", "huge")), HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(problem.path("field").asString()).isEqualTo("marketPosition");
    }

    @Test
    void malformedJsonIsABadRequest() {
        JsonNode problem = api.problem(client.post().uri("/api/analyses").contentType(MediaType.APPLICATION_JSON)
                .body("{\"text\": ").exchange(), HttpStatus.BAD_REQUEST, "malformed-request");
        assertThat(problem.path("detail").asString()).startsWith("The request body cannot be read");
    }

    @Test
    void aBodyThatIsNeitherJsonNorMultipartIsAnUnsupportedMediaType() {
        api.problem(client.post().uri("/api/analyses").contentType(MediaType.TEXT_PLAIN).body("1. Terms.")
                .exchange(), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type");
    }

    @Test
    void anUploadThatIsNotTextIsAnUnsupportedMediaType() {
        JsonNode problem = api.problem(api.upload("terms.pdf", new byte[] {'%', 'P', 'D', 'F'},
                MediaType.APPLICATION_PDF, Map.of()), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type");
        assertThat(problem.path("field").asString()).isEqualTo("file");
        assertThat(problem.path("mediaType").asString()).isEqualTo("application/pdf");
    }

    @Test
    void anUploadWithoutAFileIsABadRequest() {
        JsonNode problem = api.problem(client.post().uri("/api/analyses").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(new org.springframework.util.LinkedMultiValueMap<>(Map.of("platform", List.of("acme"))))
                .exchange(), HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(problem.path("field").asString()).isEqualTo("file");
    }

    @Test
    void anUploadThatIsNotUtf8IsUnprocessable() {
        byte[] latin1 = "1. Les conditions g\u00e9n\u00e9rales s'appliquent.".getBytes(StandardCharsets.ISO_8859_1);
        JsonNode problem = api.problem(api.upload("cgu.txt", latin1, MediaType.TEXT_PLAIN, Map.of()),
                HttpStatus.UNPROCESSABLE_CONTENT, "unprocessable-document");
        assertThat(problem.path("detail").asString()).contains("cgu.txt").contains("not valid UTF-8")
                .contains("line 1");
    }

    @Test
    void aSelectorThatMatchesNothingIsUnprocessableNamingIt() {
        JsonNode problem = api.problem(api.postJson(Map.of("html", Api.fixture("terms.html"),
                "select", List.of("#terms", "article.legal"))), HttpStatus.UNPROCESSABLE_CONTENT,
                "unprocessable-document");
        assertThat(problem.path("selector").asString()).isEqualTo("article.legal");
        assertThat(problem.path("field").asString()).isEqualTo("select");
        assertThat(problem.path("detail").asString()).contains("matched nothing");
    }

    @Test
    void anInvalidSelectorIsUnprocessableNamingIt() {
        JsonNode problem = api.problem(api.postJson(Map.of("html", Api.fixture("terms.html"),
                "remove", List.of("nav[["))), HttpStatus.UNPROCESSABLE_CONTENT, "unprocessable-document");
        assertThat(problem.path("selector").asString()).isEqualTo("nav[[");
        assertThat(problem.path("field").asString()).isEqualTo("remove");
    }

    @Test
    void selectorsApplyToAnalysedHtml() {
        JsonNode analysis = api.created(Map.of("html", Api.fixture("terms.html"), "select", List.of("#terms"),
                "remove", List.of("h2")));
        assertThat(analysis.path("provisions").valueStream().map(p -> p.path("text").asString()).toList())
                .noneMatch(t -> t.contains("Home") || t.contains("Copyright"))
                .anyMatch(t -> t.contains("compete with Acme"));
    }

    @Test
    void anInlineDocumentOverTheLimitIsTooLarge() {
        String text = "x".repeat(ApiTestLimits.DOCUMENT_BYTES + 1);
        JsonNode problem = api.problem(api.postJson(Map.of("text", text)), HttpStatus.CONTENT_TOO_LARGE,
                "document-too-large");
        assertThat(problem.path("maxDocumentBytes").asLong()).isEqualTo(ApiTestLimits.DOCUMENT_BYTES);
    }

    @Test
    void anInlineDocumentIsMeasuredInUtf8Bytes() {
        // under the limit in characters, over it in UTF-8: each euro sign takes 3 bytes
        String text = "\u20ac".repeat(ApiTestLimits.DOCUMENT_BYTES / 3 + 1);
        JsonNode problem = api.problem(api.postJson(Map.of("text", text)), HttpStatus.CONTENT_TOO_LARGE,
                "document-too-large");
        assertThat(problem.path("detail").asString()).contains(Long.toString(3L * text.length()));
    }

    @Test
    void anUploadedFileOverTheLimitIsTooLarge() {
        byte[] big = "y".repeat(ApiTestLimits.DOCUMENT_BYTES + 1).getBytes(StandardCharsets.UTF_8);
        JsonNode problem = api.problem(api.upload("big.txt", big, MediaType.TEXT_PLAIN, Map.of()),
                HttpStatus.CONTENT_TOO_LARGE, "document-too-large");
        assertThat(problem.path("detail").asString()).contains(Long.toString(ApiTestLimits.DOCUMENT_BYTES));
    }

    @Test
    void aJsonBodyOverTheRequestLimitIsTooLarge() {
        String text = "z".repeat(ApiTestLimits.REQUEST_BYTES + 1);
        JsonNode problem = api.problem(api.postJson(Map.of("text", text)), HttpStatus.CONTENT_TOO_LARGE,
                "request-too-large");
        assertThat(problem.path("maxRequestBytes").asLong()).isEqualTo(ApiTestLimits.REQUEST_BYTES);
    }

    @Test
    void aChunkedJsonBodyOverTheRequestLimitIsTooLarge() throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/api/analyses")
                .toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setChunkedStreamingMode(8192);
        connection.setRequestProperty("Content-Type", "application/json");
        try (OutputStream out = connection.getOutputStream()) {
            out.write("{\"text\": \"".getBytes(StandardCharsets.UTF_8));
            out.write("w".repeat(ApiTestLimits.REQUEST_BYTES + 1).getBytes(StandardCharsets.UTF_8));
            out.write("\"}".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(connection.getResponseCode()).isEqualTo(413);
        assertThat(connection.getContentType()).startsWith("application/problem+json");
        try (InputStream in = connection.getErrorStream()) {
            JsonNode problem = api.tree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(problem.path("type").asString()).isEqualTo("urn:clausemap:problem:request-too-large");
            assertThat(problem.path("instance").asString()).isEqualTo("/api/analyses");
        }
    }

    @Test
    void anUnknownAnalysisIdOfAnyShapeIsNotFound() {
        JsonNode problem = api.problem(api.get("/api/analyses/not-a-uuid"), HttpStatus.NOT_FOUND,
                "analysis-not-found");
        assertThat(problem.path("instance").asString()).isEqualTo("/api/analyses/not-a-uuid");
        assertThat(problem.path("id").asString()).isEqualTo("not-a-uuid");
    }

    @Test
    void anUnknownFrameworkIsNotFoundListingTheKnownIds() {
        JsonNode problem = api.problem(api.get("/api/frameworks/magna-carta"), HttpStatus.NOT_FOUND,
                "framework-not-found");
        assertThat(problem.path("detail").asString()).contains("magna-carta").contains("gdpr");
    }

    @Test
    void anUnknownRouteIsNotFound() {
        JsonNode problem = api.problem(api.get("/api/nothing-here"), HttpStatus.NOT_FOUND, "route-not-found");
        assertThat(problem.path("detail").asString()).isEqualTo("No route GET /api/nothing-here");
    }

    @Test
    void anUnsupportedMethodIsAProblemToo() {
        api.problem(client.delete().uri("/api/frameworks").exchange(), HttpStatus.METHOD_NOT_ALLOWED, null);
    }

    @Test
    void theServletErrorPageIsAProblemToo() {
        JsonNode problem = api.problem(api.get("/error"), HttpStatus.INTERNAL_SERVER_ERROR, null);
        assertThat(problem.path("instance").asString()).isEqualTo("/error");
    }

    @Test
    void anUnreadableMultipartBodyIsABadRequest() {
        JsonNode problem = api.problem(client.post().uri("/api/analyses")
                .contentType(MediaType.parseMediaType("multipart/form-data; boundary=cut"))
                .body("--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n1. Terms")
                .exchange(), HttpStatus.BAD_REQUEST, "malformed-request");
        assertThat(problem.path("detail").asString()).startsWith("The multipart body cannot be read");
    }

    @Test
    void aDocumentWithoutProvisionsIsUnprocessable() {
        JsonNode problem = api.problem(api.postJson(Map.of("markdown", Api.fixture("terms.md"),
                "select", List.of("h2"))), HttpStatus.UNPROCESSABLE_CONTENT, "unprocessable-document");
        assertThat(problem.path("detail").asString()).contains("No provisions");
    }

    @Test
    void badPagingIsABadRequestNamingTheParameter() {
        assertThat(api.problem(api.get("/api/analyses?size=0"), HttpStatus.BAD_REQUEST, "invalid-request")
                .path("field").asString()).isEqualTo("size");
        assertThat(api.problem(api.get("/api/analyses?size=101"), HttpStatus.BAD_REQUEST, "invalid-request")
                .path("field").asString()).isEqualTo("size");
        assertThat(api.problem(api.get("/api/analyses?page=-1"), HttpStatus.BAD_REQUEST, "invalid-request")
                .path("field").asString()).isEqualTo("page");
        assertThat(api.problem(api.get("/api/analyses?page=first"), HttpStatus.BAD_REQUEST, "invalid-request")
                .path("field").asString()).isEqualTo("page");
    }
}
