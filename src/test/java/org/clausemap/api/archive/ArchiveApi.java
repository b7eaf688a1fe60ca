package org.clausemap.api.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test helper: the archive API's requests over real HTTP. */
final class ArchiveApi {

    private final RestTestClient client;
    private final JsonMapper json = JsonMapper.builder().build();

    ArchiveApi(RestTestClient client) {
        this.client = client;
    }

    RestTestClient.ResponseSpec post(String uri, Object body) {
        return client.post().uri(uri).contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    RestTestClient.ResponseSpec postEmpty(String uri) {
        return client.post().uri(uri).exchange();
    }

    RestTestClient.ResponseSpec get(String uri) {
        return client.get().uri(uri).exchange();
    }

    RestTestClient.ResponseSpec upload(String uri, String fileName, byte[] content, MediaType type,
                                       Map<String, String> fields) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        parts.add("file", new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }, headers));
        fields.forEach(parts::add);
        return client.post().uri(uri).contentType(MediaType.MULTIPART_FORM_DATA).body(parts).exchange();
    }

    /** Registers a document, expects 201, returns it. */
    JsonNode register(Map<String, Object> body) {
        return read(post("/api/documents", body).expectStatus().isCreated());
    }

    JsonNode read(RestTestClient.ResponseSpec response) {
        return json.readTree(response.expectBody().returnResult().getResponseBody());
    }

    JsonNode ok(String uri) {
        return read(get(uri).expectStatus().isOk());
    }

    /** Expects a problem detail with this status and type slug; returns it. */
    JsonNode problem(RestTestClient.ResponseSpec response, HttpStatus status, String slug) {
        response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = read(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status.value());
        assertThat(problem.path("type").asString()).isEqualTo("urn:clausemap:problem:" + slug);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(problem.path("instance").asString()).startsWith("/api/");
        return problem;
    }
}
