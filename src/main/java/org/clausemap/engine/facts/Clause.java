package org.clausemap.engine.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clausemap.provision.Provision;

/**
 * A provision as the rules see it. Rules test its wording with {@link #has(String)}: a regular expression searched
 * (not fully matched) case-insensitively (ASCII) in the clause text, with curly quotes and dashes folded to ASCII.
 * Beyond its own text a clause knows its context ({@link #inSection(String)}: section path, own heading and the
 * lead-ins of the lists it is an item of) and the provisions just before it in its section ({@link #follows(Clause)}),
 * which anaphoric wording ("the purposes outlined in this Section", "the above-described purposes") refers back to.
 * A lead-in ending with a colon also looks forward: {@link #introduces(String)} searches the items of the list it
 * introduces, so that the lead-in ("We reserve the right, without notice, to:") can be read with what its items do.
 */
public final class Clause {

    /** How many provisions before a clause, in the same section, it may refer back to. */
    static final int ANTECEDENTS = 4;

    private static final Pattern THIS_SECTION = Pattern.compile(
            "(?i)\\bthis (?:section|clause|paragraph) (\\d+(?:[.\u2024]\\d+)*)\\b");

    /**
     * One interrogative sentence, after an optional FAQ or list marker ("Q.", "3.", "(b)"): no full stop, question or
     * exclamation mark before the final question mark (inner full stops are folded, {@link InnerDots}), then only
     * closing quotes or brackets (the text is folded, so curly quotes are straight ones here).
     */
    private static final Pattern QUESTION = Pattern.compile(
            "(?i)^\\W*(?:(?:q|question|faq)\\s*[.:)\u2024]\\s*|\\(?(?:\\d+(?:[.\u2024]\\d+)*|[a-z]|[ivx]{1,4})[.)\u2024]\\s+)?"
                    + "[^.!?]*\\?[\"')\\]]*\\s*$");

    private final Provision provision;
    private final boolean question;
    private MatchText matchText;
    private MatchText context;
    private List<TermReading> readings = List.of();
    private final TextPatterns patterns;
    private final List<String> leadIns;
    private List<Clause> antecedents = List.of();
    private List<Clause> items = List.of();

    /** A clause read on its own: no lead-ins, nothing before it. */
    public Clause(Provision provision, TextPatterns patterns) {
        this(provision, patterns, List.of(), new HashMap<>());
    }

    /**
     * A clause with the lead-ins of its lists; {@code contexts} holds the context texts already made for the
     * document's other clauses, so that the clauses of one section share one (and its word lookups).
     */
    private Clause(Provision provision, TextPatterns patterns, List<String> leadIns, Map<String, MatchText> contexts) {
        this.provision = provision;
        this.patterns = patterns;
        this.leadIns = List.copyOf(leadIns);
        this.matchText = patterns.text(TextPatterns.fold(provision.text()));
        this.question = QUESTION.matcher(matchText.text()).matches();
        String heading = provision.heading() == null ? "" : provision.heading();
        StringBuilder context = new StringBuilder(String.join(" / ", provision.sectionPath())).append(" / ")
                .append(heading);
        for (String leadIn : this.leadIns) {
            context.append(" / ").append(leadIn);
        }
        this.context = contexts.computeIfAbsent(context.toString(), c -> patterns.text(TextPatterns.fold(c)));
    }

    /**
     * The clauses of one document, in document order: each with the lead-ins of its lists ({@link LeadIns}), the
     * items of the list it introduces, and the up to {@value #ANTECEDENTS} provisions before it that share its
     * section path.
     */
    public static List<Clause> of(List<Provision> provisions, TextPatterns patterns) {
        return of(provisions, patterns, null);
    }

