package org.clausemap.ingest;

import java.util.List;

/**
 * Which part of an HTML page is the document, declared as Open Terms Archive does.
 *
 * @param select CSS selectors whose matched elements are the document, in document order (nested matches count
 *               once); empty means the whole body
 * @param remove CSS selectors whose matched elements are removed before extraction
 *               <p>A selector that matches nothing, or is not valid CSS, is an {@link IngestException} naming it: a
 *               stale declaration must fail loudly, never yield an empty document.
 */
public record Selectors(List<String> select, List<String> remove) {

    /** No selection: the whole body, with only the generic boilerplate removal. */
    public static final Selectors NONE = new Selectors(List.of(), List.of());

    public Selectors {
        select = select == null ? List.of() : List.copyOf(select);
        remove = remove == null ? List.of() : List.copyOf(remove);
    }
}
