package org.clausemap.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clausemap.engine.facts.ActionItem;
import org.clausemap.engine.facts.Classification;
import org.clausemap.engine.facts.Clause;
import org.clausemap.engine.facts.Context;
import org.clausemap.engine.facts.Engagement;
import org.clausemap.engine.facts.Factor;
import org.clausemap.engine.facts.FrameworkFact;
import org.clausemap.engine.facts.Qualifier;
import org.clausemap.engine.facts.TermReading;
import org.clausemap.engine.facts.TermReadings;
import org.clausemap.engine.facts.Wording;
import org.clausemap.provision.Provision;
import org.clausemap.regulation.Framework;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Runs a rule base over provisions: one session per evaluation, stages in order (terms, classify, map, score,
 * checklist), disposed at the end. The terms stage fires on its own first, on each clause's {@link Wording}: the
 * clauses are then read with the terms it found ({@link TermReadings}) and only then inserted, so that the other
 * stages test each clause once, as read. Stateless and thread-safe: the rule base is shared, the session is not.
 */
public final class RuleEngine {

    /** A bound on firings per evaluation, so a looping rule fails the analysis instead of hanging it. */
    static final int MAX_FIRINGS = 2_000_000;

    public EngineResult evaluate(RuleBase rules, List<Provision> provisions, Context context,
                                 Collection<Framework> frameworks) {
        return evaluate(rules, provisions, context, frameworks, null);
    }

    /**
     * As {@link #evaluate(RuleBase, List, Context, Collection)}, with the items of the list each provision
     * introduces given by index (see {@link Clause#of(List, org.clausemap.engine.facts.TextPatterns, List)}):
     * for provisions without document structure, such as the sentences of a corpus. Null reads them from the
     * provisions' CSS paths.
     */
    public EngineResult evaluate(RuleBase rules, List<Provision> provisions, Context context,
                                 Collection<Framework> frameworks, List<List<Integer>> listItems) {
        KieSession session = rules.kieBase().newKieSession();
        AuditListener audit = new AuditListener();
        try {
            session.addEventListener((org.kie.api.event.rule.AgendaEventListener) audit);
            session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) audit);
            session.insert(context);
            for (Framework framework : frameworks) {
                session.insert(new FrameworkFact(framework));
            }
            List<Clause> clauses = Clause.of(provisions, rules.patterns(), listItems);
            List<FactHandle> wordings = new ArrayList<>(clauses.size());
            for (Clause clause : clauses) {
                wordings.add(session.insert(new Wording(clause)));
            }
            session.getAgenda().getAgendaGroup(Stage.TERMS.group()).setFocus();
            int fired = fire(session, 0);
            Map<String, List<TermReading>> readings = new LinkedHashMap<>();
            for (Clause read : TermReadings.readAll(facts(session, TermReading.class), clauses)) {
                readings.put(read.getId(), read.getReadings());
            }
            wordings.forEach(session::delete);
            for (Clause clause : clauses) {
                session.insert(clause);
            }
            List<String> groups = Stage.groups();
            for (int i = groups.size() - 1; i >= 0; i--) {
                if (!Stage.TERMS.group().equals(groups.get(i))) {
                    session.getAgenda().getAgendaGroup(groups.get(i)).setFocus();
                }
            }
            fire(session, fired);
            return new EngineResult(facts(session, Classification.class), facts(session, Qualifier.class),
                    facts(session, Engagement.class), facts(session, Factor.class), facts(session, ActionItem.class),
                    List.copyOf(audit.firings()), Map.copyOf(readings));
        } finally {
            session.dispose();
        }
    }

    /** Fires what the focused stages hold; {@code before} firings of this evaluation came earlier. */
    private static int fire(KieSession session, int before) {
        int fired = before + session.fireAllRules(MAX_FIRINGS - before);
        if (fired >= MAX_FIRINGS) {
            throw new IllegalStateException("rules fired " + fired + " times without settling: a rule loops");
        }
        return fired;
    }

    private static <T> List<T> facts(KieSession session, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Object o : session.getObjects(type::isInstance)) {
            out.add(type.cast(o));
        }
        return out;
    }
}
