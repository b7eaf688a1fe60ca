package org.clausemap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;

/**
 * Documents given by URL, fetched from a real HTTP server on 127.0.0.1, which the test context allows with
 * {@code clausemap.fetch.allowed-hosts=127.0.0.1}; other loopback names stay refused, also after a redirect.
 */
@H2ApiTest
class UrlAnalysisTests {

    private static TermsServer site;

    @Autowired
    RestTestClient client;

    Api api;

    @BeforeAll
    static void startSite() {
        site = new TermsServer();
    }

    @AfterAll
    static void stopSite() {
        site.close();
    }

    @BeforeEach
    void setUp() {
        api = new Api(client);
    }

    @Test
    void anHtmlPageIsFetchedAndAnalysed() {
        JsonNode analysis = api.created(Map.of("url", site.url("/terms.html"), "platform", "acme",
                "select", List.of("#terms")));
        assertThat(analysis.path("document").path("source").asString()).isEqualTo(site.url("/terms.html"));
        assertThat(analysis.path("document").path("format").asString()).isEqualTo("HTML");
        assertThat(analysis.path("document").path("title").asString()).isEqualTo("Acme AI Terms of Service");
        assertThat(AnalysisApiContract.categories(analysis)).contains("competing-model-restriction",
                "training-on-customer-content", "arbitration");
    }

    @Test
    void theContentTypeDecidesTheFormat() {
        JsonNode analysis = api.created(Map.of("url", site.url("/terms.md")));
        assertThat(analysis.path("document").path("format").asString()).isEqualTo("MARKDOWN");
    }

    @Test
    void redirectsOnTheAllowedHostAreFollowed() {
        JsonNode analysis = api.created(Map.of("url", site.url("/moved")));
        assertThat(analysis.path("provisions").size()).isPositive();
    }

    @Test
    void aRedirectToALoopbackNameNotAllowedIsRefused() {
        JsonNode problem = api.problem(api.postJson(Map.of("url", site.url("/moved-to-localhost"))),
                HttpStatus.UNPROCESSABLE_CONTENT, "url-refused");
        assertThat(problem.path("detail").asString()).contains("localhost").contains("loopback");
        assertThat(problem.path("url").asString()).isEqualTo(site.url("/moved-to-localhost"));
    }

    @Test
    void aRedirectToAFileUrlIsRefused() {
        JsonNode problem = api.problem(api.postJson(Map.of("url", site.url("/moved-to-file"))),
                HttpStatus.UNPROCESSABLE_CONTENT, "url-refused");
        assertThat(problem.path("detail").asString()).contains("file");
    }

    @Test
    void aLoopbackHostNotOnTheAllowlistIsRefusedWithoutARequest() {
        int before = site.requests();
        JsonNode problem = api.problem(api.postJson(Map.of("url", "http://localhost:" + site.port() + "/terms.html")),
                HttpStatus.UNPROCESSABLE_CONTENT, "url-refused");
        assertThat(problem.path("detail").asString()).contains("loopback");
        assertThat(site.requests()).isEqualTo(before);
    }

    @Test
    void aUrlThatIsNotHttpIsRefused() {
        JsonNode problem = api.problem(api.postJson(Map.of("url", "file:///etc/passwd")),
                HttpStatus.UNPROCESSABLE_CONTENT, "url-refused");
        assertThat(problem.path("field").asString()).isEqualTo("url");
    }

    @Test
    void aMissingPageIsABadGateway() {
        JsonNode problem = api.problem(api.postJson(Map.of("url", site.url("/gone"))), HttpStatus.BAD_GATEWAY,
                "fetch-failed");
        assertThat(problem.path("detail").asString()).contains("404");
    }

    @Test
    void aResponseThatIsNotADocumentIsABadGateway() {
        JsonNode problem = api.problem(api.postJson(Map.of("url", site.url("/terms.pdf"))), HttpStatus.BAD_GATEWAY,
                "fetch-failed");
        assertThat(problem.path("detail").asString()).contains("application/pdf");
    }

    @Test
    void aServerThatDoesNotAnswerIsABadGateway() {
        JsonNode problem = api.problem(api.postJson(Map.of("url", "http://127.0.0.1:9/terms.html")),
                HttpStatus.BAD_GATEWAY, "fetch-failed");
        assertThat(problem.path("detail").asString()).contains("127.0.0.1:9");
    }

    @Test
    void aSlowServerIsAGatewayTimeout() {
        JsonNode problem = api.problem(api.postJson(Map.of("url", site.url("/slow"))), HttpStatus.GATEWAY_TIMEOUT,
                "fetch-timeout");
        assertThat(problem.path("detail").asString()).contains("Timed out after 2 s");
    }

    @Test
    void aSelectorThatMatchesNothingOnTheFetchedPageIsUnprocessable() {
        JsonNode problem = api.problem(api.postJson(Map.of("url", site.url("/terms.html"),
                "select", List.of("#gone"))), HttpStatus.UNPROCESSABLE_CONTENT, "unprocessable-document");
        assertThat(problem.path("selector").asString()).isEqualTo("#gone");
    }
}
