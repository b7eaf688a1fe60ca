package org.clausemap.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Test helper: the rule management requests, with the admin API key unless told otherwise. */
final class AdminApi {

    static final String KEY_HEADER = "X-API-Key";

    private final RestTestClient client;

    AdminApi(RestTestClient client) {
        this.client = client;
    }

    RestTestClient.ResponseSpec reload() {
        return client.post().uri("/api/rules/reload").header(KEY_HEADER, AdminApiTest.KEY).exchange();
    }

    /** Posts a rule file (or zip) to validate, with the admin key and the given form fields. */
    RestTestClient.ResponseSpec validate(String fileName, byte[] content, Map<String, String> fields) {
        return client.post().uri("/api/rules/validate").header(KEY_HEADER, AdminApiTest.KEY)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(form(fileName, content, fields)).exchange();
    }

    static MultiValueMap<String, Object> form(String fileName, byte[] content, Map<String, String> fields) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        parts.add("file", new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }, headers));
        fields.forEach(parts::add);
        return parts;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }
}
