package org.clausemap.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.clausemap.analysis.AnalysisOptions;
import org.clausemap.analysis.Core;
import org.clausemap.app.ClausemapProperties;
import org.clausemap.authoring.Explainer;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Runs the rules in force on one provision text and says what they make of it, the loop a legal engineer lives in.
 * Open like analysis submission: it runs the loaded rules on caller text, loads no rules, and stores nothing.
 */
@RestController
@Tag(name = "rules")
class ExplainController {

    private static final int MAX_SECTION = 1000;

    private final Explainer explainer;
    private final OptionsReader options;
    private final long maxDocumentBytes;

    ExplainController(Core core, OptionsReader options, ClausemapProperties properties) {
        this.explainer = new Explainer(core.analyses());
        this.options = options;
        this.maxDocumentBytes = properties.maxDocumentBytes().toBytes();
    }

    @Operation(summary = "What the rules in force make of one provision",
            description = "Categories, form and qualifiers, the rules that fired (stage and count), framework"
                    + " mappings with scores and factors, and checklist actions: the content of `clausemap explain`."
                    + " Nothing is stored.")
    @PostMapping(path = "/api/explain", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Explanation explain(@RequestBody ExplainRequest request) {
        String text = request.text();
        if (text == null || text.isBlank()) {
            throw ApiProblem.invalid("text", "text is required: the provision to explain");
        }
        long bytes = Utf8.length(text);
        if (bytes > maxDocumentBytes) {
            throw new ApiProblem(ProblemType.DOCUMENT_TOO_LARGE, "The text is " + bytes + " bytes; the limit is "
                    + maxDocumentBytes + " (clausemap.max-document-bytes)").with("maxDocumentBytes", maxDocumentBytes);
        }
        String section = request.section() == null || request.section().isBlank() ? null : request.section().strip();
        if (section != null && section.length() > MAX_SECTION) {
            throw ApiProblem.invalid("section", "section is longer than " + MAX_SECTION + " characters");
        }
        AnalysisOptions analysisOptions = options.analysisOptions(request.options());
        return Explanation.of(explainer.explain(text, section, analysisOptions), section);
    }
}
