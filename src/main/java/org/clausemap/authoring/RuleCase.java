package org.clausemap.authoring;

import java.util.List;

/**
 * One test case beside a rule file: a provision text and what the rules must and must not find in it.
 *
 * @param name          what the case shows (optional; defaults to the start of the text)
 * @param text          the provision text
 * @param section       the enclosing section heading, where the wording depends on it (optional)
 * @param leadIn        the lead-in of the list the provision is an item of ("We reserve the right to:"), optional:
 *                      it stands just before the provision, as a paragraph before a list on a real document
 * @param before        provisions just before it in the same section, in document order (optional): what an
 *                      anaphoric reference in it ("the above-described purposes") points back to
 * @param items         the items of the list the provision introduces, in order (optional): the provision is then a
 *                      lead-in ending with ':' ("We reserve the right, without notice, to:"), and the items follow it
 *                      as a list, which is what a rule reading {@code introduces(...)} searches
 * @param also          other provisions of the same document (e.g. an opt-out elsewhere), optional
 * @param jurisdictions jurisdictions in scope (default EU, US)
 * @param market        market position (default unknown)
 * @param expect        what must be found for the provision
 * @param reject        what must not be found for the provision
 */
public record RuleCase(String name, String text, String section, String leadIn, List<String> before,
                       List<String> items, List<String> also, List<String> jurisdictions, String market, Expectation expect,
                       Expectation reject) {

    public RuleCase {
        before = before == null ? List.of() : List.copyOf(before);
        items = items == null ? List.of() : List.copyOf(items);
        also = also == null ? List.of() : List.copyOf(also);
        jurisdictions = jurisdictions == null ? List.of("EU", "US") : List.copyOf(jurisdictions);
        expect = expect == null ? Expectation.NONE : expect;
        reject = reject == null ? Expectation.NONE : reject;
    }

    public String label() {
        if (name != null && !name.isBlank()) {
            return name;
        }
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /**
     * Findings for the case's provision.
     *
     * @param categories provision categories
     * @param qualifiers deontic forms and qualifiers
     * @param frameworks frameworks engaged
     * @param rules      rule ids that fired on the provision
     * @param actions    checklist action ids
     * @param factors    scoring factor names applied to its engagements
     */
    public record Expectation(List<String> categories, List<String> qualifiers, List<String> frameworks,
                              List<String> rules, List<String> actions, List<String> factors) {

        static final Expectation NONE = new Expectation(null, null, null, null, null, null);

        public Expectation {
            categories = categories == null ? List.of() : List.copyOf(categories);
            qualifiers = qualifiers == null ? List.of() : List.copyOf(qualifiers);
            frameworks = frameworks == null ? List.of() : List.copyOf(frameworks);
            rules = rules == null ? List.of() : List.copyOf(rules);
            actions = actions == null ? List.of() : List.copyOf(actions);
            factors = factors == null ? List.of() : List.copyOf(factors);
        }

        boolean isEmpty() {
            return categories.isEmpty() && qualifiers.isEmpty() && frameworks.isEmpty() && rules.isEmpty()
                    && actions.isEmpty() && factors.isEmpty();
        }
    }
}
