package org.clausemap.checklist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.clausemap.engine.facts.ActionItem;
import org.clausemap.engine.facts.Engagement;
import org.clausemap.scoring.ScoredEngagement;

/**
 * Collects the action items checklist rules emitted into a deduplicated checklist: one item per action id, every
 * triggering provision as evidence, ordered by priority, then by the highest score behind it.
 */
public final class ChecklistBuilder {

    static final int QUOTE_LIMIT = 600;
    /** The priorities checklist rules may declare, most urgent first. */
    public static final List<String> PRIORITIES = List.of("high", "medium", "low");

    /**
     * @param actions       what the rules emitted
     * @param scoreOf       the scored form of an engagement
     * @param provisionOrder position of a provision in the document, for stable evidence order
     */
    public List<ChecklistItem> build(List<ActionItem> actions, Function<Engagement, ScoredEngagement> scoreOf,
                                     ToIntFunction<String> provisionOrder) {
        Map<String, List<ActionItem>> byAction = new LinkedHashMap<>();
        for (ActionItem a : actions) {
            byAction.computeIfAbsent(a.getAction(), k -> new ArrayList<>()).add(a);
        }
        List<ChecklistItem> items = new ArrayList<>();
        byAction.forEach((id, list) -> items.add(item(id, list, scoreOf, provisionOrder)));
        items.sort(Comparator.comparingInt((ChecklistItem i) -> rank(i.priority()))
                .thenComparing(Comparator.comparingInt(ChecklistItem::maxScore).reversed())
                .thenComparing(ChecklistItem::id));
        return items;
    }

    private static ChecklistItem item(String id, List<ActionItem> list, Function<Engagement, ScoredEngagement> scoreOf,
                                      ToIntFunction<String> provisionOrder) {
        list.sort(Comparator.comparingInt((ActionItem a) -> provisionOrder.applyAsInt(a.getEngagement().getClause()
                .getId())).thenComparing(a -> a.getEngagement().getFramework()));
        ActionItem first = highestPriority(list);
        Set<String> frameworks = new LinkedHashSet<>();
        Set<String> citations = new LinkedHashSet<>();
        Set<String> ruleIds = new LinkedHashSet<>();
        Map<String, Evidence> evidence = new LinkedHashMap<>();
        int max = 0;
        for (ActionItem a : list) {
            ScoredEngagement s = scoreOf.apply(a.getEngagement());
            frameworks.add(s.framework());
            citations.add(s.citation());
            ruleIds.add(a.getRuleId());
            max = Math.max(max, s.score());
            var clause = a.getEngagement().getClause();
            evidence.merge(clause.getId(), new Evidence(clause.getId(), clause.getNumber(), quote(clause.getText()),
                    s.category(), s.framework(), s.score()), (x, y) -> x.score() >= y.score() ? x : y);
        }
        return new ChecklistItem(id, first.getTitle(), first.getPriority(), first.getOwner(), List.copyOf(frameworks),
                List.copyOf(citations), List.copyOf(evidence.values()), List.copyOf(ruleIds), max);
    }

    private static ActionItem highestPriority(List<ActionItem> list) {
        return list.stream().min(Comparator.comparingInt(a -> rank(a.getPriority()))).orElseThrow();
    }

    private static int rank(String priority) {
        int i = PRIORITIES.indexOf(priority);
        return i < 0 ? PRIORITIES.size() : i;
    }

    static String quote(String text) {
        return text.length() <= QUOTE_LIMIT ? text : text.substring(0, QUOTE_LIMIT - 1).stripTrailing() + "\u2026";
    }
}
