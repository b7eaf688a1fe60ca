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
    void twoBuildsOfTheSameFolderHaveTheSameVersionAndDoNotCollide() {
        RuleBaseBuilder builder = new RuleBaseBuilder();
        RuleBase a = builder.build(Path.of("rules"));
        RuleBase b = builder.build(Path.of("rules"));
        assertThat(a.version()).isEqualTo(b.version());
        assertThat(a.kieBase()).isNotSameAs(b.kieBase());
        assertThat(a.ruleCount()).isEqualTo(b.ruleCount()).isPositive();
    }
}