    /**
     * As {@link #of(List, TextPatterns)}, with the items of each lead-in given instead of read from the CSS paths:
     * {@code listItems.get(i)} holds the indexes of the provisions in the list that provision {@code i} introduces
     * (all after it). For texts without document structure whose list structure is recovered otherwise (a sentence
     * corpus); null reads the items from the CSS paths, like the lead-ins.
     */
    public static List<Clause> of(List<Provision> provisions, TextPatterns patterns, List<List<Integer>> listItems) {
        LeadIns.Walk lists = LeadIns.walk(provisions);
        List<List<Integer>> items = listItems == null ? lists.items() : listItems;
        if (items.size() != provisions.size()) {
            throw new IllegalArgumentException("list items for " + items.size() + " provisions, expected "
                    + provisions.size());
        }
        List<Clause> clauses = new ArrayList<>(provisions.size());
        Map<String, MatchText> contexts = new HashMap<>();
        for (int i = 0; i < provisions.size(); i++) {
            Clause clause = new Clause(provisions.get(i), patterns, lists.leadIns().get(i), contexts);
            List<Clause> before = new ArrayList<>(ANTECEDENTS);
            for (int j = i - 1; j >= 0 && before.size() < ANTECEDENTS; j--) {
                if (!provisions.get(j).sectionPath().equals(clause.provision.sectionPath())) {
                    break;
                }
                before.add(clauses.get(j));
            }
            clause.antecedents = List.copyOf(before);
            clauses.add(clause);
        }
        for (int i = 0; i < provisions.size(); i++) {
            List<Clause> list = new ArrayList<>(items.get(i).size());
            for (int j : items.get(i)) {
                if (j <= i || j >= provisions.size()) {
                    throw new IllegalArgumentException("item " + j + " of provision " + i
                            + " does not follow it in the document");
                }
                list.add(clauses.get(j));
            }
            clauses.get(i).items = List.copyOf(list);
        }
        return clauses;
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

    /**
     * Whether the clause is a question and nothing else ("Can we change these terms?", "Q. Will my content be used for
     * training?"): the heading of an FAQ answer, which asks and states no term. A question followed by its answer in the
     * same provision is not one.
     */
    public boolean question() {
        return question;
    }

    /** Whether the clause text contains a match of the regular expression (case-insensitive). */
    public boolean has(String regex) {
        return patterns.find(regex, matchText);
    }

    /**
     * Whether the clause text has a match of the regular expression in a sentence where the exception has none
     * (both case-insensitive): an exception that speaks for its own sentence only ("we do not use paid-plan prompts")
     * leaves a grant in another sentence of the same clause standing. Sentences end at '.', ';', '?' or '!' before
     * a space, where a wording's {@code [^.;]} gaps stop too.
     */
    public boolean hasWithout(String regex, String exception) {
        return patterns.findWithout(regex, exception, matchText);
    }

    /**
     * Whether the clause text has a match of the regular expression in a full sentence (ended by '.', '?' or '!'
     * before a space; semicolons do not end it) where the exception has none: an exception that speaks for a sentence
     * of a paragraph ("you may cancel at any time", "upon termination, ...") leaves the provider's power stated in
     * another sentence of the same paragraph standing. On a one-sentence clause it is {@code has(regex) &&
     * !has(exception)}, except that the exception's look-arounds do not see past the sentence.
     */
    public boolean hasInSentenceWithout(String regex, String exception) {
        return patterns.findWithout(regex, exception, matchText, false);
    }

    /**
     * Whether the clause's context contains a match of the regular expression: its section path, its own heading, and
     * the lead-ins of the lists it is an item of ("We reserve the right, without notice, to:").
     */
    public boolean inSection(String regex) {
        return patterns.find(regex, context);
    }

    /**
     * Whether one of the items of the list this clause introduces contains a match of the regular expression
     * (case-insensitive, searched in each item's text on its own, as {@link #has(String)} does): what a lead-in
     * ("We reserve the right, without notice, to:", "We shall not be liable for:") reserves or excludes. False for a
     * clause that introduces no list. Items of nested lists count: they are inside the list too.
     */
    public boolean introduces(String regex) {
        for (Clause item : items) {
            if (patterns.find(regex, item.matchText)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The terms the clause defines: the text of the group named {@code term} in each match of the regular expression
     * (case-insensitive, as {@link #has(String)} searches), in order and without repeats. For the rules of the
     * {@code terms} stage, which read how a document names things ("\u201cTriage Recommendations\u201d means ...
     * that the Platform returns").
     */
    public List<String> terms(String regex) {
        return patterns.captures(regex, matchText, "term");
    }

    /**
     * Reads the clause with the terms its document defines ({@link TermReading}): its text and its context are
     * searched from now on as if each defined term it uses said the word the rules know. Returns whether the clause
     * uses any, and so reads differently. The engine reads every clause before it inserts it for the classifying rules.
     * {@code texts} holds the texts already read for the document's other clauses, so that the clauses of one section
     * still share one context (and its word lookups) once it is read.
     */
    boolean read(TermReadings terms, Map<String, MatchText> texts) {
        TermReadings.Read text = terms.apply(matchText.text());
        TermReadings.Read section = terms.apply(context.text());
        if (text.readings().isEmpty() && section.readings().isEmpty()) {
            return false;
        }
        List<TermReading> used = new ArrayList<>(text.readings());
        section.readings().stream().filter(r -> !used.contains(r)).forEach(used::add);
        if (!text.readings().isEmpty()) {
            matchText = texts.computeIfAbsent(text.text(), patterns::text);
        }
        if (!section.readings().isEmpty()) {
            context = texts.computeIfAbsent(section.text(), patterns::text);
        }
        readings = List.copyOf(used);
        return true;
    }

    /** The defined terms this clause was read with, each with the clause that defines it (empty for most). */
    public List<TermReading> getReadings() {
        return readings;
    }

    /** The items of the list this clause introduces, in document order (empty when it is no lead-in). */
    public List<Clause> getItems() {
        return items;
    }

    /** The lead-ins of the lists this clause is an item of, outermost first (empty when it is no list item). */
    public List<String> getLeadIns() {
        return leadIns;
    }

    /**
     * Whether the other clause stands just before this one in the same section (at most {@value #ANTECEDENTS}
     * provisions back, with the same section path): what an anaphoric reference in this clause ("such purposes",
     * "the purposes outlined in this Section") can point to. A clause number the reference names ("this Section
     * 22.3") must be the other clause's number, or contain it, where the other clause is numbered.
     */
    public boolean follows(Clause other) {
        if (other == null || !antecedents.contains(other)) {
            return false;
        }
        Matcher m = THIS_SECTION.matcher(matchText.text());
        String cited = m.find() ? m.group(1).replace(InnerDots.MARK, '.') : null;
        String number = other.getNumber();
        return cited == null || number == null || number.equals(cited) || number.startsWith(cited + ".");
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
