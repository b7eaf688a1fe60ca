package org.clausemap.api.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.clausemap.app.ClausemapProperties;
import org.clausemap.archive.ArchiveException;
import org.clausemap.archive.ArchiveException.Kind;
import org.clausemap.ingest.Selectors;
import org.clausemap.ingest.Source;
import org.clausemap.provision.SourceFormat;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;

/**
 * Turns uploaded content into a {@link Source}: strict UTF-8, within {@code clausemap.max-document-bytes}, format
 * from the media type or the file name. Also reads the {@code recordedAt} a client gives.
 */
@Component
class Uploads {

    private final long maxDocumentBytes;

    Uploads(ClausemapProperties properties) {
        this.maxDocumentBytes = properties.maxDocumentBytes().toBytes();
    }

    Source inline(String field, String content, Selectors selectors) {
        if (content.isBlank()) {
            throw new ArchiveException(Kind.INVALID, field + " is empty").with("field", field);
        }
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        checkSize(bytes.length);
        SourceFormat format = switch (field) {
            case "html" -> SourceFormat.HTML;
            case "markdown" -> SourceFormat.MARKDOWN;
            default -> SourceFormat.TEXT;
        };
        return new Source("inline:" + field, content, format, selectors);
    }

    Source file(MultipartFile file, Selectors selectors) {
        if (file.isEmpty()) {
            throw new ArchiveException(Kind.INVALID, "The uploaded file is empty").with("field", "file");
        }
        checkSize(file.getSize());
        String name = StringUtils.getFilename(StringUtils.cleanPath(file.getOriginalFilename() == null ? ""
                : file.getOriginalFilename().replace('\\', '/')));
        name = name == null || name.isBlank() ? "upload" : name;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(file.getBytes())).toString();
            if (text.indexOf('\0') >= 0) {
                throw new ArchiveException(Kind.UNREADABLE, name + " is not text: it holds a NUL character");
            }
            return new Source(name, text.startsWith("\uFEFF") ? text.substring(1) : text,
                    format(file.getContentType()), selectors);
        } catch (CharacterCodingException e) {
            throw new ArchiveException(Kind.UNREADABLE, name + " is not valid UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload " + name, e);
        }
    }

    /** {@code YYYY-MM-DD} (00:00 UTC) or an ISO instant; now when not given. */
    static Instant recordedAt(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return now;
        }
        String v = value.strip();
        try {
            Instant at = v.length() == 10 ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(v);
            if (at.isAfter(now)) {
                throw new ArchiveException(Kind.INVALID, "recordedAt " + v + " is in the future")
                        .with("field", "recordedAt");
            }
            return at;
        } catch (DateTimeParseException e) {
            throw new ArchiveException(Kind.INVALID, "recordedAt must be a date (YYYY-MM-DD) or an instant"
                    + " (2026-01-31T12:00:00Z); was \"" + v + "\"").with("field", "recordedAt");
        }
    }

    private void checkSize(long bytes) {
        if (bytes > maxDocumentBytes) {
            throw new ArchiveException(Kind.INVALID, "The document is " + bytes + " bytes; the limit is "
                    + maxDocumentBytes + " (clausemap.max-document-bytes)").with("maxDocumentBytes", maxDocumentBytes);
        }
    }

    private static SourceFormat format(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return switch ((type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT)) {
                case "text/html", "application/xhtml+xml" -> SourceFormat.HTML;
                case "text/markdown", "text/x-markdown" -> SourceFormat.MARKDOWN;
                default -> null;
            };
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }
}
