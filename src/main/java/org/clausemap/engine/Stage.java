package org.clausemap.engine;

import java.util.List;

/** The stages rules run in, in order; each rule names its stage with {@code agenda-group}. */
public enum Stage {
    CLASSIFY("classify"), MAP("map"), SCORE("score"), CHECKLIST("checklist");

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
        return List.of(CLASSIFY.group, MAP.group, SCORE.group, CHECKLIST.group);
    }
}
