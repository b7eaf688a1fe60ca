package org.clausemap.api.archive;

import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.http.HttpServletRequest;

import org.clausemap.archive.ArchiveException;
import org.clausemap.ingest.IngestException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem details for the archive controllers: {@link ArchiveException}s by kind, and failed fetches (timeout 504, URL
 * refused 422, anything else 502) with the same types as the analysis API. Other errors fall through to the
 * application's problem handler.
 */
@RestControllerAdvice(basePackageClasses = ArchiveProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ArchiveProblems {

    static final String PREFIX = "urn:clausemap:problem:";

    @ExceptionHandler(ArchiveException.class)
    ResponseEntity<ProblemDetail> archive(ArchiveException e, HttpServletRequest request) {
        ProblemDetail problem = switch (e.kind()) {
            case DOCUMENT_NOT_FOUND -> problem(HttpStatus.NOT_FOUND, "document-not-found", "Document not found", e);
            case VERSION_NOT_FOUND -> problem(HttpStatus.NOT_FOUND, "version-not-found", "Version not found", e);
            case DOCUMENT_EXISTS -> problem(HttpStatus.CONFLICT, "document-exists", "Document already registered", e);
            case INVALID -> problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e);
            case TOO_FEW_VERSIONS -> problem(HttpStatus.CONFLICT, "too-few-versions", "Too few versions", e);
            case CAPTURE_FAILURE -> problem(HttpStatus.UNPROCESSABLE_CONTENT, "capture-failure",
                    "Capture failure: the document extracted to almost nothing", e);
            case UNREADABLE -> problem(HttpStatus.UNPROCESSABLE_CONTENT, "unprocessable-document",
                    "Document cannot be processed", e);
        };
        e.facts().forEach(problem::setProperty);
        return respond(problem, request);
    }

    @ExceptionHandler(IngestException.class)
    ResponseEntity<ProblemDetail> fetch(IngestException e, HttpServletRequest request) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        ProblemDetail problem = timedOut(e) ? problem(HttpStatus.GATEWAY_TIMEOUT, "fetch-timeout",
                "Fetching the document timed out", e)
                : message.startsWith("Refusing to fetch") || message.startsWith("Unsupported URL scheme")
                ? problem(HttpStatus.UNPROCESSABLE_CONTENT, "url-refused", "URL refused", e)
                : problem(HttpStatus.BAD_GATEWAY, "fetch-failed", "Document could not be fetched", e);
        return respond(problem, request);
    }

    private static ProblemDetail problem(HttpStatus status, String slug, String title, Exception e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(URI.create(PREFIX + slug));
        problem.setTitle(title);
        return problem;
    }

    private static boolean timedOut(IngestException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof HttpTimeoutException) {
                return true;
            }
        }
        return e.getMessage() != null && e.getMessage().startsWith("Timed out");
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
