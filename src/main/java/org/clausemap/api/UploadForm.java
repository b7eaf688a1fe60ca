package org.clausemap.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.web.multipart.MultipartFile;

/**
 * A document to analyse as a multipart upload: the {@code file} part and the {@link DocumentOptions} fields as form
 * fields (lists repeated or comma-separated).
 */
record UploadForm(
        @Schema(description = "The document: HTML, Markdown or plain text, UTF-8",
                requiredMode = Schema.RequiredMode.REQUIRED) MultipartFile file,
        @Schema(description = "Overrides the title read from the document") String title,
        @Schema(description = "The platform whose terms these are", example = "openai") String platform,
        @Schema(description = "The kind of document", example = "terms-of-use") String documentType,
        @Schema(description = "Jurisdiction codes in scope (default EU, US)") List<String> jurisdictions,
        @Schema(description = "The platform's market position for competition law",
                allowableValues = {"dominant", "significant", "minor", "unknown"}) String marketPosition,
        @Schema(description = "CSS selectors of the document's content") List<String> select,
        @Schema(description = "CSS selectors of elements to remove before reading") List<String> remove) {

    MultipartFile requireFile() {
        if (file == null) {
            throw ApiProblem.invalid("file", "Required part 'file' is not present: upload the document as the"
                    + " multipart part named file");
        }
        return file;
    }

    DocumentOptions options() {
        return new DocumentOptions(title, platform, documentType, jurisdictions, marketPosition, select, remove);
    }
}
