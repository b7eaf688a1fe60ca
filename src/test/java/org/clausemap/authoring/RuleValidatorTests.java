package org.clausemap.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.clausemap.engine.RuleBaseBuilder;
import org.clausemap.engine.RuleProblem;
import org.clausemap.regulation.RegulationCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.clausemap.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleValidatorTests {

    @TempDir
    Path rules;
    private RuleValidator validator;

    @BeforeEach
    void copyShippedRules() throws IOException {
        TestFolders.copy(Path.of("rules"), rules);
        validator = new RuleValidator(RegulationCatalog.load(Path.of("regulations")), new RuleBaseBuilder());
    }

    @Test
    void theShippedRulesValidateWithoutErrorsOrWarnings() {
        Validation v = validator.validate(rules);
        assertThat(v.ok()).isTrue();
        assertThat(v.problems()).isEmpty();
    }

    @Test
    void aBrokenDrlIsReportedWithFileLineAndColumn() throws IOException {
        Files.writeString(rules.resolve("classify/broken.drl"), drlFile("Broken", """
                    $c : Clause( hasWording("arbitration") )
                """));
        Validation v = validator.validate(rules);
        assertThat(v.ok()).isFalse();
        assertThat(v.ruleBase()).isNull();
        RuleProblem p = v.problems().stream().filter(RuleProblem::isError).findFirst().orElseThrow();
        assertThat(p.file()).isEqualTo("classify/broken.drl");
        assertThat(p.line()).isEqualTo(8);
        assertThat(p.column()).isPositive();
        assertThat(p.message()).contains("hasWording");
    }

    @Test
    void anErrorInARuleLanguageFileIsReportedAtTheAuthorsLine() throws IOException {
        // the expander merges each "- ..." line into the pattern above it; Drools reports lines of the merged text
        Files.writeString(rules.resolve("classify/written.dslr"), """
                package classify
                import org.clausemap.engine.facts.*

                /* a block comment
                   over two lines */
                rule "Sound"
                    @id("classify.written.sound") @category("arbitration") @rationale("test")
                    agenda-group "classify"
                when
                    a clause says "\\bbinding arbitration\\b"
                    - it also says "\\bdisputes?\\b"
                    - it does not say "\\boptional\\b"
                    - it is not a savings clause or a legal floor
                then
                    record its category
                end

                rule "Broken"
                    @id("classify.written.broken") @category("arbitration") @rationale("test")
                    agenda-group "classify"
                when
                    a clause says "\\barbitrat"
                    - it also says "\\bfinal\\b"
                    a clause mumbles "\\bclaims?\\b"
                    $x : NoSuchFact( )
                then
                    record its category
                end
                """);
        Validation v = validator.validate(rules);
        assertThat(v.ok()).isFalse();
        assertThat(v.problems()).filteredOn(RuleProblem::isError).isNotEmpty()
                .allSatisfy(p -> assertThat(p.file()).isEqualTo("classify/written.dslr"))
                .anySatisfy(p -> {
                    assertThat(p.message()).startsWith("[24] Unable to expand").contains("mumbles");
                    assertThat(p.line()).isEqualTo(24);
                })
                .anySatisfy(p -> {
                    assertThat(p.message()).doesNotContain("Unable to expand");
                    assertThat(p.line()).as(p.message()).isBetween(24, 25);
                });
    }

    @Test
    void anInvalidRegularExpressionIsAnErrorOfItsRuleAtTheLineThatWritesIt() throws IOException {
        // Drools compiles the constraint; only the build's own compilation of the expressions finds the regex error
        Files.writeString(rules.resolve("classify/regex.drl"), drlFile("Unclosed group", """
                    $c : Clause( has("\\\\bbinding\\\\b"),
                                 has("\\\\b(arbitration|arbitral\\\\b") )
                """));
        Files.writeString(rules.resolve("classify/regex.dslr"), ruleLanguageFile("Dangling quantifier", """
                    a clause says "\\\\barbitrat"
                    - it also says "*final"
                """));
        Validation v = validator.validate(rules);
        assertThat(v.ok()).isFalse();
        assertThat(v.problems()).filteredOn(RuleProblem::isError).hasSize(2)
                .anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("classify/regex.drl");
                    assertThat(p.line()).isEqualTo(9);
                    assertThat(p.message()).contains("rule \"Unclosed group\"", "Unclosed group near index",
                            "of \"\\b(arbitration|arbitral\\b\"");
                })
                .anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("classify/regex.dslr");
                    assertThat(p.line()).isEqualTo(9);
                    assertThat(p.message()).contains("rule \"Dangling quantifier\"", "Dangling meta character '*'");
                });
    }

    @Test
    void aLookBehindThatRepeatsWithoutABoundIsAnErrorAtItsLine() throws IOException {
        // Java compiles (?<!\b(?:the|[\w-]+'s) administrator ) and still lets "the team's administrator may" through
        Files.writeString(rules.resolve("classify/lookbehind.drl"), drlFile("Unbounded look-behind", """
                    $c : Clause( has("(?<!\\\\b(?:the|[\\\\w-]+'s) administrator )\\\\bmay remove\\\\b") )
                """));
        Files.writeString(rules.resolve("classify/bounded.drl"), drlFile("Bounded look-behind", """
                    $c : Clause( has("(?<!\\\\b(?:the|[\\\\w-]{1,40}'s) administrator )\\\\bmay delete\\\\b") )
                """));
        Validation v = validator.validate(rules);
        assertThat(v.ok()).isFalse();
        assertThat(v.problems()).filteredOn(RuleProblem::isError).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("classify/lookbehind.drl");
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.message()).contains("rule \"Unbounded look-behind\"", "repeats without a bound",
                    "(?<!\\b(?:the|[\\w-]+'s) administrator )");
        });
    }

    @Test
    void aKeywordLeftUnreplacedInsideAnotherKeywordIsAnErrorOfTheRuleThatUsesIt() throws IOException {
        // the expander replaces keywords in the order of the .dsl file: a keyword inside the value of one defined
        // after it stays literal text in the wording
        Path dsl = rules.resolve("clauses.dsl");
        Files.writeString(dsl, Files.readString(dsl) + """
                [keyword][]INNER_WORDS=(?:arbitrat\\w*|arbitral)
                [keyword][]OUTER_WORDS=(?:INNER_WORDS|mediation)
                """);
        Files.writeString(rules.resolve("classify/nested.dslr"), ruleLanguageFile("Nested keyword", """
                    a clause says "\\bbinding OUTER_WORDS\\b"
                """));
        Validation v = validator.validate(rules);
        assertThat(v.ok()).isFalse();
        assertThat(v.problems()).filteredOn(RuleProblem::isError).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("classify/nested.dslr");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("rule \"Nested keyword\"", "INNER_WORDS is left unreplaced");
        });
    }

    @Test
    void aDslKeywordWrittenAgainstALetterIsAnErrorAtItsPlace() throws IOException {
        // the expander replaces a keyword only as a word of its own: after the b of \\b it would stay literal text
        // and the wording would compile and never match
        Files.writeString(rules.resolve("classify/keywords.dslr"), """
                package classify
                import org.clausemap.engine.facts.*

                rule "Keyword as a word, then after a word boundary escape"
                    @id("classify.keywords") @category("output-ownership") @rationale("test")
                    agenda-group "classify"
                when
                    a clause says "\\bowns\\b[^.;]{0,40}OUTPUT_WORDS\\b"
                    - it also says "\\bassigns\\b[^.;]{0,40}\\bOUTPUT_WORDS\\b"
                then
                    record its category
                end
                """);
        Validation v = validator.validate(rules);
        assertThat(v.ok()).isFalse();
        assertThat(v.problems()).filteredOn(RuleProblem::isError).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("classify/keywords.dslr");
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.column()).isEqualTo(45);
            assertThat(p.message()).contains("OUTPUT_WORDS", "not replaced");
        });
    }

    @Test
    void aBrokenDecisionTableRowIsReportedWithItsCell() throws IOException {
        Path table = rules.resolve("mapping/category-frameworks.drl.csv");
        String csv = Files.readString(table);
        // row 12 of the sheet: break the relevance of one mapping so the generated metadata does not parse
        String[] lines = csv.split("\n", -1);
        lines[11] = lines[11].replaceFirst("\"0\\.7\"", "\"0.7)(\"");
        Files.writeString(table, String.join("\n", lines));
        Validation v = validator.validate(rules);
        assertThat(v.ok()).isFalse();
        assertThat(v.problems()).filteredOn(RuleProblem::isError).isNotEmpty()
                .allSatisfy(p -> assertThat(p.file()).isEqualTo("mapping/category-frameworks.drl.csv"))
                .anySatisfy(p -> assertThat(p.cell()).isEqualTo("A12"));
    }

    @Test
    void warnsAboutUnknownFrameworksCategoriesAndMissingMetadata() throws IOException {
        Files.writeString(rules.resolve("classify/loose.drl"), """
                package classify
                import org.clausemap.engine.facts.*

                rule "Unknown category"
                    @id("classify.loose") @category("no-such-category")
                    agenda-group "classify"
                when
                    $c : Clause( has("xyzzy") )
                then
                    insert(new Classification($c, drools.getRule()));
                end

                rule "Unknown framework"
                    @id("map.loose") @framework("no-such-framework") @citation("x") @rationale("y")
                    agenda-group "map"
                when
                    $k : Classification( category == "no-such-category" )
                then
                    insert(new Engagement($k, drools.getRule()));
                end
                """);
        Validation v = validator.validate(rules);
        assertThat(v.ok()).isTrue();
        assertThat(v.problems()).extracting(RuleProblem::message)
                .anySatisfy(m -> assertThat(m).contains("no-such-category", "ruleset.yaml"))
                .anySatisfy(m -> assertThat(m).contains("no-such-framework", "regulations/"))
                .anySatisfy(m -> assertThat(m).contains("has no @rationale"));
    }

    @Test
    void aSpreadsheetWithoutARuleTableIsAnErrorNamingTheFile() throws IOException {
        Files.writeString(rules.resolve("mapping/empty.drl.csv"), "\"RuleSet\",\"mapping\"\n\"Notes\",\"no table\"\n");
        Validation v = validator.validate(rules);
        assertThat(v.ok()).isFalse();
        assertThat(v.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("mapping/empty.drl.csv");
            assertThat(p.message()).contains("RuleTable");
        });
    }

    @Test
    void aDecisionTableWithoutDataRowsIsWarnedAbout() throws IOException {
        Path table = rules.resolve("mapping/category-frameworks.drl.csv");
        String[] lines = Files.readString(table).split("\n");
        Files.writeString(rules.resolve("mapping/headers-only.drl.csv"),
                String.join("\n", java.util.Arrays.copyOf(lines, 9)).replace("\"mapping\"", "\"mapping2\""));
        Validation v = validator.validate(rules);
        assertThat(v.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("mapping/headers-only.drl.csv");
            assertThat(p.isError()).isFalse();
            assertThat(p.message()).containsAnyOf("no rules", "has no @id");
        });
    }

    /**
     * A .drl file of one arbitration rule with the given name and DRL conditions (indented four spaces): the rule starts
     * at line 4, its first condition is at line 8.
     */
    private static String drlFile(String name, String conditions) {
        return ruleFile(name, conditions, "insert(new Classification($c, drools.getRule()));");
    }

    /** As {@link #drlFile}, in the rule language of rules/clauses.dsl (a .dslr file). */
    private static String ruleLanguageFile(String name, String conditions) {
        return ruleFile(name, conditions, "record its category");
    }

    private static String ruleFile(String name, String conditions, String consequence) {
        return """
                package classify
                import org.clausemap.engine.facts.*

                rule "%s"
                    @id("classify.test.%s") @category("arbitration") @rationale("test")
                    agenda-group "classify"
                when
                %sthen
                    %s
                end
                """.formatted(name, name.toLowerCase(java.util.Locale.ROOT).replaceAll("\\W+", "-"), conditions,
                consequence);
    }
}
