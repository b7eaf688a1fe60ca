package org.clausemap.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clausemap.analysis.Analysis;
import org.clausemap.analysis.ProvisionResult;
import org.clausemap.analysis.RuleSetInfo;
import org.clausemap.checklist.ChecklistItem;
import org.clausemap.engine.RuleFiring;
import org.clausemap.scoring.ScoreFactor;
import org.clausemap.scoring.ScoredEngagement;

/**
 * What the rules in force make of one provision, as {@code clausemap explain} prints it: categories, deontic forms
 * and qualifiers, the rules that fired (by stage, with how often), the framework mappings with their scores and the
 * factors behind them, and the checklist actions.
 */
record Explanation(String text, String section, List<String> jurisdictions, String marketPosition,
                   List<String> categories, List<String> forms, List<String> qualifiers, List<Fired> rulesFired,
                   List<Mapping> mappings, List<Action> checklist, RuleSetInfo ruleSet, String disclaimer) {

    /** A rule that fired, in the order it first fired, and how often. */
    record Fired(String ruleId, String stage, long count) {
    }

    /** A framework the provision engages through one of its categories, scored. */
    record Mapping(String category, String framework, String citation, String rationale, int score, String band,
                   List<String> ruleIds, List<ScoreFactor> factors) {
    }

    /** A checklist action the provision calls for. */
    record Action(String id, String title, String priority, String owner, List<String> frameworks,
                  List<String> ruleIds, int maxScore) {
    }

    static Explanation of(Analysis a, String section) {
        ProvisionResult p = a.provisions().get(0);
        return new Explanation(p.text(), section, a.jurisdictions(), a.marketPosition(), p.categories(), p.forms(),
                p.qualifiers(), fired(a.trace()), a.engagements().stream().map(Explanation::mapping).toList(),
                a.checklist().stream().map(Explanation::action).toList(), a.ruleSet(), a.disclaimer());
    }

    private static List<Fired> fired(List<RuleFiring> trace) {
        Map<String, Fired> fired = new LinkedHashMap<>();
        for (RuleFiring f : trace) {
            fired.merge(f.stage() + "\u0000" + f.ruleId(), new Fired(f.ruleId(), f.stage(), 1),
                    (x, y) -> new Fired(x.ruleId(), x.stage(), x.count() + 1));
        }
        return List.copyOf(fired.values());
    }

    private static Mapping mapping(ScoredEngagement e) {
        return new Mapping(e.category(), e.framework(), e.citation(), e.rationale(), e.score(), e.band(),
                e.ruleIds(), e.factors());
    }

    private static Action action(ChecklistItem item) {
        return new Action(item.id(), item.title(), item.priority(), item.owner(), item.frameworks(), item.ruleIds(),
                item.maxScore());
    }
}
