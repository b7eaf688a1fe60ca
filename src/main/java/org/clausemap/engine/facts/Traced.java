package org.clausemap.engine.facts;

/**
 * A fact that rules insert. The engine stamps it with the id of the rule that inserted it, so every finding is
 * traceable to the rule that produced it without rule authors having to say so.
 */
public abstract class Traced {

    private String ruleId;

    /** Id of the rule whose consequence inserted this fact ({@code null} when inserted by the engine itself). */
    public String getRuleId() {
        return ruleId;
    }

    /** Called once by the engine's listener when the fact is inserted. */
    public void stamp(String ruleId) {
        if (this.ruleId == null) {
            this.ruleId = ruleId;
        }
    }
}
