package org.clausemap.engine.facts;

import org.kie.api.definition.rule.Rule;

/** A clause recognised as a provision category. The category comes from the classifying rule's {@code @category}. */
public final class Classification extends Traced {

    private final Clause clause;
    private final String category;

    public Classification(Clause clause, Rule rule) {
        this(clause, RuleMeta.required(rule, "category"));
    }

    public Classification(Clause clause, String category) {
        this.clause = clause;
        this.category = category;
    }

    public Clause getClause() {
        return clause;
    }

    public String getCategory() {
        return category;
    }

    @Override
    public String toString() {
        return "Classification[" + clause.getId() + " " + category + "]";
    }
}
