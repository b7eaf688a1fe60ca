package org.clausemap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.clausemap.ClausemapApplication;
import org.clausemap.analysis.Core;
import org.clausemap.engine.RuleBuildException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The application loads its content from the configured folders, and refuses to start without valid content. */
class StartupTests {

    @Test
    void theCoreIsLoadedFromTheConfiguredFolders() {
        try (ConfigurableApplicationContext context = start("--clausemap.rules-dir=rules",
                "--clausemap.regulations-dir=regulations")) {
            Core core = context.getBean(Core.class);
            assertThat(core.rules().folder()).isEqualTo(Path.of("rules"));
            assertThat(core.rules().current().ruleCount()).isPositive();
            assertThat(core.regulations().all()).isNotEmpty();
        }
    }

    @Test
    void theServiceUsesTheRulesBuiltInParallelWithStartUp() {
        String[] args = {"--server.port=0", "--spring.datasource.url=jdbc:h2:mem:clausemap-early",
                "--clausemap.rules-dir=rules", "--clausemap.rules.watch=false"};
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ClausemapApplication.class)
                .initializers(new EarlyRuleBuild()).run(args)) {
            EarlyRuleBuild.Pending early = context.getBean(EarlyRuleBuild.Pending.class);
            assertThat(context.getBean(Core.class).rules()).isSameAs(early.await());
        }
    }

    @Test
    void aMissingRulesFolderStopsStartUpNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("no-rules-here");
        assertThatThrownBy(() -> start("--clausemap.rules-dir=" + missing).close())
                .hasRootCauseInstanceOf(RuleBuildException.class)
                .rootCause().hasMessageContaining(missing.toString());
    }

    private static ConfigurableApplicationContext start(String... args) {
        // command-line arguments outrank application.properties, which sets a fixed port
        String[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of("--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:clausemap-startup"), java.util.Arrays.stream(args))
                .toArray(String[]::new);
        return new SpringApplicationBuilder(ClausemapApplication.class).run(all);
    }
}
