package org.clausemap.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.clausemap.store.StoredAnalysis;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The due-diligence workbook of an analysis: download it, upload the reviewed copy. */
@RestController
@RequestMapping("/api/analyses/{id}")
@Tag(name = "analyses")
class WorkbookController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final StoredAnalyses stored;
    private final Workbooks workbooks;

    WorkbookController(StoredAnalyses stored, Workbooks workbooks) {
        this.stored = stored;
        this.workbooks = workbooks;
    }

    @Operation(summary = "The due-diligence workbook (xlsx), with the reviews stored so far")
    @GetMapping(path = "/workbook", produces = XLSX)
    ResponseEntity<byte[]> workbook(@PathVariable String id) {
        StoredAnalysis analysis = stored.require(id);
        byte[] xlsx = workbooks.write(analysis);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XLSX))
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename(WorkbookFileName.of(analysis.analysis())).build().toString())
                .body(xlsx);
    }

    @Operation(summary = "Upload the reviewed workbook: stores each action's status, reviewer, due date and notes")
    @PostMapping(path = "/checklist", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @AnalysisResponse(status = "200")
    ResponseEntity<byte[]> checklist(@PathVariable String id, @RequestPart("file") MultipartFile file) {
        StoredAnalysis analysis = stored.require(id);
        workbooks.review(analysis, file);
        return stored.response(analysis);
    }
}
