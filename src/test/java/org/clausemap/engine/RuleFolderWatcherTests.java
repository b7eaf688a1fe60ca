package org.clausemap.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.clausemap.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleFolderWatcherTests {

    @TempDir
    Path rules;

    @Test
    void rebuildsOnChangeAndReportsAFailedBuildWithoutTouchingTheWorkingSet() throws Exception {
        TestFolders.copy(Path.of("rules"), rules);
        RuleSet set = RuleSet.load(rules);
        RuleBase first = set.current();
        BlockingQueue<RuleFolderWatcher.Outcome> outcomes = new LinkedBlockingQueue<>();
        try (RuleFolderWatcher watcher = new RuleFolderWatcher(rules, new RuleBaseBuilder(), Duration.ofMillis(200),
                outcome -> {
                    if (outcome.loaded() != null) {
                        set.swap(outcome.loaded());
                    }
                    outcomes.add(outcome);
                })) {
            Path broken = rules.resolve("classify/broken.drl");
            Files.writeString(broken, "package classify\nrule \"b\" when\n  Nothing( )\nthen\nend\n");
            RuleFolderWatcher.Outcome failed = outcomes.poll(60, TimeUnit.SECONDS);
            assertThat(failed).isNotNull();
            assertThat(failed.failure()).isNotNull();
            assertThat(failed.failure().getMessage()).contains("classify/broken.drl");
            assertThat(set.current()).isSameAs(first);

            Files.delete(broken);
            RuleFolderWatcher.Outcome fixed = outcomes.poll(60, TimeUnit.SECONDS);
            assertThat(fixed).isNotNull();
            assertThat(fixed.loaded()).isNotNull().isSameAs(set.current());
            assertThat(fixed.loaded().version()).isEqualTo(first.version());
        }
    }
}
