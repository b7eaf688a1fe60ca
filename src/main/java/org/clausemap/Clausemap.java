package org.clausemap;

import java.util.Arrays;

import org.clausemap.app.EarlyRuleBuild;
import org.clausemap.cli.Cli;
import org.springframework.boot.SpringApplication;

/**
 * The executable jar's entry point: {@code serve} starts the REST service; every other command runs in the CLI
 * without starting Spring.
 */
public final class Clausemap {

    private Clausemap() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && "serve".equals(args[0])) {
            SpringApplication app = new SpringApplication(ClausemapApplication.class);
            app.addInitializers(new EarlyRuleBuild());
            app.run(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        System.exit(Cli.run(args));
    }
}
