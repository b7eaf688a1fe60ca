package org.clausemap.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.clausemap.ingest.DocumentReader;
import org.clausemap.ingest.Source;
import org.clausemap.provision.Document;
import org.clausemap.provision.Provision;
import org.clausemap.provision.SourceFormat;
import org.clausemap.provision.SourceLocation;
import org.junit.jupiter.api.Test;

/** What a clause reads beyond its own text: the lead-ins of its lists and the provisions it may refer back to. */
class ClauseContextTests {

    private final TextPatterns patterns = new TextPatterns();

    private List<Clause> read(String name, String content, SourceFormat format) {
        Document document = new DocumentReader().read(new Source(name, content, format, null));
        return Clause.of(document.provisions(), patterns);
    }

    private static Clause withText(List<Clause> clauses, String start) {
        return clauses.stream().filter(c -> c.getText().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no clause starting " + start));
    }

    @Test
    void aParagraphEndingWithAColonIsTheLeadInOfTheListAfterIt() {
        List<Clause> clauses = read("t.html", """
                <h1>Terms</h1><h2>Suspension</h2>
                <p>Our rights are broad. We reserve the right, without notice, to:</p>
                <ul><li>suspend your account;</li><li>remove content; and</li><li>close the service.</li></ul>
                <p>You may contact us.</p>
                """, SourceFormat.HTML);

        Clause item = withText(clauses, "remove content");
        // a short paragraph is one provision, and all of it is the lead-in
        assertThat(item.getLeadIns()).containsExactly("Our rights are broad. We reserve the right, without notice, to:");
        assertThat(item.inSection("reserve the right[^/]*without notice")).isTrue();
        assertThat(withText(clauses, "close the service").getLeadIns()).hasSize(1);
        assertThat(withText(clauses, "You may contact").getLeadIns()).isEmpty();
        assertThat(withText(clauses, "Our rights").getLeadIns()).isEmpty();
    }

    @Test
    void theProvisionsThemselvesAreUnchanged() {
        String html = "<h1>T</h1><p>We may:</p><ul><li>suspend your account;</li></ul>";
        Document document = new DocumentReader().read(new Source("t.html", html, SourceFormat.HTML, null));
        Clause item = withText(Clause.of(document.provisions(), patterns), "suspend");

        assertThat(item.getProvision()).isSameAs(document.provisions().get(1));
        assertThat(item.getProvision().sectionPath()).doesNotContain("We may:");
    }

    @Test
    void aNestedListKeepsTheOuterLeadInAndAListItemIntroducingOneIsSeenToo() {
        List<Clause> clauses = read("t.md", """
                # Terms

                We shall not be liable for:

                *   losses of data;
                *   the following indirect losses:
                    *   loss of profit;
                    *   loss of goodwill.

                Some other paragraph.
                """, SourceFormat.MARKDOWN);

        assertThat(withText(clauses, "losses of data").getLeadIns()).containsExactly("We shall not be liable for:");
        Clause nested = withText(clauses, "loss of profit");
        assertThat(nested.getLeadIns()).containsExactly("We shall not be liable for:",
                "the following indirect losses:");
        assertThat(withText(clauses, "Some other").getLeadIns()).isEmpty();
    }

    @Test
    void aParagraphWithoutAColonIntroducesNothingNorDoesALaterList() {
        List<Clause> clauses = read("t.html", """
                <h1>T</h1><p>We may change these terms.</p><ul><li>suspend your account;</li></ul>
                <p>We may:</p><p>Something else.</p><ul><li>remove content;</li></ul>
                """, SourceFormat.HTML);

        assertThat(withText(clauses, "suspend").getLeadIns()).isEmpty();
        assertThat(withText(clauses, "remove content").getLeadIns()).isEmpty();
    }

    @Test
    void withoutCssPathsThereAreNoLeadIns() {
        List<Clause> clauses = read("t.txt", "TERMS\n\nWe may:\n\n- suspend your account;\n- remove content.\n",
                SourceFormat.TEXT);

        assertThat(clauses).allSatisfy(c -> assertThat(c.getLeadIns()).isEmpty());
    }

    @Test
    void aLeadInIntroducesTheItemsOfItsListNestedOnesIncluded() {
        List<Clause> clauses = read("t.md", """
                # Terms

                We reserve the right, without notice, to:

                *   suspend your account;
                *   take the following measures:
                    *   remove your content;
                    *   warn you.

                We may terminate your account.
                """, SourceFormat.MARKDOWN);

        Clause leadIn = withText(clauses, "We reserve the right");
        assertThat(leadIn.getItems()).extracting(Clause::getText).containsExactly("suspend your account;",
                "take the following measures:", "remove your content;", "warn you.");
        assertThat(leadIn.introduces("\\bsuspend\\w*\\b[^.;]{0,20}\\baccount")).isTrue();
        assertThat(leadIn.introduces("\\bremov\\w* your content")).as("a nested item").isTrue();
        assertThat(leadIn.introduces("\\bterminat")).as("after the list").isFalse();
        Clause nested = withText(clauses, "take the following measures");
        assertThat(nested.getItems()).extracting(Clause::getText).containsExactly("remove your content;", "warn you.");
        assertThat(nested.introduces("suspend")).as("an item of the outer list only").isFalse();
        assertThat(withText(clauses, "suspend your account").getItems()).isEmpty();
        assertThat(withText(clauses, "We may terminate").introduces("terminat")).as("no lead-in").isFalse();
    }

    @Test
    void eachItemIsSearchedOnItsOwnWithTheRulesFolding() {
        List<Clause> clauses = read("t.html", """
                <h1>T</h1><p>We may, at our sole discretion:</p>
                <ul><li>suspend your account – at once;</li><li>remove content.</li></ul>
                """, SourceFormat.HTML);

        Clause leadIn = withText(clauses, "We may");
        assertThat(leadIn.introduces("account - at once")).as("folded like has()").isTrue();
        assertThat(leadIn.introduces("SUSPEND YOUR ACCOUNT")).as("case-insensitive").isTrue();
        assertThat(leadIn.introduces("at once;[^/]*remove")).as("no match across two items").isFalse();
        assertThat(leadIn.introduces("^remove content\\.$")).as("anchored on the item's own text").isTrue();
    }

    @Test
    void withoutStructureNothingIsIntroducedUnlessTheItemsAreGiven() {
        List<Provision> provisions = List.of(p("We may:", "S", null), p("suspend your account;", "S", null),
                p("remove content.", "S", null), p("Other.", "S", null));

        assertThat(Clause.of(provisions, patterns).get(0).introduces("suspend")).isFalse();
        List<Clause> given = Clause.of(provisions, patterns, List.of(List.of(1, 2), List.of(), List.of(), List.of()));
        assertThat(given.get(0).introduces("remove content")).isTrue();
        assertThat(given.get(0).introduces("other")).isFalse();
        assertThat(given.get(1).getLeadIns()).as("the lead-ins still come from the CSS paths").isEmpty();
        assertThat(new Clause(provisions.get(0), patterns).introduces("suspend")).as("read alone").isFalse();
        assertThatThrownBy(() -> Clause.of(provisions, patterns, List.of(List.of(0), List.of(), List.of(), List.of())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Clause.of(provisions, patterns, List.of(List.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClauseFollowsTheProvisionsJustBeforeItInItsSection() {
        List<Clause> clauses = Clause.of(List.of(p("a", "S1", null), p("b", "S2", null), p("c", "S2", null),
                p("d", "S2", null), p("e", "S2", null), p("f", "S2", null), p("g", "S2", null)), patterns);

        Clause g = clauses.get(6);
        assertThat(g.follows(clauses.get(5))).isTrue();
        assertThat(g.follows(clauses.get(2))).as("four back").isTrue();
        assertThat(g.follows(clauses.get(1))).as("five back: out of reach").isFalse();
        assertThat(clauses.get(1).follows(clauses.get(0))).as("another section").isFalse();
        assertThat(clauses.get(2).follows(clauses.get(3))).as("after it").isFalse();
        assertThat(g.follows(g)).isFalse();
        assertThat(new Clause(p("x", "S2", null), patterns).follows(clauses.get(5))).as("read alone").isFalse();
    }

    @Test
    void aSectionNumberTheReferenceNamesMustBeTheAntecedents() {
        List<Clause> clauses = Clause.of(List.of(
                p("We may use your content to train models.", "S", "7.2"),
                p("We may use your content for testing.", "S", "7.3"),
                p("You may opt out of the purposes outlined in this Section 7.2.", "S", "7.4"),
                p("You may opt out of the purposes outlined in this Section 7.", "S", "7.5"),
                p("You may opt out of such purposes.", "S", "7.6")), patterns);

        assertThat(clauses.get(2).follows(clauses.get(0))).isTrue();
        assertThat(clauses.get(2).follows(clauses.get(1))).isFalse();
        assertThat(clauses.get(3).follows(clauses.get(1))).as("7.3 is under Section 7").isTrue();
        assertThat(clauses.get(4).follows(clauses.get(1))).as("no number named").isTrue();
    }

    private static Provision p(String text, String section, String number) {
        return new Provision(text, number, List.of(section), null, text, new SourceLocation(1, -1, -1, null), text);
    }
}
