package org.clausemap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.clausemap.app.ClausemapProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.unit.DataSize;

import tools.jackson.databind.JsonNode;

/** With the shipped configuration (only the database moved to memory), loopback addresses are never fetched. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:clausemap-defaults;DB_CLOSE_DELAY=-1")
@AutoConfigureRestTestClient
class DefaultFetchPolicyTests {

    @Autowired
    RestTestClient client;

    @Autowired
    ClausemapProperties properties;

    @Test
    void theShippedFetchPolicyIsStrict() {
        ClausemapProperties.Fetch fetch = properties.fetch();
        assertThat(fetch.allowedHosts()).isEmpty();
        assertThat(fetch.allowPrivateAddresses()).isFalse();
        assertThat(fetch.timeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(fetch.maxRedirects()).isEqualTo(5);
        assertThat(fetch.maxBytes()).isEqualTo(DataSize.ofMegabytes(5));
        assertThat(properties.maxDocumentBytes()).isEqualTo(DataSize.ofMegabytes(5));
    }

    @Test
    void aLoopbackServerIsRefusedWithoutTheAllowlist() {
        try (TermsServer site = new TermsServer()) {
            JsonNode problem = new Api(client).problem(new Api(client).postJson(Map.of("url", site.url("/terms.html"))),
                    HttpStatus.UNPROCESSABLE_CONTENT, "url-refused");
            assertThat(problem.path("detail").asString()).contains("127.0.0.1").contains("loopback");
            assertThat(site.requests()).isZero();
        }
    }
}
