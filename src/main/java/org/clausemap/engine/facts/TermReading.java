package org.clausemap.engine.facts;

import java.util.regex.Pattern;

import org.kie.api.definition.rule.Rule;

/**
 * A term the document defines, to be read as a word the rules know: "Triage Recommendations" means what the service
 * returns, so the document's other clauses are read as if they said "Outputs". Inserted by a rule of the
 * {@code terms} stage from the clause that defines the term; the reading comes from the rule's {@code @reading}.
 * The engine then reads every clause of the document that uses the term that way ({@link Clause#read}) before the
 * classifying rules run, and each clause keeps the readings it was read with, so a finding can say why.
 */
public final class TermReading extends Traced {

    /** A determiner a wording may capture with the term ("such Renderings"): not part of the term. */
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?i:the|an?|any|all|such|each|every) ");

    private final String term;
    private final String reading;
    private final Clause source;

    /** The term as the clause writes it (folded), read as the rule's {@code @reading}. */
    public TermReading(String term, Clause source, Rule rule) {
        this(term, RuleMeta.required(rule, "reading"), source);
    }

    public TermReading(String term, String reading, Clause source) {
        if (term == null || term.isBlank()) {
            throw new IllegalArgumentException("a term reading needs the term: the rule's wording captured nothing"
                    + " in its group named 'term'");
        }
        if (reading == null || reading.isBlank()) {
            throw new IllegalArgumentException("a term reading needs the word to read \"" + term + "\" as");
        }
        this.term = LEADING_ARTICLE.matcher(term.strip()).replaceFirst("");
        this.reading = reading.strip();
        this.source = source;
    }

    /** The term as the document writes it ("Triage Recommendations"). */
    public String getTerm() {
        return term;
    }

    /** The word the rules read it as ("Output"). */
    public String getReading() {
        return reading;
    }

    /** The clause that defines the term. */
    public Clause getSource() {
        return source;
    }

    @Override
    public String toString() {
        return "TermReading[" + term + " -> " + reading + " from " + source + "]";
    }
}
