package org.clausemap.accuracy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.clausemap.engine.Category;
import org.clausemap.engine.EngineResult;
import org.clausemap.engine.RuleBase;
import org.clausemap.engine.RuleEngine;
import org.clausemap.engine.facts.Classification;
import org.clausemap.engine.facts.Context;
import org.clausemap.provision.Provision;
import org.clausemap.provision.SourceLocation;

/**
 * Classifies the sentences of one document in one engine session, each sentence a provision. A classification is
 * reported by its category's CLAUDETTE code when the taxonomy gives one, else by the category id.
 */
public final class SentenceClassifier {

    private static final Context CONTEXT = new Context(Set.of("EU", "US"), null, "unknown");
    private final RuleBase rules;
    private final RuleEngine engine = new RuleEngine();

    public SentenceClassifier(RuleBase rules) {
        this.rules = rules;
    }

    /**
     * One verdict per text, in order. The texts are the sentences of one document in document order: each gets the
     * section path {@link SentenceContext} recovers (nearest preceding heading, lead-in of its list), so that rules
     * reading {@code inSection(...)} work on sentences as they do on extracted documents; a lead-in ending with ':'
     * gets the items of its list, so that rules reading {@code introduces(...)} work on sentences too.
     */
    public List<Verdict> classify(List<String> texts) {
        SentenceContext.Structure structure = SentenceContext.walk(texts);
        List<List<String>> paths = structure.paths();
        List<Provision> provisions = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String id = "s" + i;
            provisions.add(new Provision(id, null, paths.get(i), null, texts.get(i),
                    new SourceLocation(i + 1, -1, -1, null), id));
        }
        return verdicts(engine.evaluate(rules, provisions, CONTEXT, List.of(), structure.items()), provisions);
    }

    /** Verdicts for already-ingested provisions (a platform document), keyed by provision id. */
    public Map<String, Verdict> classifyProvisions(List<Provision> provisions) {
        List<Verdict> list = verdicts(engine.evaluate(rules, provisions, CONTEXT, List.of()), provisions);
        Map<String, Verdict> out = new HashMap<>();
        for (int i = 0; i < provisions.size(); i++) {
            out.put(provisions.get(i).id(), list.get(i));
        }
        return out;
    }

    /** The output code of a category id: its CLAUDETTE code where the taxonomy declares one, else the id. */
    public String code(String categoryId) {
        return rules.manifest().category(categoryId).map(Category::claudette).filter(c -> !c.isBlank())
                .orElse(categoryId);
    }

    private List<Verdict> verdicts(EngineResult result, List<Provision> provisions) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < provisions.size(); i++) {
            index.putIfAbsent(provisions.get(i).id(), i);
        }
        List<Set<String>> categories = new ArrayList<>();
        List<Set<String>> ruleIds = new ArrayList<>();
        for (int i = 0; i < provisions.size(); i++) {
            categories.add(new TreeSet<>());
            ruleIds.add(new TreeSet<>());
        }
        for (Classification c : result.classifications()) {
            Integer i = index.get(c.getClause().getId());
            if (i != null) {
                categories.get(i).add(code(c.getCategory()));
                ruleIds.get(i).addAll(c.decidingRuleIds());
            }
        }
        List<Verdict> out = new ArrayList<>(provisions.size());
        for (int i = 0; i < provisions.size(); i++) {
            out.add(categories.get(i).isEmpty() ? Verdict.NONE
                    : new Verdict(List.copyOf(categories.get(i)), List.copyOf(ruleIds.get(i))));
        }
        return out;
    }
}
