package org.clausemap.api;

import java.net.URI;

import org.springframework.http.HttpStatus;

/** The kinds of problem the API reports, each with its type URI, HTTP status and title. */
public enum ProblemType {

    ANALYSIS_NOT_FOUND("analysis-not-found", HttpStatus.NOT_FOUND, "Analysis not found"),
    FRAMEWORK_NOT_FOUND("framework-not-found", HttpStatus.NOT_FOUND, "Framework not found"),
    ROUTE_NOT_FOUND("route-not-found", HttpStatus.NOT_FOUND, "No such route"),
    INVALID_REQUEST("invalid-request", HttpStatus.BAD_REQUEST, "Invalid request"),
    MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST, "Malformed request"),
    DOCUMENT_TOO_LARGE("document-too-large", HttpStatus.CONTENT_TOO_LARGE, "Document too large"),
    REQUEST_TOO_LARGE("request-too-large", HttpStatus.CONTENT_TOO_LARGE, "Request too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    UNPROCESSABLE_DOCUMENT("unprocessable-document", HttpStatus.UNPROCESSABLE_CONTENT, "Document cannot be processed"),
    URL_REFUSED("url-refused", HttpStatus.UNPROCESSABLE_CONTENT, "URL refused"),
    FETCH_FAILED("fetch-failed", HttpStatus.BAD_GATEWAY, "Document could not be fetched"),
    FETCH_TIMEOUT("fetch-timeout", HttpStatus.GATEWAY_TIMEOUT, "Fetching the document timed out"),
    INVALID_WORKBOOK("invalid-workbook", HttpStatus.UNPROCESSABLE_CONTENT, "Workbook rejected"),
    RULES_INVALID("rules-invalid", HttpStatus.UNPROCESSABLE_CONTENT, "Rules not loaded"),
    INVALID_ARCHIVE("invalid-archive", HttpStatus.UNPROCESSABLE_CONTENT, "Rules archive rejected"),
    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Admin credential required"),
    ADMIN_NOT_CONFIGURED("admin-not-configured", HttpStatus.FORBIDDEN, "Rule management is disabled"),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

    static final String PREFIX = "urn:clausemap:problem:";

    private final String slug;
    private final HttpStatus status;
    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    URI uri() {
        return URI.create(PREFIX + slug);
    }

    HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }
}
