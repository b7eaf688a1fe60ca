package org.clausemap.engine.facts;

import org.kie.api.definition.rule.Rule;

/**
 * A classified provision engaging a legal framework. The mapping rule declares the framework, how strongly the
 * category engages it ({@code @relevance}, 0-1), the citation and the rationale as metadata.
 */
public final class Engagement extends Traced {

    private final Classification classification;
    private final String framework;
    private final double relevance;
    private final String citation;
    private final String rationale;

    public Engagement(Classification classification, Rule rule) {
        this.classification = classification;
        this.framework = RuleMeta.required(rule, "framework");
        this.relevance = RuleMeta.number(rule, "relevance", 1.0);
        this.citation = RuleMeta.optional(rule, "citation");
        this.rationale = RuleMeta.optional(rule, "rationale");
    }

    public Classification getClassification() {
        return classification;
    }

    public Clause getClause() {
        return classification.getClause();
    }

    public String getCategory() {
        return classification.getCategory();
    }

    public String getFramework() {
        return framework;
    }

    public double getRelevance() {
        return relevance;
    }

    public String getCitation() {
        return citation;
    }

    public String getRationale() {
        return rationale;
    }

    @Override
    public String toString() {
        return "Engagement[" + getClause().getId() + " " + getCategory() + " -> " + framework + "]";
    }
}
