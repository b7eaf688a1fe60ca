package org.clausemap.engine.facts;

import org.clausemap.provision.Provision;

/**
 * A provision as the rules see it. Rules test its wording with {@link #has(String)}: a regular expression searched
 * (not fully matched) case-insensitively (ASCII) in the clause text, with curly quotes and dashes folded to ASCII.
 */
public final class Clause {

    private final Provision provision;
    private final MatchText matchText;
    private final MatchText context;
    private final TextPatterns patterns;

    public Clause(Provision provision, TextPatterns patterns) {
        this.provision = provision;
        this.patterns = patterns;
        this.matchText = MatchText.of(TextPatterns.fold(provision.text()));
        String heading = provision.heading() == null ? "" : provision.heading();
        this.context = MatchText.of(TextPatterns.fold(String.join(" / ", provision.sectionPath()) + " / " + heading));
    }

    public Provision getProvision() {
        return provision;
    }

    public String getId() {
        return provision.id();
    }

    public String getNumber() {
        return provision.number();
    }

    public String getText() {
        return provision.text();
    }

    public String getHeading() {
        return provision.heading();
    }

    /** Whether the clause text contains a match of the regular expression (case-insensitive). */
    public boolean has(String regex) {
        return patterns.find(regex, matchText);
    }

    /** Whether the clause's section path or own heading contains a match of the regular expression. */
    public boolean inSection(String regex) {
        return patterns.find(regex, context);
    }

    /** Number of characters of the clause text: long clauses tend to be broad. */
    public int getLength() {
        return matchText.text().length();
    }

    @Override
    public String toString() {
        return "Clause[" + provision.id() + "]";
    }
}
