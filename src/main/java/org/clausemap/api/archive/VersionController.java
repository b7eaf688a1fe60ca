package org.clausemap.api.archive;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.clausemap.archive.Archive;
import org.clausemap.archive.ArchiveException;
import org.clausemap.archive.ArchiveException.Kind;
import org.clausemap.archive.Origin;
import org.clausemap.archive.Recording;
import org.clausemap.archive.store.RegisteredDocument;
import org.clausemap.archive.store.Snapshot;
import org.clausemap.archive.store.VersionRecord;
import org.clausemap.ingest.Source;
import org.clausemap.ingest.UrlFetcher;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Record versions of a document (upload content, or fetch its URL now) and read them back: 201 Created with the
 * new version, or 200 with {@code status: unchanged} when the text is that of the version in force.
 */
@RestController
@RequestMapping("/api/documents/{id}/versions")
@Tag(name = "documents")
class VersionController {

    private static final String RECORD = "Record a version: upload it, or fetch the document's URL now";
    private static final String RECORD_DETAIL = "JSON with one of html, markdown, text (and optionally recordedAt),"
            + " or a multipart upload (file, recordedAt); an empty body or {} fetches the registered URL. 201 with"
            + " the new version and its material changes; 200 {status: unchanged} when the normalised text is that"
            + " of the version in force; 422 capture-failure when the capture extracts to almost nothing.";

    private final Archive archive;
    private final Uploads uploads;
    private final UrlFetcher fetcher;

    VersionController(Archive archive, Uploads uploads, UrlFetcher fetcher) {
        this.archive = archive;
        this.uploads = uploads;
        this.fetcher = fetcher;
    }

    @Operation(summary = RECORD, description = RECORD_DETAIL)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RecordingResource> record(@PathVariable String id,
                                             @RequestBody(required = false) VersionRequest request) {
        RegisteredDocument document = archive.document(id);
        Map<String, String> given = request == null ? Map.of() : request.contents();
        String recordedAt = request == null ? null : request.recordedAt();
        if (given.size() > 1) {
            throw new ArchiveException(Kind.INVALID, "Give at most one of html, markdown, text; several were given: "
                    + String.join(", ", given.keySet())).with("field", String.join(", ", given.keySet()));
        }
        if (given.isEmpty()) {
            return fetchNow(document, recordedAt);
        }
        var content = given.entrySet().iterator().next();
        Source source = uploads.inline(content.getKey(), content.getValue(), document.selectors());
        return respond(archive.record(document, source, Uploads.recordedAt(recordedAt, archive.clock().instant()),
                Origin.UPLOAD));
    }

    @Operation(summary = RECORD, description = RECORD_DETAIL)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RecordingResource> upload(@PathVariable String id, @RequestPart("file") MultipartFile file,
                                             @RequestParam(required = false) String recordedAt) {
        RegisteredDocument document = archive.document(id);
        Source source = uploads.file(file, document.selectors());
        return respond(archive.record(document, source, Uploads.recordedAt(recordedAt, archive.clock().instant()),
                Origin.UPLOAD));
    }

    @Operation(summary = "The versions of a document, oldest first")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<VersionRecord> versions(@PathVariable String id) {
        return archive.versions(archive.document(id));
    }

    @Operation(summary = "A version with its extracted provisions and analysis")
    @GetMapping(path = "/{versionId}", produces = MediaType.APPLICATION_JSON_VALUE)
    VersionDetail version(@PathVariable String id, @PathVariable String versionId) {
        VersionRecord v = archive.version(archive.document(id), versionId);
        return new VersionDetail(v, archive.analysis(v));
    }

    @Operation(summary = "The raw snapshot of a version, as fetched or uploaded",
            description = "Served with its media type, sandboxed: a third-party page never runs script here.")
    @GetMapping(path = "/{versionId}/snapshot")
    ResponseEntity<String> snapshot(@PathVariable String id, @PathVariable String versionId) {
        Snapshot s = archive.snapshot(archive.version(archive.document(id), versionId));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(s.contentType() + ";charset=UTF-8"))
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("X-Content-Type-Options", "nosniff")
                .body(s.content());
    }

    private ResponseEntity<RecordingResource> fetchNow(RegisteredDocument document, String recordedAt) {
        if (document.url() == null) {
            throw new ArchiveException(Kind.INVALID, "Document " + document.name() + " has no url to fetch; upload"
                    + " its content instead").with("field", "url");
        }
        if (recordedAt != null) {
            throw new ArchiveException(Kind.INVALID, "A fetched version is dated now; recordedAt is for uploads")
                    .with("field", "recordedAt");
        }
        Source source = fetcher.fetch(document.url(), document.selectors());
        return respond(archive.record(document, source, archive.clock().instant(), Origin.FETCH));
    }

    private static ResponseEntity<RecordingResource> respond(Recording r) {
        return switch (r.outcome()) {
            case CREATED -> ResponseEntity.created(URI.create("/api/documents/" + r.document().id() + "/versions/"
                    + r.version().id())).body(RecordingResource.of(r));
            case UNCHANGED -> ResponseEntity.ok(RecordingResource.of(r));
            case CAPTURE_FAILURE -> throw new ArchiveException(Kind.CAPTURE_FAILURE, r.failure().reason())
                    .with("captureFailureId", r.failure().id())
                    .with("provisions", r.failure().provisions())
                    .with("previousProvisions", r.failure().previousProvisions())
                    .with("previousVersionId", r.failure().previousVersionId());
        };
    }
}
