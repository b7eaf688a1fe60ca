package org.clausemap.engine.facts;

import org.kie.api.definition.rule.Rule;

/**
 * A multiplier on an engagement's score, declared by a scoring rule: {@code @factor} (its name, e.g. strength,
 * jurisdiction, mitigation), {@code @value} (the multiplier) and {@code @reason} (why, in a sentence).
 */
public final class Factor extends Traced {

    private final Engagement engagement;
    private final String name;
    private final double value;
    private final String reason;

    public Factor(Engagement engagement, Rule rule) {
        this(engagement, RuleMeta.required(rule, "factor"), RuleMeta.number(rule, "value", Double.NaN),
                RuleMeta.optional(rule, "reason"));
        if (Double.isNaN(value)) {
            throw new IllegalStateException("scoring rule \"" + rule.getName() + "\" has no numeric @value");
        }
    }

    public Factor(Engagement engagement, String name, double value, String reason) {
        this.engagement = engagement;
        this.name = name;
        this.value = value;
        this.reason = reason;
    }

    public Engagement getEngagement() {
        return engagement;
    }

    public String getName() {
        return name;
    }

    public double getValue() {
        return value;
    }

    public String getReason() {
        return reason;
    }
}
