package org.clausemap.api.archive;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A document to register. */
@Schema(description = "A document to register: platform and documentType, and a url to fetch or monitor it")
record RegistrationRequest(
        @Schema(description = "The platform", example = "openai", requiredMode = Schema.RequiredMode.REQUIRED)
        String platform,
        @Schema(description = "The kind of document", example = "terms-of-use",
                requiredMode = Schema.RequiredMode.REQUIRED) String documentType,
        @Schema(description = "An http(s) URL to fetch it from") String url,
        @Schema(description = "CSS selectors of the document's content") List<String> select,
        @Schema(description = "CSS selectors of elements to remove before reading") List<String> remove,
        @Schema(description = "Re-fetch it on schedule (needs url)") Boolean monitor,
        @Schema(description = "Its re-fetch interval (6h, 1d, PT6H); default the global one", example = "12h")
        String interval) {
}
