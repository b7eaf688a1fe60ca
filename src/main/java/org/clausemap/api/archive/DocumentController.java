package org.clausemap.api.archive;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.clausemap.archive.Archive;
import org.clausemap.archive.ArchiveException;
import org.clausemap.archive.store.NewDocument;
import org.clausemap.archive.store.RegisteredDocument;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Register documents for the archive, list them, read one with its monitoring state. */
@RestController
@RequestMapping("/api/documents")
@Tag(name = "documents")
class DocumentController {

    static final int CAPTURE_FAILURES_SHOWN = 10;

    private final Archive archive;

    DocumentController(Archive archive) {
        this.archive = archive;
    }

    @Operation(summary = "Register a document", description = "platform and documentType name it (one document per"
            + " pair); url is where it is fetched from (needed to fetch or monitor it); select/remove are CSS"
            + " selectors; monitor=true re-fetches it every interval. Returns 201 and its Location.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DocumentResource> register(@RequestBody RegistrationRequest request) {
        RegisteredDocument d = archive.register(new NewDocument(strip(request.platform()),
                strip(request.documentType()), strip(request.url()), request.select(), request.remove(),
                Boolean.TRUE.equals(request.monitor()), interval(request.interval())));
        return ResponseEntity.created(URI.create("/api/documents/" + d.id()))
                .body(DocumentResource.of(d, 0, null, List.of()));
    }

    @Operation(summary = "Registered documents, by platform and type, with their latest version")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<DocumentResource> list(@Parameter(description = "Only this platform's documents")
                                @RequestParam(required = false) String platform) {
        return archive.documents(platform == null || platform.isBlank() ? null : platform.strip()).stream()
                .map(d -> DocumentResource.of(d, archive.versionCount(d), archive.latest(d).orElse(null), null))
                .toList();
    }

    @Operation(summary = "A document: its monitoring state, latest version and recent capture failures")
    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    DocumentResource document(@PathVariable String id) {
        RegisteredDocument d = archive.document(id);
        return DocumentResource.of(d, archive.versionCount(d), archive.latest(d).orElse(null),
                archive.captureFailures(d, CAPTURE_FAILURES_SHOWN));
    }

    private static Duration interval(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return DurationStyle.detectAndParse(value.strip());
        } catch (IllegalArgumentException e) {
            throw new ArchiveException(ArchiveException.Kind.INVALID, "interval must be a duration such as 6h, 1d"
                    + " or PT6H; was \"" + value + "\"").with("field", "interval");
        }
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
