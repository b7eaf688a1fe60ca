package org.clausemap.accuracy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a sentences JSONL file: one JSON object a line with at least {@code doc}, {@code i} and {@code text}. Blank
 * lines are skipped; any other malformed line fails the whole read with an error naming the file and line.
 */
public final class SentenceFile {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private SentenceFile() {
    }

    public static List<SentenceLine> read(Path file) {
        List<SentenceLine> lines = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String raw;
            int n = 0;
            while ((raw = in.readLine()) != null) {
                n++;
                if (!raw.isBlank()) {
                    lines.add(parse(file, n, raw));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return lines;
    }

    /** The lines grouped by document, documents in order of first appearance, sentences in file order. */
    public static Map<String, List<SentenceLine>> byDocument(List<SentenceLine> lines) {
        Map<String, List<SentenceLine>> docs = new LinkedHashMap<>();
        for (SentenceLine line : lines) {
            docs.computeIfAbsent(line.doc(), d -> new ArrayList<>()).add(line);
        }
        return docs;
    }

    static SentenceLine parse(Path file, int n, String raw) {
        JsonNode node;
        try {
            node = JSON.readTree(raw);
        } catch (JacksonException e) {
            throw error(file, n, "not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (!(node instanceof ObjectNode object)) {
            throw error(file, n, "expected a JSON object, found " + node.getNodeType().name().toLowerCase());
        }
        String doc = string(file, n, object, "doc", true);
        JsonNode i = object.get("i");
        if (i == null || !i.isIntegralNumber() || !i.canConvertToInt()) {
            throw error(file, n, "field 'i' must be an integer (the sentence's index in its document)");
        }
        String text = string(file, n, object, "text", true);
        String original = string(file, n, object, "text_original", false);
        return new SentenceLine(n, object, doc, i.asInt(), original != null ? original : text);
    }

    private static String string(Path file, int n, ObjectNode object, String field, boolean required) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw error(file, n, "missing field '" + field + "'");
            }
            return null;
        }
        if (!value.isString()) {
            throw error(file, n, "field '" + field + "' must be a string");
        }
        return value.stringValue();
    }

    static IllegalArgumentException error(Path file, int n, String message) {
        return new IllegalArgumentException(file + " line " + n + ": " + message);
    }
}
