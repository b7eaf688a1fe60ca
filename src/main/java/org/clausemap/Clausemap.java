package org.clausemap;

import java.util.Arrays;

import org.clausemap.app.EarlyRuleBuild;
import org.clausemap.cli.Cli;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.core.SpringProperties;
import org.springframework.util.ClassUtils;

/**
 * The executable jar's entry point: {@code serve} starts the REST service; every other command runs in the CLI
 * without starting Spring.
 *
 * <p>The build runs Spring's ahead-of-time processing on {@code serve} (the {@code process-aot} goal), which writes
 * the service's bean definitions out as code. {@code serve} starts from that code whenever the jar holds it, so the
 * configuration classes and auto-configuration conditions are not worked out again at every start.
 * {@code -Dspring.aot.enabled=false} starts the service the regular way.
 */
public final class Clausemap {

    /** The initializer that {@code process-aot} generates for this main class. */
    private static final String AOT_INITIALIZER = Clausemap.class.getName() + "__ApplicationContextInitializer";

    private Clausemap() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && "serve".equals(args[0])) {
            useAheadOfTimeContextWhenBuilt();
            SpringApplication app = new SpringApplication(ClausemapApplication.class);
            app.addInitializers(new EarlyRuleBuild());
            app.run(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        System.exit(Cli.run(args));
    }

    /**
     * Turns AOT mode on unless {@code spring.aot.enabled} is set either way, or this run is the build's AOT
     * processing itself (which must work the context out, not replay an earlier build's code).
     */
    private static void useAheadOfTimeContextWhenBuilt() {
        if (SpringProperties.getProperty(AotDetector.AOT_ENABLED) == null
                && !SpringProperties.getFlag(AbstractAotProcessor.AOT_PROCESSING)
                && ClassUtils.isPresent(AOT_INITIALIZER, Clausemap.class.getClassLoader())) {
            SpringProperties.setFlag(AotDetector.AOT_ENABLED);
        }
    }
}
