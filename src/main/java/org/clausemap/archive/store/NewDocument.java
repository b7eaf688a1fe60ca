package org.clausemap.archive.store;

import java.time.Duration;
import java.util.List;

/**
 * A document to register.
 *
 * @param platform     the platform (e.g. {@code openai})
 * @param documentType the kind of document (e.g. {@code terms-of-use})
 * @param url          where it is fetched from, or null for uploaded content only
 * @param select       CSS selectors of the document's content; empty for the whole page
 * @param remove       CSS selectors of elements removed before reading
 * @param monitor      whether the monitor re-fetches it on schedule (needs a URL)
 * @param interval     its re-fetch interval, or null for the global one
 */
public record NewDocument(String platform, String documentType, String url, List<String> select, List<String> remove,
                          boolean monitor, Duration interval) {

    public NewDocument {
        select = select == null ? List.of() : List.copyOf(select);
        remove = remove == null ? List.of() : List.copyOf(remove);
    }
}
