package org.clausemap.app;

import java.time.Clock;

import org.clausemap.analysis.Core;
import org.clausemap.engine.RuleBaseBuilder;
import org.clausemap.engine.RuleFolderWatcher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reloading the rules: {@link RuleReloads} for the API, and, unless {@code clausemap.rules.watch=false}, a
 * {@link RuleFolderWatcher} that rebuilds after a change once the folder has been quiet for
 * {@code clausemap.rules.quiet-period}. The watcher builds off to the side; what it builds is handed to
 * {@link RuleReloads}, which swaps it in only if it passes the same checks as an API reload. The watcher is closed
 * when the application shuts down.
 *
 * <p>The watch setting is read when the watcher bean is created, not by a bean condition: the service runs from
 * ahead-of-time processed bean definitions, whose conditions were settled at build time, and the setting must follow
 * the configuration the service starts with.
 */
@Configuration(proxyBeanMethods = false)
class RuleReloadConfiguration {

    @Bean
    RuleReloads ruleReloads(Core core, Clock clock) {
        return new RuleReloads(core, clock);
    }

    /** The folder watcher, or null (no such bean) when the watch is off. */
    @Bean(destroyMethod = "close")
    RuleFolderWatcher ruleFolderWatcher(Core core, RuleReloads reloads, ClausemapProperties properties) {
        if (!properties.rules().watch()) {
            return null;
        }
        return new RuleFolderWatcher(core.rules().folder(), new RuleBaseBuilder(), properties.rules().quietPeriod(),
                reloads::staged);
    }
}
