package org.clausemap.engine;

import java.util.List;

import org.clausemap.engine.facts.ActionItem;
import org.clausemap.engine.facts.Classification;
import org.clausemap.engine.facts.Engagement;
import org.clausemap.engine.facts.Factor;
import org.clausemap.engine.facts.Qualifier;

/** What the rules concluded about one document, with the firings behind it. */
public record EngineResult(List<Classification> classifications, List<Qualifier> qualifiers,
                           List<Engagement> engagements, List<Factor> factors, List<ActionItem> actions,
                           List<RuleFiring> firings) {
}
