package org.clausemap.regulation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Checks the fields of one framework file against the format and builds the {@link Framework}. Every check runs,
 * so a file with five mistakes yields five problems.
 */
final class FrameworkBinder {

    private static final Pattern ID_FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Path file;
    private final Map<String, YamlFields.Field> fields;
    private final List<RegulationProblem> problems = new ArrayList<>();

    private FrameworkBinder(Path file, Map<String, YamlFields.Field> fields) {
        this.file = file;
        this.fields = fields;
    }

    /** The framework, or empty with the reasons added to {@code problems}. */
    static Optional<Framework> bind(Path file, Map<String, YamlFields.Field> fields, List<RegulationProblem> problems) {
        FrameworkBinder binder = new FrameworkBinder(file, fields);
        Optional<Framework> framework = binder.bind();
        problems.addAll(binder.problems);
        return framework;
    }

    private Optional<Framework> bind() {
        rejectUnknownFields();
        String id = text("id");
        checkIdMatchesFileName(id);
        String name = text("name");
        String area = oneOf("area", Vocabulary.AREAS);
        List<String> citations = texts("citations");
        List<String> jurisdictions = jurisdictions();
        List<String> authorities = texts("authorities");
        List<String> exposure = someOf("exposure", Vocabulary.EXPOSURES);
        int baseSeverity = baseSeverity();
        String notes = text("notes");
        List<String> sources = fields.containsKey(Vocabulary.OPTIONAL_FIELD) ? texts(Vocabulary.OPTIONAL_FIELD) : List.of();
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Framework(id, name, area, citations, jurisdictions, authorities, exposure, baseSeverity,
                notes.strip(), sources));
    }

    private void rejectUnknownFields() {
        fields.forEach((name, field) -> {
            if (!Vocabulary.FIELDS.contains(name)) {
                problem(field.position(), "unknown field '" + name + "' (allowed: "
                        + String.join(", ", Vocabulary.FIELDS) + ")");
            }
        });
    }

    private void checkIdMatchesFileName(String id) {
        String stem = RegulationFiles.stem(file);
        if (id != null && !ID_FORMAT.matcher(id).matches()) {
            problem(fields.get("id").position(), "id '" + id + "' must be lower-case letters and digits in words"
                    + " joined by '-' (e.g. 'eu-data-act')");
        }
        if (id != null && !id.equals(stem)) {
            problem(fields.get("id").position(), "id '" + id + "' does not match the file name; the file for this"
                    + " framework must be named '" + id + ".yaml' (or the id must be '" + stem + "')");
        }
    }

    /** A required, non-blank text value; null (with a problem recorded) otherwise. */
    private String text(String name) {
        YamlFields.Field field = required(name);
        if (field == null) {
            return null;
        }
        return nonBlankText(name, field.value(), field.position());
    }

    private String nonBlankText(String label, JsonNode value, Position position) {
        if (!value.isString()) {
            problem(position, label + " must be text, found " + kind(value));
            return null;
        }
        if (value.stringValue().isBlank()) {
            problem(position, label + " must not be blank");
            return null;
        }
        return value.stringValue();
    }

    /** A required, non-empty list of non-blank, distinct texts. */
    private List<String> texts(String name) {
        YamlFields.Field field = required(name);
        if (field == null) {
            return List.of();
        }
        if (!field.value().isArray()) {
            problem(field.position(), name + " must be a list (one '- item' per line, or [a, b]), found "
                    + kind(field.value()));
            return List.of();
        }
        if (field.value().isEmpty()) {
            problem(field.position(), name + " must list at least one entry");
            return List.of();
        }
        List<String> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < field.value().size(); i++) {
            Position position = field.elementPosition(i);
            String value = nonBlankText(name + "[" + (i + 1) + "]", field.value().get(i), position);
            if (value != null && !seen.add(value)) {
                problem(position, name + " lists '" + value + "' twice");
            } else if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private String oneOf(String name, Set<String> allowed) {
        String value = text(name);
        if (value != null && !allowed.contains(value)) {
            problem(fields.get(name).position(), name + " '" + value + "' is not one of: "
                    + Vocabulary.allowed(allowed));
            return null;
        }
        return value;
    }

    private List<String> someOf(String name, Set<String> allowed) {
        List<String> values = texts(name);
        for (int i = 0; i < values.size(); i++) {
            if (!allowed.contains(values.get(i))) {
                problem(positionOf(name, values.get(i)), name + " '" + values.get(i) + "' is not one of: "
                        + Vocabulary.allowed(allowed));
            }
        }
        return values;
    }

    private List<String> jurisdictions() {
        List<String> values = someOf("jurisdictions", Vocabulary.JURISDICTIONS);
        if (values.size() > 1 && values.contains(Vocabulary.ANY_JURISDICTION)) {
            problem(fields.get("jurisdictions").position(), "jurisdictions: '" + Vocabulary.ANY_JURISDICTION
                    + "' already covers every jurisdiction and must stand alone");
        }
        return values;
    }

    private int baseSeverity() {
        YamlFields.Field field = required("baseSeverity");
        if (field == null) {
            return 0;
        }
        JsonNode value = field.value();
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0 || value.intValue() > 100) {
            problem(field.position(), "baseSeverity must be a whole number from 0 to 100, found "
                    + (value.isNumber() ? value.asString() : kind(value)));
            return 0;
        }
        return value.intValue();
    }

    private YamlFields.Field required(String name) {
        YamlFields.Field field = fields.get(name);
        if (field == null || field.value().isNull() || field.value().isMissingNode()) {
            Position position = field == null ? Position.UNKNOWN : field.position();
            problem(position, "missing required field '" + name + "'");
            return null;
        }
        return field;
    }

    private Position positionOf(String name, String value) {
        YamlFields.Field field = fields.get(name);
        for (int i = 0; i < field.value().size(); i++) {
            if (value.equals(field.value().get(i).asString(null))) {
                return field.elementPosition(i);
            }
        }
        return field.position();
    }

    private static String kind(JsonNode value) {
        if (value.isString()) {
            return "text '" + value.stringValue() + "'";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isBoolean()) {
            return "true/false";
        }
        return value.isNumber() ? "the number " + value.asString() : "an empty value";
    }

    private void problem(Position position, String message) {
        problems.add(RegulationProblem.at(file, position, message));
    }
}
