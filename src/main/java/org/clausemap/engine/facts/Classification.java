package org.clausemap.engine.facts;

import java.util.ArrayList;
import java.util.List;

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

    /**
     * The rules that decided it: the classifying rule, and the rules that read a defined term the clause was read
     * with ({@link Clause#getReadings()}).
     */
    public List<String> decidingRuleIds() {
        List<String> ids = new ArrayList<>();
        if (getRuleId() != null) {
            ids.add(getRuleId());
        }
        clause.getReadings().forEach(r -> ids.add(r.getRuleId()));
        return ids;
    }

    @Override
    public String toString() {
        return "Classification[" + clause.getId() + " " + category + "]";
    }
}
