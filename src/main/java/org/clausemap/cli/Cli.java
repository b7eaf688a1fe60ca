package org.clausemap.cli;

import java.io.PrintWriter;

import org.clausemap.engine.RuleBuildException;
import org.clausemap.ingest.IngestException;
import org.clausemap.regulation.RegulationException;

import picocli.CommandLine;

/** Runs a CLI command; errors a user can act on are printed plainly, without a stack trace. */
public final class Cli {

    private Cli() {
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs with the given output and error writers (tests capture them). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new RootCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter errors = commandLine.getErr();
            if (e instanceof IngestException || e instanceof RuleBuildException || e instanceof RegulationException
                    || e instanceof IllegalArgumentException || e instanceof java.io.UncheckedIOException) {
                errors.println("clausemap: " + e.getMessage());
                errors.flush();
                return 2;
            }
            throw e;
        });
        return cli.execute(args);
    }
}
