package org.clausemap.api.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.clausemap.archive.Archive;
import org.clausemap.archive.Changes;
import org.clausemap.archive.store.VersionRecord;
import org.clausemap.export.workbook.ChangesWorkbookWriter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What changed between two versions of a document: the change summary as JSON, or as a workbook. */
@RestController
@RequestMapping("/api/documents/{id}/changes")
@Tag(name = "documents")
class ChangesController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String FROM = "The older version: a version id, a date (YYYY-MM-DD: the version in force at"
            + " the end of that day) or an instant; default the version before 'to'";
    private static final String TO = "The newer version, named the same way; default the latest";

    private final Archive archive;
    private final ChangesWorkbookWriter writer = new ChangesWorkbookWriter();

    ChangesController(Archive archive) {
        this.archive = archive;
    }

    @Operation(summary = "The change summary between two versions (default: the last two)")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ChangesResource changes(@PathVariable String id,
                            @Parameter(description = FROM) @RequestParam(required = false) String from,
                            @Parameter(description = TO) @RequestParam(required = false) String to) {
        return ChangesResource.of(archive.changes(archive.document(id), from, to));
    }

    @Operation(summary = "The change summary between two versions as a workbook (Summary and Changes sheets)")
    @GetMapping(path = "/workbook", produces = XLSX)
    ResponseEntity<byte[]> workbook(@PathVariable String id,
                                    @Parameter(description = FROM) @RequestParam(required = false) String from,
                                    @Parameter(description = TO) @RequestParam(required = false) String to) {
        Changes changes = archive.changes(archive.document(id), from, to);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(changes.summary(), out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the changes workbook", e);
        }
        String name = "clausemap-changes-" + changes.document().platform() + "-" + changes.document().documentType()
                + "-" + date(changes.older()) + "-" + date(changes.newer()) + ".xlsx";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header("Content-Disposition", ContentDisposition.attachment().filename(name).build().toString())
                .body(out.toByteArray());
    }

    private static String date(VersionRecord v) {
        return v.recordedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
