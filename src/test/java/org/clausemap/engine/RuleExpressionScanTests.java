package org.clausemap.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading the wordings a compiled constraint passes to the clause's text tests. */
class RuleExpressionScanTests {

    @Test
    void theLiteralsOfEveryTextTestAreRead() {
        String constraint = "!question(), has(\"\\\\bbinding\\\\b\") && !hasWithout(\"\\\\barbitrat\", \"\\\\bopt out\")"
                + " || inSection(\"lead-in:\") || introduces( \"items\" ) || category == \"not a wording\"";
        assertThat(RuleExpressionScan.literals(constraint))
                .containsExactly("\\\\bbinding\\\\b", "\\\\barbitrat", "\\\\bopt out", "lead-in:", "items");
    }

    @Test
    void aLiteralIsUnescapedAsTheRuleLanguageReadsIt() {
        assertThat(RuleExpressionScan.unescape("\\\\bmay\\\\b")).isEqualTo("\\bmay\\b");
        assertThat(RuleExpressionScan.unescape("\\\"Scraping\\\" means")).isEqualTo("\"Scraping\" means");
        assertThat(RuleExpressionScan.unescape("[.\\u2024]")).isEqualTo("[.\u2024]");
        assertThat(RuleExpressionScan.unescape("\\uZZ")).isEqualTo("\\uZZ");
    }

    @Test
    void anInvalidWordingIsPlacedAtTheLineThatWritesItOrAtItsRule() {
        String text = "package x\n\nrule \"R\"\nwhen\n  $c : Clause( has(\"a(\") )\nthen\nend\n";
        assertThat(RuleExpressionScan.lineOf(text, "a(", "R")).isEqualTo(5);
        assertThat(RuleExpressionScan.lineOf(text, "written by a keyword", "R")).isEqualTo(3);
        assertThat(RuleExpressionScan.lineOf(text, "nowhere", "Other")).isZero();
    }
}
