package org.clausemap.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.clausemap.engine.RuleBase;
import org.clausemap.engine.RuleBaseBuilder;
import org.clausemap.ingest.DocumentReader;
import org.clausemap.ingest.Source;
import org.clausemap.provision.Document;
import org.clausemap.provision.SourceFormat;
import org.junit.jupiter.api.Test;

/** The section context recovered for sentences without document structure (texts written for these tests). */
class SentenceContextTests {

    @Test
    void titleLikeShortLinesAreHeadings() {
        assertThat(SentenceContext.isHeading("Governing Law and Dispute Resolution")).isTrue();
        assertThat(SentenceContext.isHeading("LIMITATION OF LIABILITY")).isTrue();
        assertThat(SentenceContext.isHeading("12.3 Changes to These Terms")).isTrue();
        assertThat(SentenceContext.isHeading("(d) Binding Arbitration.")).isTrue();
        assertThat(SentenceContext.isHeading("Payments and purchases of virtual goods")).as("sentence case, no verb")
                .isTrue();
    }

    @Test
    void sentencesListItemsDatesAndAddressesAreNotHeadings() {
        assertThat(SentenceContext.isHeading("We may change these terms at any time.")).isFalse();
        assertThat(SentenceContext.isHeading("Changes shall become effective when published.")).isFalse();
        assertThat(SentenceContext.isHeading("(a) loss of profit,")).isFalse();
        assertThat(SentenceContext.isHeading("violate any applicable law or regulation; or")).isFalse();
        assertThat(SentenceContext.isHeading("you can form a binding contract with us")).as("lower case").isFalse();
        assertThat(SentenceContext.isHeading("Last modified: April 14, 2014")).as("date line").isFalse();
        assertThat(SentenceContext.isHeading("The rules are available at http://www.example.org")).isFalse();
        assertThat(SentenceContext.isHeading("The arbitrator will decide the dispute under the rules that apply"))
                .as("sentence case with a verb").isFalse();
        assertThat(SentenceContext.isHeading("Canada\tLaws of Ontario\tExclusive; Courts of Ontario"))
                .as("table row").isFalse();
        assertThat(SentenceContext.isHeading("")).isFalse();
        assertThat(SentenceContext.isHeading(null)).isFalse();
    }

    @Test
    void everySentenceGetsTheNearestPrecedingHeadingAndHeadingsGetNone() {
        List<List<String>> paths = paths(List.of(
                "Welcome to the service.",
                "Termination",
                "We may terminate your account.",
                "You may close your account at any time.",
                "Governing Law",
                "These terms are governed by the laws of Ireland."));

        assertThat(paths).containsExactly(
                List.of(),
                List.of(),
                List.of("Termination"),
                List.of("Termination"),
                List.of(),
                List.of("Governing Law"));
    }

    @Test
    void listItemsCarryTheirLeadInUntilTheListEnds() {
        List<List<String>> paths = paths(List.of(
                "Sanctions",
                "A breach may result in our taking any of the following actions:",
                "withdrawal of your right to use the service;",
                "removal of your content; or",
                "legal action against you.",
                "We will tell you why."));

        String lead = "A breach may result in our taking any of the following actions:";
        assertThat(paths.get(1)).containsExactly("Sanctions");
        assertThat(paths.get(2)).containsExactly("Sanctions", lead);
        assertThat(paths.get(3)).containsExactly("Sanctions", lead);
        assertThat(paths.get(4)).as("the last item still belongs to the list").containsExactly("Sanctions", lead);
        assertThat(paths.get(5)).as("the list has ended").containsExactly("Sanctions");
    }

    @Test
    void aNestedLeadInIsAddedAfterTheOuterOne() {
        List<List<String>> paths = paths(List.of(
                "We shall not be liable to you for:",
                "(a) any indirect damages;",
                "(b) any loss arising from:",
                "(i) your failure to keep your password secure;",
                "(ii) conduct of third parties."));

        assertThat(paths.get(3)).containsExactly("We shall not be liable to you for:", "(b) any loss arising from:");
        assertThat(paths.get(4)).hasSize(2);
    }

