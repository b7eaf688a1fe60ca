package org.clausemap.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.clausemap.engine.RuleBase;
import org.clausemap.engine.RuleBaseBuilder;
import org.clausemap.regulation.RegulationCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case format's context fields: a list lead-in, the provisions before the case's own, and a lead-in's items. */
class CaseFileTests {

    @TempDir
    Path dir;

    private final CaseRunner runner = new CaseRunner(RegulationCatalog.load(Path.of("regulations")));

    /** An expectation of one category and nothing else. */
    private static RuleCase.Expectation category(String id) {
        return new RuleCase.Expectation(List.of(id), null, null, null, null, null);
    }

    /** The rule base of one DRL file beside the shipped manifest. */
    private RuleBase build(String drl) throws IOException {
        Files.writeString(dir.resolve("r.drl"), drl);
        Files.copy(Path.of("rules", "ruleset.yaml"), dir.resolve("ruleset.yaml"));
        return new RuleBaseBuilder().build(dir);
    }

    private CaseFile write(String yaml) throws IOException {
        Path file = Files.writeString(dir.resolve("x.cases.yaml"), yaml);
        return CaseFile.read(dir, file);
    }

    @Test
    void readsALeadInAndTheProvisionsBefore() throws IOException {
        CaseFile file = write("""
                cases:
                  - text: "remove content;"
                    leadIn: "We may:"
                    before: ["One.", "Two."]
                    reject: {categories: [x]}
                """);

        RuleCase c = file.cases().get(0);
        assertThat(c.leadIn()).isEqualTo("We may:");
        assertThat(c.before()).containsExactly("One.", "Two.");
    }

    @Test
    void aLeadInMustEndWithAColon() {
        assertThatThrownBy(() -> write("""
                cases:
                  - text: "remove content;"
                    leadIn: "We may"
                    reject: {categories: [x]}
                """)).hasMessageContaining("x.cases.yaml").hasMessageContaining("does not end with ':'");
    }

    @Test
    void theRunnerLaysTheCaseOutAsAPageSoTheRulesSeeItsLeadInAndWhatComesBefore() throws IOException {
        RuleBase rules = build("""
                package t
                import org.clausemap.engine.facts.*
                rule "item of a list of reserved powers"
                    @id("t.item") @category("content-removal") @rationale("test")
                    agenda-group "classify"
                when
                    $c : Clause( has("^remove") && inSection("reserve the right") || has("^we remove") )
                then
                    insert(new Classification($c, drools.getRule()));
                end
                rule "follows a removal"
                    @id("t.follows") @category("unilateral-termination") @rationale("test")
                    agenda-group "classify"
                when
                    $c : Clause( has("such measures") )
                    Classification( category == "content-removal", $c.follows(clause) )
                then
                    insert(new Classification($c, drools.getRule()));
                end
                """);
        RuleCase.Expectation removal = category("content-removal");
        RuleCase.Expectation termination = category("unilateral-termination");

        RuleCase item = new RuleCase(null, "remove content;", null, "We reserve the right to:", null, null, null,
                null, null, removal, null);
        RuleCase alone = new RuleCase(null, "remove content;", null, null, null, null, null, null, null, null,
                removal);
        RuleCase after = new RuleCase(null, "We may take such measures.", null, null,
                List.of("We remove content.", "We say so."), null, null, null, null, termination, null);
        RuleCase beforeIt = new RuleCase(null, "We may take such measures.", null, null, null, null,
                List.of("We remove content."), null, null, null, termination);

        assertThat(runner.run(rules, "x", 1, item).failures()).isEmpty();
        assertThat(runner.run(rules, "x", 2, alone).failures()).isEmpty();
        assertThat(runner.run(rules, "x", 3, after).failures()).isEmpty();
        assertThat(runner.run(rules, "x", 4, beforeIt).failures()).isEmpty();
    }

    @Test
    void readsTheItemsOfALeadIn() throws IOException {
        CaseFile file = write("""
                cases:
                  - text: "We may:"
                    items: ["suspend your account;", "remove content."]
                    reject: {categories: [x]}
                """);

        assertThat(file.cases().get(0).items()).containsExactly("suspend your account;", "remove content.");
        assertThat(write("""
                cases:
                  - text: "We may suspend your account."
                    reject: {categories: [x]}
                """).cases().get(0).items()).isEmpty();
    }

    @Test
    void aCaseWithItemsMustEndWithAColon() {
        assertThatThrownBy(() -> write("""
                cases:
                  - text: "We may suspend your account."
                    items: ["remove content."]
                    reject: {categories: [x]}
                """)).hasMessageContaining("x.cases.yaml").hasMessageContaining("has items but its text does not end");
    }

    @Test
    void theRunnerListsTheItemsAfterTheCaseSoItsRulesSeeThemAlsoUnderALeadIn() throws IOException {
        RuleBase rules = build("""
                package t
                import org.clausemap.engine.facts.*
                rule "lead-in of a removal"
                    @id("t.lead-in") @category("content-removal") @rationale("test")
                    agenda-group "classify"
                when
                    $c : Clause( introduces("^remove") )
                then
                    insert(new Classification($c, drools.getRule()));
                end
                """);
        RuleCase.Expectation removal = category("content-removal");

        RuleCase leadIn = new RuleCase(null, "We reserve the right to:", null, null, null,
                List.of("suspend your account;", "remove content."), null, null, null, removal, null);
        RuleCase nested = new RuleCase(null, "take the following measures:", null, "We reserve the right to:", null,
                List.of("remove content;", "warn you."), null, null, null, removal, null);
        RuleCase noItems = new RuleCase(null, "We reserve the right to:", null, null, null, null,
                List.of("remove content."), null, null, null, removal);
        RuleCase otherItems = new RuleCase(null, "We reserve the right to:", null, null, null,
                List.of("suspend your account."), null, null, null, null, removal);

        assertThat(runner.run(rules, "x", 1, leadIn).failures()).isEmpty();
        assertThat(runner.run(rules, "x", 2, nested).failures()).isEmpty();
        assertThat(runner.run(rules, "x", 3, noItems).failures()).as("provisions elsewhere are no items").isEmpty();
        assertThat(runner.run(rules, "x", 4, otherItems).failures()).isEmpty();
    }
}
