package org.clausemap.api.archive;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** A version to record: at most one of html, markdown, text; none (or no body) fetches the document's URL now. */
@Schema(description = "Content to record as a version (at most one of html, markdown, text); none fetches the URL")
record VersionRequest(
        @Schema(description = "The document as HTML") String html,
        @Schema(description = "The document as Markdown") String markdown,
        @Schema(description = "The document as plain text") String text,
        @Schema(description = "The version's date (YYYY-MM-DD or an instant); default now", example = "2026-01-31")
        String recordedAt) {

    /** The content fields given, by name. */
    Map<String, String> contents() {
        Map<String, String> given = new LinkedHashMap<>();
        if (html != null) {
            given.put("html", html);
        }
        if (markdown != null) {
            given.put("markdown", markdown);
        }
        if (text != null) {
            given.put("text", text);
        }
        return given;
    }
}
