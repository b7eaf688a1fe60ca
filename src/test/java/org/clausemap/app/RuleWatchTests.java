package org.clausemap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.clausemap.ClausemapApplication;
import org.clausemap.TestFolders;
import org.clausemap.analysis.Core;
import org.clausemap.engine.RuleFolderWatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The running service watches its rules folder: a change that does not build is recorded and the rule set in force
 * keeps serving; a sound change is swapped in; the watcher stops with the application.
 */
class RuleWatchTests {

    private static final String WATCHER_THREAD = "clausemap-rules-watcher";

    @TempDir
    Path rules;

    @Test
    void aChangedFolderIsReloadedOnlyWhenItBuildsAndTheWatcherStopsWithTheApplication() throws Exception {
        TestFolders.copy(Path.of("rules"), rules);
        Set<Thread> before = watcherThreads();
        Set<Thread> mine;
        try (ConfigurableApplicationContext context = start()) {
            mine = watcherThreads();
            mine.removeAll(before);
            assertThat(mine).hasSize(1);
            assertThat(context.getBeanProvider(RuleFolderWatcher.class).getIfAvailable()).isNotNull();
            Core core = context.getBean(Core.class);
            RuleReloads reloads = context.getBean(RuleReloads.class);
            String shipped = core.rules().current().version();
            assertThat(core.rules().folder()).isEqualTo(rules);

            Files.writeString(rules.resolve("classify/broken.drl"), "package classify\nrule \"b\" when\n"
                    + "  Nothing( )\nthen\nend\n");
            ReloadOutcome failed = await(reloads, o -> o.trigger().equals("watch") && !o.loaded());
            assertThat(failed.problems()).anySatisfy(p -> assertThat(p.file()).isEqualTo("classify/broken.drl"));
            assertThat(core.rules().current().version()).isEqualTo(shipped);

            Files.delete(rules.resolve("classify/broken.drl"));
            Files.writeString(rules.resolve("classify/consumer.drl"), "\n// reviewed\n", StandardOpenOption.APPEND);
            ReloadOutcome loaded = await(reloads, o -> o.trigger().equals("watch") && o.loaded()
                    && !o.version().equals(shipped));
            assertThat(core.rules().current().version()).isEqualTo(loaded.version());
        }
        for (Thread watcher : mine) {
            watcher.join(10_000);
            assertThat(watcher.isAlive()).as("the watcher stops when the application closes").isFalse();
        }
    }

    @Test
    void withTheWatchOffNoWatcherRuns() throws IOException {
        TestFolders.copy(Path.of("rules"), rules);
        try (ConfigurableApplicationContext context = start("--clausemap.rules.watch=false")) {
            assertThat(context.getBeanProvider(RuleFolderWatcher.class).getIfAvailable()).isNull();
        }
    }

    /** Starts the service on the copy; settings as arguments, which override application.properties. */
    private ConfigurableApplicationContext start(String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:clausemap-watch", "--clausemap.rules-dir=" + rules,
                "--clausemap.rules.quiet-period=200ms"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(ClausemapApplication.class).run(args.toArray(String[]::new));
    }

    private static ReloadOutcome await(RuleReloads reloads, Predicate<ReloadOutcome> done)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (done.test(reloads.last())) {
                return reloads.last();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no such reload within 60 s; last: " + reloads.last());
    }

    private static Set<Thread> watcherThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(WATCHER_THREAD))
                .collect(Collectors.toSet());
    }
}
