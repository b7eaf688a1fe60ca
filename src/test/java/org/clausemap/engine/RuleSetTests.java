package org.clausemap.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.clausemap.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetTests {

    @TempDir
    Path rules;

    @Test
    void aBrokenRuleNeverReplacesTheWorkingSetAndAGoodOneDoes() throws IOException {
        TestFolders.copy(Path.of("rules"), rules);
        RuleSet set = RuleSet.load(rules);
        RuleBase working = set.current();

        Path drl = rules.resolve("classify/extra.drl");
        Files.writeString(drl, "package classify\nrule \"x\" when\n  Nonsense( )\nthen\nend\n");
        assertThatThrownBy(set::reload).isInstanceOf(RuleBuildException.class)
                .hasMessageContaining("classify/extra.drl");
        assertThat(set.current()).isSameAs(working);

        Files.delete(drl);
        Files.writeString(rules.resolve("ruleset.yaml"), Files.readString(rules.resolve("ruleset.yaml"))
                .replace("name: clausemap default rules", "name: clausemap rules, revised"));
        RuleBase reloaded = set.reload();
        assertThat(set.current()).isSameAs(reloaded).isNotSameAs(working);
        assertThat(reloaded.version()).isNotEqualTo(working.version());
        assertThat(reloaded.ruleCount()).isEqualTo(working.ruleCount());
    }

    @Test
    void consequencesAreMvelUnlessAFileDeclaresJava() throws IOException {
        TestFolders.copy(Path.of("rules"), rules);
        Files.writeString(rules.resolve("classify/java.drl"), """
                package javaconsequences
                import org.clausemap.engine.facts.*
                dialect "java"
                rule "java consequence"
                    @id("t.java") @category("arbitration") @rationale("test")
                    agenda-group "classify"
                when
                    $c : Clause( has("arbitrat") )
                then
                    java.util.List<String> typed = new java.util.ArrayList<>();
                    insert(new Classification($c, drools.getRule()));
                end
                """);
        RuleBase base = new RuleBaseBuilder().build(rules);
        assertThat(base.kieBase().getKiePackages()).flatMap(p -> p.getRules()).allSatisfy(rule ->
                assertThat(((org.drools.base.definitions.rule.impl.RuleImpl) rule).getDialect())
                        .as(rule.getName()).isEqualTo(rule.getName().equals("java consequence") ? "java" : "mvel"));
    }

    @Test
    void twoBuildsOfTheSameFolderHaveTheSameVersionAndDoNotCollide() {
        RuleBaseBuilder builder = new RuleBaseBuilder();
        RuleBase a = builder.build(Path.of("rules"));
        RuleBase b = builder.build(Path.of("rules"));
        assertThat(a.version()).isEqualTo(b.version());
        assertThat(a.kieBase()).isNotSameAs(b.kieBase());
        assertThat(a.ruleCount()).isEqualTo(b.ruleCount()).isPositive();
    }
}
