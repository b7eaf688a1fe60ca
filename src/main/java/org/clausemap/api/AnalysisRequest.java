package org.clausemap.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A document to analyse, as JSON: exactly one of {@code url}, {@code html}, {@code markdown}, {@code text}, and the
 * {@link DocumentOptions} fields.
 */
@Schema(description = "A document to analyse: exactly one of url, html, markdown, text")
record AnalysisRequest(
        @Schema(description = "An http(s) URL to fetch the document from") String url,
        @Schema(description = "The document as HTML") String html,
        @Schema(description = "The document as Markdown") String markdown,
        @Schema(description = "The document as plain text") String text,
        @Schema(description = "Overrides the title read from the document") String title,
        @Schema(description = "The platform whose terms these are", example = "openai") String platform,
        @Schema(description = "The kind of document", example = "terms-of-use") String documentType,
        @Schema(description = "Jurisdiction codes in scope (default EU, US)", example = "[\"EU\", \"US\"]")
        List<String> jurisdictions,
        @Schema(description = "The platform's market position for competition law",
                allowableValues = {"dominant", "significant", "minor", "unknown"}) String marketPosition,
        @Schema(description = "CSS selectors of the document's content") List<String> select,
        @Schema(description = "CSS selectors of elements to remove before reading") List<String> remove) {

    DocumentOptions options() {
        return new DocumentOptions(title, platform, documentType, jurisdictions, marketPosition, select, remove);
    }

    /** The content fields given (not null), by name, in the order url, html, markdown, text. */
    Map<String, String> contents() {
        Map<String, String> given = new LinkedHashMap<>();
        if (url != null) {
            given.put("url", url);
        }
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
