package org.clausemap.ingest;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import org.clausemap.provision.SourceFormat;

/**
 * Turns a fetched response into a {@link Source}: the content type decides the format ({@code text/html} HTML,
 * {@code text/markdown} Markdown, {@code text/plain} text, or Markdown when the path ends {@code .md}, as raw
 * file hosts serve it), its charset the decoding (UTF-8 when none is declared). Without a content type the format
 * is detected as for files. Other content types are errors.
 */
final class ResponseDecoder {

    private ResponseDecoder() {
    }

    /**
     * @param where the URL as it reads in messages (with the redirect it came from)
     * @param url   the URL asked for: the source's name
     */
    static Source toSource(HttpResponse<byte[]> response, URI uri, String where, String url, Selectors selectors) {
        String contentType = response.headers().firstValue("content-type").orElse("");
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        SourceFormat declared = format(mediaType, uri, where);
        Charset charset = charset(contentType, where);
        String text = TextDecoder.decode(response.body(), charset, where);
        SourceFormat format = declared != null ? declared
                : FormatDetector.detect(uri.getPath() == null ? "" : uri.getPath(), text);
        return new Source(url, text, format, selectors);
    }

    private static SourceFormat format(String mediaType, URI uri, String where) {
        return switch (mediaType) {
            case "" -> null;
            case "text/html", "application/xhtml+xml" -> SourceFormat.HTML;
            case "text/markdown", "text/x-markdown" -> SourceFormat.MARKDOWN;
            case "text/plain" -> isMarkdownPath(uri) ? SourceFormat.MARKDOWN : SourceFormat.TEXT;
            default -> throw new IngestException("Unsupported content type '" + mediaType + "' from " + where
                    + ": expected HTML, Markdown or plain text");
        };
    }

    private static boolean isMarkdownPath(URI uri) {
        return uri.getPath() != null && FormatDetector.fromName(uri.getPath()) == SourceFormat.MARKDOWN;
    }

    private static Charset charset(String contentType, String where) {
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                String name = pair[1].strip().replace("\"", "");
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new IngestException("Unsupported charset '" + name + "' from " + where, e);
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
