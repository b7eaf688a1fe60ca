package org.clausemap.engine;

import java.util.List;

/**
 * The stages rules run in, in order; each rule names its stage with {@code agenda-group}. The {@code terms} stage
 * reads the terms a document defines ({@link org.clausemap.engine.facts.TermReading}); the engine reads the
 * document's clauses with them before the classifying rules run.
 */
public enum Stage {
    TERMS("terms"), CLASSIFY("classify"), MAP("map"), SCORE("score"), CHECKLIST("checklist");

    private final String group;

    Stage(String group) {
        this.group = group;
    }

    /** The agenda group rules of this stage belong to. */
    public String group() {
        return group;
    }

    /** All stage agenda group names, in running order. */
    public static List<String> groups() {
        return List.of(TERMS.group, CLASSIFY.group, MAP.group, SCORE.group, CHECKLIST.group);
    }
}
