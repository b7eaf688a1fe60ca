package org.clausemap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test helper: the requests the API tests make over real HTTP, and the fixtures they post. */
public final class Api {

    private final RestTestClient client;
    private final JsonMapper json = JsonMapper.builder().build();

    public Api(RestTestClient client) {
        this.client = client;
    }

    RestTestClient client() {
        return client;
    }

    RestTestClient.ResponseSpec postJson(Object body) {
        return client.post().uri("/api/analyses").contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    RestTestClient.ResponseSpec upload(String fileName, byte[] content, MediaType type, Map<String, String> fields) {
        return multipart("/api/analyses", fileName, content, type, fields);
    }

    /** A multipart POST with one {@code file} part and form fields. */
    public RestTestClient.ResponseSpec multipart(String uri, String fileName, byte[] content, MediaType type,
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

    public RestTestClient.ResponseSpec get(String uri) {
        return client.get().uri(uri).exchange();
    }

    /** Posts JSON, expects 201 Created, returns the analysis. */
    JsonNode created(Object body) {
        return read(postJson(body).expectStatus().isCreated());
    }

    public JsonNode read(RestTestClient.ResponseSpec response) {
        byte[] bytes = response.expectBody().returnResult().getResponseBody();
        return json.readTree(bytes);
    }

    /** Expects a problem detail with this status and type slug; returns it. */
    public JsonNode problem(RestTestClient.ResponseSpec response, HttpStatus status, String slug) {
        response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = read(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status.value());
        assertThat(problem.path("type").asString())
                .isEqualTo(slug == null ? "about:blank" : "urn:clausemap:problem:" + slug);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(problem.path("instance").asString()).startsWith("/");
        return problem;
    }

    JsonNode tree(String text) {
        return json.readTree(text);
    }

    static String fixture(String name) {
        try (InputStream in = Api.class.getResourceAsStream("/api/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture /api/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
