package org.clausemap.provision;

import java.util.List;

/**
 * A terms document as ingested: its identity and its provisions in document order.
 *
 * @param title      the document's title (first heading or HTML title), or the source name
 * @param source     where it came from: a file path, a URL, or a caller-given name
 * @param sha256     SHA-256 (hex) of the normalised text of all provisions, in order: the document's content identity
 * @param format     the format it was read as
 * @param provisions the provisions in document order
 */
public record Document(String title, String source, String sha256, SourceFormat format, List<Provision> provisions) {

    public Document {
        provisions = List.copyOf(provisions);
    }
}
