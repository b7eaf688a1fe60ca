package org.clausemap.accuracy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a platform gold file (JSONL): {@code document} (required), {@code number} and/or {@code anchor} (one of them
 * when there are categories), {@code categories} (array). Anchors are short phrases, never whole corpus sentences.
 */
public final class GoldFile {

    static final int MAX_ANCHOR = 60;

    private GoldFile() {
    }

    public static List<GoldProvision> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<GoldProvision> gold = new ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            String raw = lines.get(n - 1);
            if (!raw.isBlank()) {
                gold.add(parse(file, n, raw));
            }
        }
        if (gold.isEmpty()) {
            throw new IllegalArgumentException(file + ": no gold lines");
        }
        return gold;
    }

    private static GoldProvision parse(Path file, int n, String raw) {
        JsonNode node;
        try {
            node = SentenceFile.JSON.readTree(raw);
        } catch (JacksonException e) {
            throw SentenceFile.error(file, n, "not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (!node.isObject()) {
            throw SentenceFile.error(file, n, "expected a JSON object");
        }
        String document = text(node, "document");
        if (document == null || document.isBlank()) {
            throw SentenceFile.error(file, n, "missing field 'document'");
        }
        String number = text(node, "number");
        String anchor = text(node, "anchor");
        if (anchor != null && anchor.length() > MAX_ANCHOR) {
            throw SentenceFile.error(file, n, "anchor longer than " + MAX_ANCHOR + " characters");
        }
        List<String> categories = new ArrayList<>();
        JsonNode cats = node.get("categories");
        if (cats != null && !cats.isNull()) {
            if (!cats.isArray()) {
                throw SentenceFile.error(file, n, "field 'categories' must be an array");
            }
            cats.forEach(c -> categories.add(c.asString()));
        }
        if (!categories.isEmpty() && number == null && anchor == null) {
            throw SentenceFile.error(file, n, "a provision needs a 'number' or an 'anchor'");
        }
        return new GoldProvision(n, document, number, anchor, categories);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
