package org.clausemap.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Loads a terms document from a local file (read as UTF-8) or an http(s) URL (through {@link UrlFetcher}). The
 * format of a file comes from its extension, else from its content; that of a URL from the response's content type.
 */
public final class SourceLoader {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://");

    private final UrlFetcher fetcher;

    public SourceLoader() {
        this(new UrlFetcher());
    }

    public SourceLoader(UrlFetcher fetcher) {
        this.fetcher = fetcher;
    }

    public Source load(String fileOrUrl, Selectors selectors) {
        if (fileOrUrl == null || fileOrUrl.isBlank()) {
            throw new IngestException("No file or URL given");
        }
        String lower = fileOrUrl.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return fetcher.fetch(fileOrUrl.strip(), selectors);
        }
        if (SCHEME.matcher(lower).find()) {
            String scheme = lower.substring(0, lower.indexOf(':'));
            throw new IngestException("Unsupported URL scheme '" + scheme + "' in " + fileOrUrl
                    + ": give a local file path or an http(s) URL");
        }
        String content = readFile(fileOrUrl);
        return new Source(fileOrUrl, content, FormatDetector.detect(fileOrUrl, content), selectors);
    }

    private static String readFile(String name) {
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            throw new IngestException("Not a valid file path: " + name + " (" + e.getReason() + ")", e);
        }
        if (Files.isDirectory(path)) {
            throw new IngestException(name + " is a directory, not a file");
        }
        if (!Files.exists(path)) {
            throw new IngestException("No such file: " + name);
        }
        if (!Files.isReadable(path)) {
            throw new IngestException("Cannot read " + name + ": permission denied");
        }
        try {
            return TextDecoder.decode(Files.readAllBytes(path), StandardCharsets.UTF_8, name);
        } catch (NoSuchFileException e) {
            throw new IngestException("No such file: " + name, e);
        } catch (AccessDeniedException e) {
            throw new IngestException("Cannot read " + name + ": permission denied", e);
        } catch (IOException e) {
            throw new IngestException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
