package org.clausemap.engine;

import java.util.List;
import java.util.Map;

import org.clausemap.engine.facts.ActionItem;
import org.clausemap.engine.facts.Classification;
import org.clausemap.engine.facts.Engagement;
import org.clausemap.engine.facts.Factor;
import org.clausemap.engine.facts.Qualifier;
import org.clausemap.engine.facts.TermReading;

/**
 * What the rules concluded about one document, with the firings behind it. {@code readings} holds, by provision id,
 * the terms the document defines that each provision was read with (only provisions that use one).
 */
public record EngineResult(List<Classification> classifications, List<Qualifier> qualifiers,
                           List<Engagement> engagements, List<Factor> factors, List<ActionItem> actions,
                           List<RuleFiring> firings, Map<String, List<TermReading>> readings) {

    public EngineResult(List<Classification> classifications, List<Qualifier> qualifiers,
                        List<Engagement> engagements, List<Factor> factors, List<ActionItem> actions,
                        List<RuleFiring> firings) {
        this(classifications, qualifiers, engagements, factors, actions, firings, Map.of());
    }
}
