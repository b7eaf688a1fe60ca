package org.clausemap.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

import org.clausemap.app.ClausemapProperties;
import org.clausemap.ingest.IngestException;
import org.clausemap.ingest.Selectors;
import org.clausemap.ingest.Source;
import org.clausemap.ingest.UrlFetcher;
import org.clausemap.provision.SourceFormat;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;

/**
 * Turns what a request carries into a {@link Source}: inline content, an uploaded file, or a URL fetched under the
 * fetch policy. Never reads a local path: a URL is http(s) or refused. Documents over
 * {@code clausemap.max-document-bytes} are refused whichever way they came.
 */
@Component
class DocumentIntake {

    private static final String CONTENT_FIELDS = "url, html, markdown, text";

    private final UrlFetcher fetcher;
    private final long maxDocumentBytes;

    DocumentIntake(UrlFetcher fetcher, ClausemapProperties properties) {
        this.fetcher = fetcher;
        this.maxDocumentBytes = properties.maxDocumentBytes().toBytes();
    }

    /** The source of a JSON request: exactly one of url, html, markdown, text. */
    Source fromRequest(AnalysisRequest request, Selectors selectors) {
        Map<String, String> given = request.contents();
        if (given.size() != 1) {
            String detail = "Give exactly one of " + CONTENT_FIELDS + "; " + (given.isEmpty() ? "none was given"
                    : "several were given: " + String.join(", ", given.keySet()));
            throw ApiProblem.invalid(given.isEmpty() ? CONTENT_FIELDS : String.join(", ", given.keySet()), detail);
        }
        Map.Entry<String, String> content = given.entrySet().iterator().next();
        if (content.getValue().isBlank()) {
            throw ApiProblem.invalid(content.getKey(), content.getKey() + " is empty");
        }
        return switch (content.getKey()) {
            case "url" -> fetch(content.getValue().strip(), selectors);
            case "html" -> inline(content.getValue(), SourceFormat.HTML, selectors);
            case "markdown" -> inline(content.getValue(), SourceFormat.MARKDOWN, selectors);
            default -> inline(content.getValue(), SourceFormat.TEXT, selectors);
        };
    }

    /** The source of an upload: format from the part's media type, else from the file name, else sniffed. */
    Source fromFile(MultipartFile file, Selectors selectors) {
        if (file.isEmpty()) {
            throw ApiProblem.invalid("file", "The uploaded file is empty");
        }
        checkSize(file.getSize());
        String name = fileName(file);
        SourceFormat format = format(file.getContentType(), name);
        String text;
        try {
            text = Utf8.decode(file.getBytes(), name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload " + name, e);
        }
        return new Source(name, text, format, selectors);
    }

    private Source inline(String content, SourceFormat format, Selectors selectors) {
        // a char takes at most 3 bytes in UTF-8 (a surrogate pair, 4 for 2): count them only when it could matter
        if ((long) content.length() * 3 > maxDocumentBytes) {
            checkSize(Utf8.length(content));
        }
        return new Source("inline:" + format.name().toLowerCase(Locale.ROOT), content, format, selectors);
    }

    private Source fetch(String url, Selectors selectors) {
        checkUrl(url);
        try {
            return fetcher.fetch(url, selectors);
        } catch (IngestException e) {
            throw FetchFailures.problem(e, url);
        }
    }

    private void checkSize(long bytes) {
        if (bytes > maxDocumentBytes) {
            throw new ApiProblem(ProblemType.DOCUMENT_TOO_LARGE, "The document is " + bytes + " bytes; the limit is "
                    + maxDocumentBytes + " (clausemap.max-document-bytes)").with("maxDocumentBytes", maxDocumentBytes);
        }
    }

    private static void checkUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new ApiProblem(ProblemType.URL_REFUSED, "Not a valid URL: " + url + " (" + e.getReason() + ")")
                    .with("field", "url");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ApiProblem(ProblemType.URL_REFUSED, "Only http and https URLs are fetched; got " + url)
                    .with("field", "url");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new ApiProblem(ProblemType.URL_REFUSED, "No host in " + url).with("field", "url");
        }
    }

    private static String fileName(MultipartFile file) {
        String name = StringUtils.getFilename(StringUtils.cleanPath(
                file.getOriginalFilename() == null ? "" : file.getOriginalFilename().replace('\\', '/')));
        return name == null || name.isBlank() ? "upload" : name;
    }

    /**
     * The format a part's media type declares, or null to let the reader decide from the name and content. Types
     * that are not text at all are refused.
     */
    private static SourceFormat format(String contentType, String name) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            throw unsupported(contentType, name);
        }
        String essence = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        return switch (essence) {
            case "text/html", "application/xhtml+xml" -> SourceFormat.HTML;
            case "text/markdown", "text/x-markdown" -> SourceFormat.MARKDOWN;
            case "text/plain", "application/octet-stream" -> null;
            default -> throw unsupported(contentType, name);
        };
    }

    private static ApiProblem unsupported(String contentType, String name) {
        return new ApiProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The file " + name + " is " + contentType
                + "; upload HTML, Markdown or plain text").with("field", "file").with("mediaType", contentType);
    }
}
