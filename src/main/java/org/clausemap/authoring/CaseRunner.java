package org.clausemap.authoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.clausemap.engine.EngineResult;
import org.clausemap.engine.RuleBase;
import org.clausemap.engine.RuleEngine;
import org.clausemap.engine.RuleFiring;
import org.clausemap.engine.facts.Context;
import org.clausemap.provision.Provision;
import org.clausemap.provision.SourceLocation;
import org.clausemap.regulation.RegulationCatalog;

/**
 * Runs rule cases through the real rule engine, one small document per case, laid out as the extractor lays out a
 * page: the {@code before} provisions and the lead-in as paragraphs of the case's section, the case's provision as a
 * paragraph after them or, under a lead-in, as the first item of the list it introduces; the case's {@code items} as
 * the items of a list right after the case's provision (nested in its list item when it has a lead-in);
 * {@code also} provisions last.
 */
public final class CaseRunner {

    static final String CASE_ID = "case";
    private final RuleEngine engine = new RuleEngine();
    private final RegulationCatalog regulations;

    public CaseRunner(RegulationCatalog regulations) {
        this.regulations = regulations;
    }

    public CaseResult run(RuleBase rules, String file, int index, RuleCase c) {
        List<Provision> provisions = new ArrayList<>();
        List<String> section = c.section() == null ? List.of() : List.of(c.section());
        for (int i = 0; i < c.before().size(); i++) {
            provisions.add(provision("before-" + (i + 1), section, c.before().get(i), paragraph(provisions.size())));
        }
        boolean listItem = c.leadIn() != null && !c.leadIn().isBlank();
        String item = paragraph(provisions.size());
        if (listItem) {
            provisions.add(provision("lead-in", section, c.leadIn(), paragraph(provisions.size())));
            item = "body > ul > li";
        }
        provisions.add(provision(CASE_ID, section, c.text(), item));
        for (int i = 0; i < c.items().size(); i++) {
            String list = (listItem ? item : "body") + " > ul";
            provisions.add(provision("item-" + (i + 1), section, c.items().get(i),
                    list + " > li:nth-child(" + (i + 1) + ")"));
        }
        for (int i = 0; i < c.also().size(); i++) {
            provisions.add(provision("also-" + (i + 1), List.of(), c.also().get(i), null));
        }
        Context context = new Context(Set.copyOf(c.jurisdictions()), null, c.market() == null ? "unknown" : c.market());
        EngineResult result = engine.evaluate(rules, provisions, context, regulations.all());
        Found found = Found.of(result);
        List<String> failures = new ArrayList<>();
        compare("category", c.expect().categories(), c.reject().categories(), found.categories, failures);
        compare("qualifier", c.expect().qualifiers(), c.reject().qualifiers(), found.qualifiers, failures);
        compare("framework", c.expect().frameworks(), c.reject().frameworks(), found.frameworks, failures);
        compare("rule", c.expect().rules(), c.reject().rules(), found.rules, failures);
        compare("action", c.expect().actions(), c.reject().actions(), found.actions, failures);
        compare("factor", c.expect().factors(), c.reject().factors(), found.factors, failures);
        return new CaseResult(file, index, c.label(), failures, List.copyOf(found.rules));
    }

    private static Provision provision(String id, List<String> section, String text, String cssPath) {
        return new Provision(id, null, section, null, text, new SourceLocation(1, -1, -1, cssPath), id);
    }

    /** The CSS path of the n-th (0-based) paragraph of the case document's body. */
    private static String paragraph(int n) {
        return "body > p:nth-child(" + (n + 1) + ")";
    }

    private static void compare(String kind, List<String> expected, List<String> rejected, Set<String> found,
                                List<String> failures) {
        for (String e : expected) {
            if (!found.contains(e)) {
                failures.add("expected " + kind + " " + e + " but found " + (found.isEmpty() ? "none" : found));
            }
        }
        for (String r : rejected) {
            if (found.contains(r)) {
                failures.add("must not find " + kind + " " + r);
            }
        }
    }

    /** What the rules found for the case's own provision. */
    private record Found(Set<String> categories, Set<String> qualifiers, Set<String> frameworks, Set<String> rules,
                         Set<String> actions, Set<String> factors) {

        static Found of(EngineResult r) {
            Found f = new Found(new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new LinkedHashSet<>(),
                    new TreeSet<>(), new TreeSet<>());
            r.classifications().stream().filter(c -> CASE_ID.equals(c.getClause().getId()))
                    .forEach(c -> f.categories.add(c.getCategory()));
            r.qualifiers().stream().filter(q -> CASE_ID.equals(q.getClause().getId()))
                    .forEach(q -> f.qualifiers.add(q.getName()));
            r.engagements().stream().filter(e -> CASE_ID.equals(e.getClause().getId()))
                    .forEach(e -> f.frameworks.add(e.getFramework()));
            r.actions().stream().filter(a -> CASE_ID.equals(a.getEngagement().getClause().getId()))
                    .forEach(a -> f.actions.add(a.getAction()));
            r.factors().stream().filter(x -> CASE_ID.equals(x.getEngagement().getClause().getId()))
                    .forEach(x -> f.factors.add(x.getName()));
            for (RuleFiring firing : r.firings()) {
                if (firing.provisionIds().contains(CASE_ID)) {
                    f.rules.add(firing.ruleId());
                }
            }
            // a provision read with a term another provision defines was decided by the rule that read the term too
            r.readings().getOrDefault(CASE_ID, List.of()).forEach(reading -> f.rules.add(reading.getRuleId()));
            return f;
        }
    }
}
