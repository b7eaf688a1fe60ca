package org.clausemap.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.clausemap.ingest.DocumentReader;
import org.clausemap.ingest.Source;
import org.clausemap.provision.Document;
import org.clausemap.provision.SourceFormat;
import org.junit.jupiter.api.Test;

/**
 * A term a document defines is read, in the document's other clauses, as the word the rules know. Which definitions
 * count is rule content (rules/terms/defined-terms.dslr and its cases); here, how a clause is read once they do.
 */
class TermReadingsTests {

    private final TextPatterns patterns = new TextPatterns();

    private List<Clause> read(String markdown) {
        Document document = new DocumentReader().read(new Source("t.md", markdown, SourceFormat.MARKDOWN, null));
        return Clause.of(document.provisions(), patterns);
    }

    private static Clause withText(List<Clause> clauses, String start) {
        return clauses.stream().filter(c -> c.getText().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no clause starting " + start));
    }

    @Test
    void aDefinedTermIsReadInTheSameNumberAsTheReading() {
        List<Clause> clauses = read("""
                # Terms

                "Triage Recommendations" means the scores the Platform returns.

                No Triage Recommendation may be used unless a clinician has reviewed that Triage Recommendation.

                Triage Recommendations belong to the Customer.

                The Customer owns its records.
                """);
        TermReading reading = new TermReading("Triage Recommendations", "Output", clauses.get(0));

        List<Clause> changed = TermReadings.readAll(List.of(reading), clauses);

        Clause limit = withText(clauses, "No Triage");
        Clause owner = withText(clauses, "Triage Recommendations belong");
        assertThat(changed).contains(limit, owner).doesNotContain(withText(clauses, "The Customer owns"));
        assertThat(limit.has("^No Output may be used unless a clinician has reviewed that Output\\.$")).isTrue();
        assertThat(owner.has("^Outputs belong to the Customer")).isTrue();
        assertThat(owner.has("Triage")).isFalse();
        assertThat(owner.getReadings()).containsExactly(reading);
        // the provision itself, its evidence, is untouched
        assertThat(owner.getText()).startsWith("Triage Recommendations belong");
    }

    @Test
    void onlyTheTermAsWrittenIsReadNotTheSameWordsInLowerCaseOrInsideOtherWords() {
        List<Clause> clauses = read("""
                # Terms

                You own the drafts you write yourself, and the Drafting Guide is ours.

                Drafts are yours.
                """);
        TermReadings.readAll(List.of(new TermReading("Drafts", "Output", clauses.get(0))), clauses);

        assertThat(withText(clauses, "You own").has("the drafts you write")).isTrue();
        assertThat(withText(clauses, "You own").has("Drafting Guide")).isTrue();
        assertThat(withText(clauses, "You own").getReadings()).isEmpty();
        assertThat(withText(clauses, "Drafts are").has("^Outputs are yours")).isTrue();
    }

    @Test
    void theLongerOfTwoTermsIsReadFirstAndTheFirstReadingOfATermWins() {
        List<Clause> clauses = read("""
                # Terms

                Summaries and Meeting Summaries are kept for a year.
                """);
        Clause clause = clauses.get(0);
        TermReadings.readAll(List.of(new TermReading("Meeting Summaries", "Output", clause),
                new TermReading("Summaries", "Result", clause), new TermReading("Meeting Summary", "Answer", clause)),
                clauses);

        assertThat(clause.has("^Results and Outputs are kept")).isTrue();
    }

    @Test
    void aSectionHeadingOrLeadInWithTheTermIsReadToo() {
        List<Clause> clauses = read("""
                # Terms

                "Renderings" means images the Service generates.

                You shall not use Renderings to:

                - train any model;
                - build a competing product.
                """);
        TermReadings.readAll(List.of(new TermReading("Renderings", "Output", clauses.get(0))), clauses);

        Clause item = withText(clauses, "train any model");
        assertThat(item.inSection("use Outputs to:")).isTrue();
        assertThat(item.getReadings()).hasSize(1);
    }

    @Test
    void aDeterminerCapturedWithTheTermIsNotPartOfIt() {
        Clause clause = read("# T\n\nText.\n").get(0);
        assertThat(new TermReading("such Renderings", "Output", clause).getTerm()).isEqualTo("Renderings");
        assertThat(new TermReading("The Answers", "Output", clause).getTerm()).isEqualTo("Answers");
    }

    @Test
    void singularAndPluralForms() {
        assertThat(TermReadings.singular("Recommendations")).isEqualTo("Recommendation");
        assertThat(TermReadings.singular("Summaries")).isEqualTo("Summary");
        assertThat(TermReadings.singular("Analysis")).isEqualTo("Analysis");
        assertThat(TermReadings.singular("Access")).isEqualTo("Access");
        assertThat(TermReadings.plural("Output")).isEqualTo("Outputs");
        assertThat(TermReadings.plural("Summary")).isEqualTo("Summaries");
        assertThat(TermReadings.plural("Analysis")).isEqualTo("Analyses");
        assertThat(TermReadings.plural("Match")).isEqualTo("Matches");
    }

    @Test
    void aReadingNeedsATermAndAWordAndAWordingItsGroup() {
        Clause clause = read("# T\n\n\"Drafts\" means text the Service writes.\n").get(0);
        assertThatThrownBy(() -> new TermReading(" ", "Output", clause)).hasMessageContaining("group named 'term'");
        assertThatThrownBy(() -> new TermReading("Drafts", "", clause)).hasMessageContaining("the word to read");
        assertThatThrownBy(() -> clause.terms("\"(Drafts)\" means")).hasMessageContaining("(?<term>...)");
        assertThat(clause.terms("\"(?<term>[A-Z]\\w+)\" means")).containsExactly("Drafts");
        assertThat(clause.terms("\"(?<term>[A-Z]\\w+)\" refers to")).isEmpty();
    }
}
