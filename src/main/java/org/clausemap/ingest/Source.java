package org.clausemap.ingest;

import java.util.Objects;
import org.clausemap.provision.SourceFormat;

/**
 * A terms document as text, before reading.
 *
 * @param name      where it came from (file path, URL, or a caller-given name); becomes {@code Document.source}
 * @param content   the document text
 * @param format    its format, or null to detect it from the name's extension, else by sniffing the content
 * @param selectors the part of an HTML page that is the document; null means {@link Selectors#NONE}
 */
public record Source(String name, String content, SourceFormat format, Selectors selectors) {

    public Source {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        selectors = selectors == null ? Selectors.NONE : selectors;
    }
}
