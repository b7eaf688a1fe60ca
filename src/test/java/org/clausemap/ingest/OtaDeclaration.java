package org.clausemap.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads an Open Terms Archive {@code declaration.json} holding one terms type into the {@link Selectors} of each page:
 * a plain entry is one page, a {@code combine} entry one page per item, with the entry's own {@code select} /
 * {@code remove} applying to every page. {@code select} and {@code remove} may be a string or an array. Range
 * selectors ({@code startBefore} / {@code endBefore} objects) cannot be expressed as CSS and are left out; a page
 * whose {@code select} holds only ranges is marked so the corpus test can skip it.
 */
record OtaDeclaration(String name, List<Page> pages) {

    /** One page of a terms type. */
    record Page(int index, String fetch, Selectors selectors, boolean onlyRangeSelect, List<String> skippedRanges) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static OtaDeclaration read(Path file) {
        JsonNode root = JSON.readTree(file);
        JsonNode entry = root.get("terms").values().iterator().next();
        List<Page> pages = new ArrayList<>();
        JsonNode combine = entry.get("combine");
        if (combine == null) {
            pages.add(page(1, entry, null));
        } else {
            int index = 1;
            for (JsonNode item : combine) {
                pages.add(page(index++, item, entry));
            }
        }
        return new OtaDeclaration(root.get("name").asString(), pages);
    }

    private static Page page(int index, JsonNode item, JsonNode shared) {
        List<String> ranges = new ArrayList<>();
        List<String> select = new ArrayList<>();
        boolean hadSelect = item.has("select") || (shared != null && shared.has("select"));
        collect(item.has("select") ? item.get("select") : shared == null ? null : shared.get("select"), select, ranges);
        List<String> remove = new ArrayList<>();
        if (shared != null) {
            collect(shared.get("remove"), remove, ranges);
        }
        collect(item.get("remove"), remove, ranges);
        boolean onlyRanges = hadSelect && select.isEmpty();
        String fetch = item.has("fetch") ? item.get("fetch").asString() : "";
        return new Page(index, fetch, new Selectors(select, remove), onlyRanges, ranges);
    }

    private static void collect(JsonNode value, List<String> css, List<String> ranges) {
        if (value == null) {
            return;
        }
        if (value.isString()) {
            css.add(value.asString());
        } else if (value.isArray()) {
            for (JsonNode item : value) {
                collect(item, css, ranges);
            }
        } else if (value.isObject()) {
            ranges.add(value.toString());
        }
    }
}
