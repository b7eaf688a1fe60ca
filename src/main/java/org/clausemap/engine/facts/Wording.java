package org.clausemap.engine.facts;

import java.util.List;

/**
 * A clause as the {@code terms} stage reads it: its own wording, before any term is read into it. The terms rules
 * match this fact rather than {@link Clause}, so that a clause enters the session, and the classifying rules test it,
 * only once, already read with the terms its document defines (a clause updated after being read would be tested
 * twice).
 */
public final class Wording {

    private final Clause clause;

    public Wording(Clause clause) {
        this.clause = clause;
    }

    /** The clause this is the wording of: the source of each term read from it. */
    public Clause getClause() {
        return clause;
    }

    /** As {@link Clause#question()}. */
    public boolean question() {
        return clause.question();
    }

    /** As {@link Clause#has(String)}. */
    public boolean has(String regex) {
        return clause.has(regex);
    }

    /** As {@link Clause#terms(String)}. */
    public List<String> terms(String regex) {
        return clause.terms(regex);
    }

    @Override
    public String toString() {
        return "Wording[" + clause.getId() + "]";
    }
}
