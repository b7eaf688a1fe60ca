package org.clausemap.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClauseNumbersTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "50.5 Except where permitted                 | 50.5       | Except where permitted",
        "50.5. Except where permitted                | 50.5       | Except where permitted",
        "50.12.2.1. If we detect                     | 50.12.2.1  | If we detect",
        "50. AWS Machine Learning                    | 50         | AWS Machine Learning",
        "3(2) Customer instructs                     | 3(2)       | Customer instructs",
        "(a) review the flagged input                | (a)        | review the flagged input",
        "(iv) the content endangers a child          | (iv)       | the content endangers a child",
        "D.4. Use Restrictions                       | D.4        | Use Restrictions",
        "I.3.b. Anthropic will use                   | I.3.b      | Anthropic will use",
        "A. Services                                 | A          | Services",
        "a. Grant of Rights                          | a          | Grant of Rights",
        "iv. Closing Your Account                    | iv         | Closing Your Account",
        "Section 4. Payment                          | Section 4  | Payment",
        "Article 3: Definitions                      | Article 3  | Definitions",
        "§ 2.1 – Scope                               | § 2.1      | Scope",
        "1.1 Contract                                | 1.1        | Contract",
        "2) Keep records                             | 2          | Keep records",
    })
    void recognisesClauseNumbers(String text, String number, String rest) {
        ClauseNumbers.Match match = ClauseNumbers.match(text, false, false);
        assertThat(match).as(text).isNotNull();
        assertThat(match.number().text()).isEqualTo(number);
        assertThat(text.substring(match.end())).isEqualTo(rest);
    }

    @ParameterizedTest
    @ValueSource(strings = {"U.S. law applies", "e.g. hosting", "i.e. the laws", "2.5 million users", "2024. A year",
        "Section 4 of the Agreement applies", "(the \u201CTerms\u201D) apply", "etc. The end", "30 days after",
        "AI. Terms",
        "No. 5 applies", "A.I. systems"})
    void ignoresTextThatOnlyLooksNumbered(String text) {
        assertThat(ClauseNumbers.match(text, false, false)).as(text).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"50.13 | 50.13.1 | true", "50 | 50.5 | true", "3 | 3(2) | true",
        "D | D.4 | true", "50.1 | 50.13 | false", "50.13 | 50.13 | false"})
    void nestsHierarchicalNumbersByPrefix(String parent, String child, boolean nested) {
        ClauseNumber p = ClauseNumbers.match(parent + ". X", false, false).number();
        ClauseNumber c = ClauseNumbers.match(child + ". X", false, false).number();
        assertThat(p.isAncestorOf(c)).isEqualTo(nested);
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 1", "3, a, c", "28, a, ab", "4, i, iv", "9, I, IX"})
    void numbersListPositionsAsTheListTypeShowsThem(int position, String type, String shown) {
        assertThat(ListNumbering.position(position, type).text()).isEqualTo(shown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 Introduction", "2 Privacy"})
    void acceptsUndottedNumbersInHeadingsOnly(String heading) {
        assertThat(ClauseNumbers.match(heading, true, false)).isNotNull();
        assertThat(ClauseNumbers.match(heading, false, false)).isNull();
    }
}
