package org.clausemap.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class LeadingLookBehindsTests {

    @Test
    void theLookBehindsABranchOpensWithAreSetApart() {
        LeadingLookBehinds split = LeadingLookBehinds.split("(?<!\\b(?:users?|the bank) )(?<!\\bthis )\\b(may|can) x");
        assertThat(split.guard()).isEqualTo("(?<!\\b(?:users?|the bank) )(?<!\\bthis )");
        assertThat(split.rest()).isEqualTo("\\b(may|can) x");
    }

    @Test
    void wordBoundariesAndLookAheadsAmongThemStayInOrder() {
        LeadingLookBehinds split = LeadingLookBehinds.split("\\b(?!not)(?<=, )(?=[a-z])may");
        assertThat(split.guard()).isEqualTo("(?<=, )");
        assertThat(split.rest()).isEqualTo("\\b(?!not)(?=[a-z])may");
    }

    @Test
    void nothingIsSetApartWithoutALeadingLookBehindOrWhenOneIsQuantified() {
        assertThat(LeadingLookBehinds.split("\\bmay(?<!x may)")).isNull();
        assertThat(LeadingLookBehinds.split("(?:a)(?<!b)c")).isNull();
        assertThat(LeadingLookBehinds.split("(?<!a)?b")).isNull();
        assertThat(LeadingLookBehinds.split("(?<!a")).isNull();
    }

    @Test
    void aBranchOfAnExpressionTestsItsLeadingLookBehindsApart() {
        Branch split = Branch.of("(?<!\\bthird parties )\\bmay\\b", null, true);
        assertThat(split.guard().pattern()).isEqualTo("(?<!\\bthird parties )");
        assertThat(split.rest().pattern()).isEqualTo("\\bmay\\b");
        assertThat(split.anchored()).isFalse();
        // a part that is not one top-level alternative (inline flags, back-references) is searched whole
        assertThat(Branch.of("(?<!x )\\bmay\\b", null, false).guard()).isNull();
        assertThat(Branch.of("(?<!x )^\\W*may", null, true).anchored()).isTrue();
    }

    @Test
    void anchorsAreFoundOutsideCharacterClassesOnly() {
        assertThat(LeadingLookBehinds.anchored("^\\W*(upon|after) termination")).isTrue();
        assertThat(LeadingLookBehinds.anchored("\\bmay\\b[^.;]{0,40}\\bend$")).isTrue();
        assertThat(LeadingLookBehinds.anchored("\\Athe")).isTrue();
        assertThat(LeadingLookBehinds.anchored("\\bmay\\b[^.;$]{0,40}\\bremove")).isFalse();
        assertThat(LeadingLookBehinds.anchored("\\$\\d+ per month|[\\]^]x")).isFalse();
    }

    /**
     * The search that tests the look-behinds after the rest finds what a full search finds, where the expression is
     * tried at its leading words only and where it is tried everywhere (no prefilter: no required word).
     */
    @Test
    void searchingRestFirstFindsWhatAFullSearchFinds() {
        List<String> regexes = List.of(
                "(?<!\\b(?:users?|the [\\w-]+'s bank) )(?<!\\bthis )\\b(may|can)\\b[^.;]{0,20}\\bterminat\\w*",
                "(?<!\\b(?:users?|the [\\w-]+'s bank) )\\b\\w+ may\\b",
                "(?<=\\bwe )\\b(may|can)\\b|(?<!\\byou )\\bterminat\\w*");
        List<String> texts = List.of(
                "We may terminate it.", "Users may terminate it.", "The card issuer's bank may terminate it.",
                "Users may, and we may, terminate it.", "this may terminate; we may terminate it",
                "Users may x; then we can", "you terminate. Then terminate", "you terminate", "", "may",
                "the user may not; the bank may", "Users may terminate. Others may");
        TextPatterns patterns = new TextPatterns();
        for (String regex : regexes) {
            Pattern whole = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
            for (String text : texts) {
                assertThat(patterns.find(regex, patterns.text(text))).as("%s on %s", regex, text)
                        .isEqualTo(whole.matcher(text).find());
            }
        }
        assertThat(Prefilter.leading(regexes.get(1))).as("the second is tried at every position").isNull();
    }
}
