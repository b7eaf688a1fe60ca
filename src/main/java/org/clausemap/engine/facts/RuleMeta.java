package org.clausemap.engine.facts;

import java.util.Map;

import org.kie.api.definition.rule.Rule;

/** Reads the metadata ({@code @key("value")}) that legal content is declared in on a rule. */
public final class RuleMeta {

    private RuleMeta() {
    }

    /** The rule's {@code @id}, or its name when it has none. */
    public static String id(Rule rule) {
        String id = optional(rule, "id");
        return id == null ? rule.getName() : id;
    }

    /** A metadata value as text, with surrounding quotes removed; null when absent or blank. */
    public static String optional(Rule rule, String key) {
        return text(rule.getMetaData(), key);
    }

    /** A metadata value that must be present. */
    public static String required(Rule rule, String key) {
        String value = optional(rule, key);
        if (value == null) {
            throw new IllegalStateException("rule \"" + rule.getName() + "\" in package " + rule.getPackageName()
                    + " fired without the required metadata @" + key);
        }
        return value;
    }

    /** A numeric metadata value, or the default when absent. */
    public static double number(Rule rule, String key, double fallback) {
        String value = optional(rule, key);
        if (value == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("rule \"" + rule.getName() + "\": @" + key + " must be a number, was \""
                    + value + "\"", e);
        }
    }

    static String text(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        if (value == null) {
            return null;
        }
        String s = String.valueOf(value).strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s.isEmpty() ? null : s;
    }
}
