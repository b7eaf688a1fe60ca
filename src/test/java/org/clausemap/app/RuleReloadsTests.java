package org.clausemap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;

import org.clausemap.TestFolders;
import org.clausemap.analysis.Core;
import org.clausemap.engine.RuleBase;
import org.clausemap.engine.RuleBaseBuilder;
import org.clausemap.engine.RuleBuildException;
import org.clausemap.engine.RuleFolderWatcher;
import org.clausemap.engine.RuleProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reloads swap a sound rule set in and keep the one in force otherwise, from the API and from what the folder
 * watcher built; every attempt is recorded.
 */
class RuleReloadsTests {

    static final String UNLOADED_FRAMEWORK = """
            package mapping
            import org.clausemap.engine.facts.*

            rule "unilateral-change engages uk-dmcca"
                @id("map.unilateral-change.uk-dmcca") @framework("uk-dmcca") @relevance(0.6)
                @citation("Consumer Rights Act 2015 Sch. 2 para. 11") @rationale("test")
                agenda-group "map"
            when
                $k : Classification( category == "unilateral-change" )
            then
                insert(new Engagement($k, drools.getRule()));
            end
            """;

    @TempDir
    Path rules;

    private Core core;
    private RuleReloads reloads;
    private RuleBase shipped;

    @BeforeEach
    void load() throws IOException {
        TestFolders.copy(Path.of("rules"), rules);
        core = Core.load(rules, Path.of("regulations"));
        reloads = new RuleReloads(core, Clock.systemUTC());
        shipped = core.rules().current();
    }

    @Test
    void theStartUpLoadIsTheFirstOutcome() {
        ReloadOutcome first = reloads.last();
        assertThat(first.trigger()).isEqualTo("startup");
        assertThat(first.loaded()).isTrue();
        assertThat(first.version()).isEqualTo(shipped.version());
        assertThat(first.at()).isEqualTo(shipped.loadedAt());
    }

    @Test
    void aSoundChangeIsSwappedIn() throws IOException {
        Files.writeString(rules.resolve("classify/consumer.drl"), "\n// changed\n", StandardOpenOption.APPEND);
        ReloadOutcome outcome = reloads.reload("api");
        assertThat(outcome.loaded()).isTrue();
        assertThat(outcome.previousVersion()).isEqualTo(shipped.version());
        assertThat(outcome.version()).isNotEqualTo(shipped.version()).isEqualTo(core.rules().current().version());
        assertThat(reloads.last()).isSameAs(outcome);
    }

    @Test
    void aFolderThatDoesNotBuildKeepsTheRuleSetInForce() throws IOException {
        Files.writeString(rules.resolve("classify/broken.drl"), "package classify\nrule \"b\" when\n  Nothing( )\n"
                + "then\nend\n");
        ReloadOutcome outcome = reloads.reload("api");
        assertThat(outcome.loaded()).isFalse();
        assertThat(outcome.version()).isEqualTo(shipped.version());
        assertThat(outcome.problems()).isNotEmpty().allMatch(RuleProblem::isError)
                .anySatisfy(p -> assertThat(p.file()).isEqualTo("classify/broken.drl"));
        assertThat(core.rules().current()).isSameAs(shipped);
    }

    @Test
    void rulesMappingToAFrameworkNotLoadedAreRefused() throws IOException {
        Files.writeString(rules.resolve("mapping/uk.drl"), UNLOADED_FRAMEWORK);
        ReloadOutcome outcome = reloads.reload("api");
        assertThat(outcome.loaded()).isFalse();
        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("mapping/uk.drl");
            assertThat(p.message()).contains("\"uk-dmcca\"", "restart");
        });
        assertThat(core.rules().current()).isSameAs(shipped);
    }

    @Test
    void whatTheWatcherBuiltIsCheckedBeforeItIsSwappedIn() throws IOException {
        reloads.staged(new RuleFolderWatcher.Outcome(null, new RuleBuildException("rules do not compile",
                List.of(RuleProblem.error("classify/x.drl", 3, 7, "no such fact")))));
        assertThat(reloads.last().trigger()).isEqualTo("watch");
        assertThat(reloads.last().loaded()).isFalse();
        assertThat(reloads.last().problems()).extracting(RuleProblem::toString)
                .containsExactly("classify/x.drl:3:7: error: no such fact");

        Files.writeString(rules.resolve("mapping/uk.drl"), UNLOADED_FRAMEWORK);
        reloads.staged(new RuleFolderWatcher.Outcome(new RuleBaseBuilder().build(rules), null));
        assertThat(reloads.last().loaded()).isFalse();
        assertThat(core.rules().current()).isSameAs(shipped);

        Files.delete(rules.resolve("mapping/uk.drl"));
        Files.writeString(rules.resolve("classify/consumer.drl"), "\n// changed\n", StandardOpenOption.APPEND);
        RuleBase staged = new RuleBaseBuilder().build(rules);
        reloads.staged(new RuleFolderWatcher.Outcome(staged, null));
        assertThat(reloads.last().loaded()).isTrue();
        assertThat(core.rules().current().version()).isEqualTo(staged.version());
        assertThat(core.rules().current()).as("what was checked is what serves").isSameAs(staged);
    }
}
