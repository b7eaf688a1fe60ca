package org.clausemap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clausemap.analysis.MarkdownAnalyses.analyze;

import org.junit.jupiter.api.Test;

/**
 * An analysis reads a document's own name for what its service returns as "Output", and says so: the provision keeps
 * its text, and lists the term, the word it was read as, the provision that defines it and the rule that read it.
 */
class DefinedTermTests {

    private static ProvisionResult numbered(Analysis a, String number) {
        return a.provisions().stream().filter(p -> number.equals(p.number())).findFirst()
                .orElseThrow(() -> new AssertionError("no provision " + number));
    }

    @Test
    void aProvisionThatUsesADefinedTermIsClassifiedWithTheTermAndSaysWhy() {
        Analysis a = analyze("""
                # Scribe terms

                1. "Care Notes" means the summaries that the Assistant writes from a consultation recording.

                2. Customer shall not rely on Care Notes without the review of a licensed clinician.
                """);
        ProvisionResult definition = numbered(a, "1");
        ProvisionResult limit = numbered(a, "2");

        assertThat(limit.categories()).contains("output-use-restriction");
        assertThat(limit.ruleIds()).contains("terms.output.definition");
        assertThat(limit.terms()).containsExactly(
                new TermUse("Care Notes", "Output", definition.id(), "terms.output.definition"));
        assertThat(limit.text()).isEqualTo("Customer shall not rely on Care Notes without the review of a licensed"
                + " clinician.");
        assertThat(a.trace()).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("terms.output.definition");
            assertThat(f.provisionIds()).containsExactly(definition.id());
        });
    }

    @Test
    void withoutTheDefinitionTheSameWordsAreNoOutput() {
        Analysis a = analyze("""
                # Scribe terms

                2. Customer shall not rely on Care Notes without the review of a licensed clinician.
                """);
        ProvisionResult limit = numbered(a, "2");

        assertThat(limit.categories()).doesNotContain("output-use-restriction");
        assertThat(limit.terms()).isEmpty();
    }
}
