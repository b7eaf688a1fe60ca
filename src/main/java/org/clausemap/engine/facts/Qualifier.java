package org.clausemap.engine.facts;

import org.kie.api.definition.rule.Rule;

/**
 * A qualifier found in a clause that changes its weight ("except where permitted", "without prior written consent",
 * "unless you opt out"), or its deontic form (prohibition, obligation, permission, grant). The kind comes from the
 * rule's {@code @qualifier} or {@code @form}.
 */
public final class Qualifier extends Traced {

    private final Clause clause;
    private final String kind;
    private final String name;

    public Qualifier(Clause clause, Rule rule) {
        this.clause = clause;
        String form = RuleMeta.optional(rule, "form");
        this.kind = form != null ? "form" : "qualifier";
        this.name = form != null ? form : RuleMeta.required(rule, "qualifier");
    }

    public Clause getClause() {
        return clause;
    }

    /** "form" for a deontic form, "qualifier" otherwise. */
    public String getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return "Qualifier[" + clause.getId() + " " + kind + ":" + name + "]";
    }
}
