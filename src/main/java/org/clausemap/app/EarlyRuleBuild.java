package org.clausemap.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.clausemap.engine.RuleBuildException;
import org.clausemap.engine.RuleSet;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts building the rule base as soon as the configuration is known, on its own thread, so that compiling the rules
 * overlaps with the rest of the service's start-up instead of following it. {@link CoreConfiguration} takes the
 * result when it is for the configured folder, and builds the rules itself otherwise.
 */
public final class EarlyRuleBuild implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The rule set being built, for a folder. */
    record Pending(Path folder, CompletableFuture<RuleSet> rules) {

        /** The built rule set; a build failure is rethrown as it was raised. */
        RuleSet await() {
            try {
                return rules.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the rules were being built", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuleBuildException failure) {
                    throw failure;
                }
                throw new IllegalStateException("building the rules failed: " + e.getCause(), e.getCause());
            }
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Path folder = Path.of(context.getEnvironment().getProperty("clausemap.rules-dir", "rules"));
        CompletableFuture<RuleSet> rules = new CompletableFuture<>();
        Thread builder = new Thread(() -> {
            try {
                rules.complete(RuleSet.load(folder));
            } catch (RuntimeException e) {
                rules.completeExceptionally(e);
            }
        }, "clausemap-early-rule-build");
        builder.setDaemon(true);
        builder.start();
        context.getBeanFactory().registerSingleton("earlyRuleBuild", new Pending(folder, rules));
    }
}
