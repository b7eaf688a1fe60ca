package org.clausemap.regulation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the top-level mapping of one YAML file into fields that remember where they were written, so that
 * validation can point at the offending line. Syntax errors end the reading of that file (YAML cannot be parsed
 * past them) and become a problem carrying the line and column Jackson reports.
 */
final class YamlFields {

    /** One top-level field: its value, where its key starts, and where each element starts if it is a list. */
    record Field(JsonNode value, Position position, List<Position> elementPositions) {

        Position elementPosition(int index) {
            return index < elementPositions.size() ? elementPositions.get(index) : position;
        }
    }

    private static final Pattern READER_POSITION = Pattern.compile("in reader, line (\\d+), column (\\d+):");

    private final YAMLMapper mapper;

    YamlFields(YAMLMapper mapper) {
        this.mapper = mapper;
    }

    /** The fields of {@code content} in file order, or empty when the file is not a readable YAML mapping. */
    Optional<Map<String, Field>> read(Path file, String content, List<RegulationProblem> problems) {
        try (JsonParser parser = mapper.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(RegulationProblem.in(file, "the file is empty; expected a mapping of framework fields"));
                return Optional.empty();
            }
            if (first != JsonToken.START_OBJECT) {
                problems.add(RegulationProblem.at(file, Position.of(parser.currentTokenLocation()),
                        "expected a mapping of framework fields (key: value) at the top level"));
                return Optional.empty();
            }
            Map<String, Field> fields = readMapping(file, parser, problems);
            if (parser.nextToken() != null) {
                problems.add(RegulationProblem.at(file, Position.of(parser.currentTokenLocation()),
                        "only one YAML document per file is allowed (remove the second '---' section)"));
            }
            return Optional.of(fields);
        } catch (JacksonException e) {
            problems.add(RegulationProblem.at(file, Position.of(e.getLocation()), "malformed YAML: "
                    + summarize(e.getOriginalMessage())));
            return Optional.empty();
        }
    }

    private Map<String, Field> readMapping(Path file, JsonParser parser, List<RegulationProblem> problems) {
        Map<String, Field> fields = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            Position keyPosition = Position.of(parser.currentTokenLocation());
            String name = parser.currentName();
            Field field = readValue(parser, keyPosition);
            if (fields.putIfAbsent(name, field) != null) {
                problems.add(RegulationProblem.at(file, keyPosition, "field '" + name + "' is given twice"));
            }
        }
        return fields;
    }

    private Field readValue(JsonParser parser, Position keyPosition) {
        JsonToken token = parser.nextToken();
        if (token != JsonToken.START_ARRAY) {
            return new Field(parser.readValueAsTree(), keyPosition, List.of());
        }
        List<JsonNode> elements = new ArrayList<>();
        List<Position> positions = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            positions.add(Position.of(parser.currentTokenLocation()));
            elements.add(parser.readValueAsTree());
        }
        return new Field(mapper.createArrayNode().addAll(elements), keyPosition, List.copyOf(positions));
    }

    /**
     * SnakeYAML messages span several lines: what it was doing, where, a source excerpt with a caret, and what went
     * wrong, where. Keeps the sentences and positions, drops the excerpts.
     */
    static String summarize(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable content";
        }
        List<String> parts = new ArrayList<>();
        for (String line : message.split("\\R")) {
            Matcher reader = READER_POSITION.matcher(line.strip());
            if (reader.matches() && !parts.isEmpty()) {
                int last = parts.size() - 1;
                parts.set(last, parts.get(last) + " (line " + reader.group(1) + ", column " + reader.group(2) + ")");
            } else if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                parts.add(line.strip());
            }
        }
        return parts.isEmpty() ? message.strip() : String.join("; ", parts);
    }
}
