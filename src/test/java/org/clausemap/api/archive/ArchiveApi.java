package org.clausemap.api.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.clausemap.api.Api;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;

/** Test helper: the archive API's requests over real HTTP. */
final class ArchiveApi {

    private final RestTestClient client;
    private final Api http;

    ArchiveApi(RestTestClient client) {
        this.client = client;
        this.http = new Api(client);
    }

    RestTestClient.ResponseSpec post(String uri, Object body) {
        return client.post().uri(uri).contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    RestTestClient.ResponseSpec postEmpty(String uri) {
        return client.post().uri(uri).exchange();
    }

    RestTestClient.ResponseSpec get(String uri) {
        return http.get(uri);
    }

    RestTestClient.ResponseSpec upload(String uri, String fileName, byte[] content, MediaType type,
                                       Map<String, String> fields) {
        return http.multipart(uri, fileName, content, type, fields);
    }

    /** Registers a document, expects 201, returns it. */
    JsonNode register(Map<String, Object> body) {
        return read(post("/api/documents", body).expectStatus().isCreated());
    }

    JsonNode read(RestTestClient.ResponseSpec response) {
        return http.read(response);
    }

    JsonNode ok(String uri) {
        return read(get(uri).expectStatus().isOk());
    }

    /** Expects a problem detail with this status and type slug; returns it. */
    JsonNode problem(RestTestClient.ResponseSpec response, HttpStatus status, String slug) {
        JsonNode problem = http.problem(response, status, slug);
        assertThat(problem.path("instance").asString()).startsWith("/api/");
        return problem;
    }
}