    @Test
    void aLeadInGetsTheSentencesOfItsListAsItems() {
        List<List<Integer>> items = items(List.of(
                "Sanctions",
                "We shall not be liable to you for:",
                "(a) any indirect damages;",
                "(b) any loss arising from:",
                "(i) your failure to keep your password secure;",
                "(ii) conduct of third parties.",
                "We will tell you why.",
                "Contact us at:",
                "Governing Law",
                "These terms are governed by the laws of Ireland."));

        assertThat(items.get(1)).as("nested items included").containsExactly(2, 3, 4, 5);
        assertThat(items.get(3)).containsExactly(4, 5);
        assertThat(items.get(2)).isEmpty();
        assertThat(items.get(6)).isEmpty();
        assertThat(items.get(7)).as("a heading ends the list before it has an item").isEmpty();
        assertThat(items).hasSize(10);
    }

    @Test
    void theItemsOfALeadInAreTheSentencesThatCarryIt() {
        List<String> texts = List.of("We reserve the right to:", "suspend your account;", "remove content, and",
                "warn you.", "We may change these terms.", "A:", "b:", "c:", "d:", "e.");
        List<List<String>> paths = paths(texts);
        List<List<Integer>> items = items(texts);

        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                assertThat(items.get(i).contains(j)).as("%d introduces %d", i, j)
                        .isEqualTo(paths.get(j).contains(texts.get(i)));
            }
        }
        assertThat(items.get(0)).containsExactly(1, 2, 3);
    }

    @Test
    void aLeadInSeesItsItemsOnSentencesAsOnAPage() {
        RuleBase rules = new RuleBaseBuilder().build(Path.of("rules"));
        List<String> texts = List.of(
                "We reserve the right, at our sole discretion and without notice, to:",
                "terminate your account or your access to the service;",
                "remove any content you post.");
        List<Verdict> sentences = new SentenceClassifier(rules).classify(texts);
        String html = "<h1>Terms</h1><p>" + texts.get(0) + "</p><ul><li>" + texts.get(1) + "</li><li>"
                + texts.get(2) + "</li></ul>";
        Document page = new DocumentReader().read(new Source("t.html", html, SourceFormat.HTML, null));
        Map<String, Verdict> onPage = new SentenceClassifier(rules).classifyProvisions(page.provisions());
        Verdict leadInOnPage = page.provisions().stream().filter(p -> p.text().startsWith("We reserve"))
                .map(p -> onPage.get(p.id())).findFirst().orElseThrow();

        assertThat(sentences.get(0).categories()).containsExactlyInAnyOrder("cr", "ter");
        assertThat(leadInOnPage.categories()).containsExactlyInAnyOrder("cr", "ter");
        assertThat(new SentenceClassifier(rules).classify(List.of(texts.get(0))).get(0).categories())
                .as("the lead-in without its items").isEmpty();
    }

    @Test
    void theClassifierReadsTheRecoveredContext() {
        RuleBase rules = new RuleBaseBuilder().build(Path.of("rules"));
        List<Verdict> verdicts = new SentenceClassifier(rules).classify(List.of(
                "We reserve the right, at our sole discretion and without notice, to:",
                "terminate your account or your access to the service;",
                "remove any content you post."));

        assertThat(verdicts.get(1).categories()).contains("ter");
        assertThat(verdicts.get(2).categories()).contains("cr");
        assertThat(new SentenceClassifier(rules).classify(List.of("terminate your account or your access to the service;"))
                .get(0).categories()).as("the same item without its lead-in names no power").doesNotContain("ter");
    }

    private static List<List<String>> paths(List<String> texts) {
        return SentenceContext.walk(texts).paths();
    }

    private static List<List<Integer>> items(List<String> texts) {
        return SentenceContext.walk(texts).items();
    }
}
