package org.clausemap.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.clausemap.store.AnalysisStore;
import org.clausemap.store.AnalysisSummary;
import org.clausemap.store.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/** Submit a document for analysis, read one analysis, list them. */
@RestController
@RequestMapping("/api/analyses")
@Tag(name = "analyses")
class AnalysisController {

    static final int MAX_PAGE_SIZE = 100;
    private static final String SUBMIT = "Analyse a document and store the analysis";
    private static final String SUBMIT_DETAIL = "As JSON, with exactly one of url, html, markdown, text; or as a"
            + " multipart upload, with the document in the file part and the other fields as form fields. Returns"
            + " 201 Created, the analysis and its Location.";

    private final Submissions submissions;
    private final StoredAnalyses stored;
    private final AnalysisStore store;

    AnalysisController(Submissions submissions, StoredAnalyses stored, AnalysisStore store) {
        this.submissions = submissions;
        this.stored = stored;
        this.store = store;
    }

    @Operation(summary = SUBMIT, description = SUBMIT_DETAIL)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @AnalysisResponse(status = "201")
    ResponseEntity<byte[]> analyse(@RequestBody AnalysisRequest request) {
        return stored.created(submissions.submit(request));
    }

    @Operation(summary = SUBMIT, description = SUBMIT_DETAIL)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @AnalysisResponse(status = "201")
    ResponseEntity<byte[]> analyseUpload(@ModelAttribute UploadForm form) {
        return stored.created(submissions.submit(form.requireFile(), form.options()));
    }

    @Operation(summary = "An analysis, with the checklist reviews recorded for it")
    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @AnalysisResponse(status = "200")
    ResponseEntity<byte[]> analysis(@PathVariable String id) {
        return stored.response(stored.require(id));
    }

    @Operation(summary = "Analyses, newest first, a page at a time")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    Page<AnalysisSummary> list(@Parameter(description = "Only this platform's analyses")
                               @RequestParam(required = false) String platform,
                               @Parameter(description = "0-based page number")
                               @RequestParam(defaultValue = "0") int page,
                               @Parameter(description = "Items per page, 1-" + MAX_PAGE_SIZE)
                               @RequestParam(defaultValue = "20") int size) {
        if (page < 0) {
            throw ApiProblem.invalid("page", "page must be 0 or more; was " + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiProblem.invalid("size", "size must be between 1 and " + MAX_PAGE_SIZE + "; was " + size);
        }
        return store.list(platform == null || platform.isBlank() ? null : platform.strip(), page, size);
    }
}
