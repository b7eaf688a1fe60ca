package org.clausemap.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.clausemap.engine.RuleBase;
import org.clausemap.engine.RuleBaseBuilder;
import org.clausemap.regulation.RegulationCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every case file beside the shipped rules: a rule that regresses fails the build. */
class RuleCasesTests {

    private static RuleBase rules;
    private static RegulationCatalog regulations;
    private static List<CaseFile> files;

    @BeforeAll
    static void buildRules() {
        rules = new RuleBaseBuilder().build(Path.of("rules"));
        regulations = RegulationCatalog.load(Path.of("regulations"));
        files = CaseFile.findAll(Path.of("rules"));
    }

    @TestFactory
    Stream<DynamicTest> everyShippedCasePasses() {
        CaseRunner runner = new CaseRunner(regulations);
        List<DynamicTest> tests = new ArrayList<>();
        for (CaseFile file : files) {
            for (int i = 0; i < file.cases().size(); i++) {
                RuleCase c = file.cases().get(i);
                int index = i + 1;
                tests.add(DynamicTest.dynamicTest(file.path() + " #" + index + " " + c.label(), () -> {
                    CaseResult result = runner.run(rules, file.path(), index, c);
                    assertThat(result.failures()).as("fired: %s", result.fired()).isEmpty();
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void everyRuleFiresInSomeCaseAndEveryClassifierHasAMustNotCase() {
        CaseReport report = CaseReport.run(rules, files, new CaseRunner(regulations));
        assertThat(report.rulesNeverFired()).as("rules without a case that fires them").isEmpty();
        assertThat(report.rulesWithoutNegative()).as("classification rules without a must-not case").isEmpty();
    }

    @Test
    void theBuildCompilesEveryExpressionTheRulesTest() {
        // a rule base of its own: the shared one may have been used by the cases already
        RuleBase fresh = new RuleBaseBuilder().build(Path.of("rules"));
        int compiled = fresh.patterns().compiledCount();
        assertThat(compiled).isGreaterThan(100);
        CaseReport.run(fresh, files, new CaseRunner(regulations));
        assertThat(fresh.patterns().compiledCount()).as("expressions first compiled while the cases ran")
                .isEqualTo(compiled);
    }

    @Test
    void everyEmittedCategoryIsDeclaredInTheTaxonomy() {
        for (var rule : rules.rules()) {
            String category = rule.metadata().get("category");
            if (category != null) {
                assertThat(rules.manifest().category(category)).as("category of rule %s", rule.id()).isPresent();
            }
        }
    }

    @Test
    void everyMappedFrameworkExistsInRegulations() {
        for (var rule : rules.rules()) {
            String framework = rule.metadata().get("framework");
            if (framework != null) {
                assertThat(regulations.find(framework)).as("framework of rule %s", rule.id()).isPresent();
            }
        }
    }
}
