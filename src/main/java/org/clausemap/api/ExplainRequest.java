package org.clausemap.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One provision to explain, with the context some rules read.
 *
 * @param text           the provision text
 * @param section        an enclosing section heading, or null
 * @param jurisdictions  jurisdiction codes in scope (default EU, US)
 * @param marketPosition dominant, significant, minor or unknown (default)
 */
@Schema(description = "A provision to run through the rules in force")
record ExplainRequest(
        @Schema(description = "The provision text", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "We may change these terms at any time without notice.") String text,
        @Schema(description = "An enclosing section heading (some rules read it)", example = "Changes")
        String section,
        @Schema(description = "Jurisdiction codes in scope (default EU, US)", example = "[\"EU\", \"UK\"]")
        List<String> jurisdictions,
        @Schema(description = "The platform's market position for competition law",
                allowableValues = {"dominant", "significant", "minor", "unknown"}) String marketPosition) {

    DocumentOptions options() {
        return new DocumentOptions(null, null, null, jurisdictions, marketPosition, null, null);
    }
}
