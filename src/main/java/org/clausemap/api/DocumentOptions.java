package org.clausemap.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the caller says about a document besides its content; the same fields in a JSON body and as form fields of
 * an upload.
 *
 * @param title          overrides the title read from the document
 * @param platform       the platform whose terms these are
 * @param documentType   the kind of document (terms-of-service, usage-policy, ...)
 * @param jurisdictions  jurisdiction codes in scope (default EU, US)
 * @param marketPosition dominant, significant, minor or unknown (default)
 * @param select         CSS selectors of the document's content
 * @param remove         CSS selectors of elements to drop
 */
record DocumentOptions(
        @Schema(description = "Overrides the title read from the document") String title,
        @Schema(description = "The platform whose terms these are", example = "openai") String platform,
        @Schema(description = "The kind of document", example = "terms-of-use") String documentType,
        @Schema(description = "Jurisdiction codes in scope (default EU, US)", example = "[\"EU\", \"US\"]")
        List<String> jurisdictions,
        @Schema(description = "The platform's market position for competition law",
                allowableValues = {"dominant", "significant", "minor", "unknown"}) String marketPosition,
        @Schema(description = "CSS selectors of the document's content (HTML, and Markdown as rendered)")
        List<String> select,
        @Schema(description = "CSS selectors of elements to remove before reading") List<String> remove) {
}
