package org.clausemap.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.clausemap.engine.facts.ActionItem;
import org.clausemap.engine.facts.Classification;
import org.clausemap.engine.facts.Clause;
import org.clausemap.engine.facts.Engagement;
import org.clausemap.engine.facts.Factor;
import org.clausemap.engine.facts.Qualifier;
import org.clausemap.engine.facts.RuleMeta;
import org.clausemap.engine.facts.Traced;
import org.clausemap.engine.facts.Wording;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Records which rule fired on which provisions, and stamps each fact a rule inserts with that rule's id.
 * One per session.
 */
final class AuditListener extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    private final List<RuleFiring> firings = new ArrayList<>();

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Set<String> provisions = new LinkedHashSet<>();
        for (Object o : event.getMatch().getObjects()) {
            Clause clause = clauseOf(o);
            if (clause != null) {
                provisions.add(clause.getId());
            }
        }
        var rule = event.getMatch().getRule();
        firings.add(new RuleFiring(RuleMeta.id(rule), RuleBaseBuilder.stage(rule), List.copyOf(provisions)));
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() != null && event.getObject() instanceof Traced traced) {
            traced.stamp(RuleMeta.id(event.getRule()));
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // facts are immutable once inserted
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        // nothing to record
    }

    List<RuleFiring> firings() {
        return firings;
    }

    private static Clause clauseOf(Object o) {
        if (o instanceof Clause c) {
            return c;
        }
        if (o instanceof Wording w) {
            return w.getClause();
        }
        if (o instanceof Classification c) {
            return c.getClause();
        }
        if (o instanceof Qualifier q) {
            return q.getClause();
        }
        if (o instanceof Engagement e) {
            return e.getClause();
        }
        if (o instanceof Factor f) {
            return f.getEngagement().getClause();
        }
        if (o instanceof ActionItem a) {
            return a.getEngagement().getClause();
        }
        return null;
    }
}
