package org.clausemap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.clausemap.analysis.AnalysisOptions;
import org.clausemap.analysis.Core;
import org.clausemap.analysis.StageTimings;
import org.clausemap.engine.facts.ExpressionCosts;
import org.clausemap.engine.facts.TextPatterns;
import org.clausemap.ingest.IngestException;
import org.clausemap.ingest.Selectors;
import org.clausemap.ingest.Source;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench-expressions", mixinStandardHelpOptions = true,
        description = "What each rule expression costs: analyses the documents (warm-up first), timing every test"
                + " of a text against a rule's regular expression, and lists the costliest. Times are per pass over"
                + " all the documents and include the timer's own overhead; use them to compare wordings, and"
                + " 'bench' for the analysis as users see it. Numbers are printed, never asserted.")
final class BenchExpressionsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE_OR_URL", arity = "0..*", description = "Documents to analyse.")
    List<String> inputs = List.of();

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Analyse the newest version of every document of a corpus laid out as 'bench' reads it.")
    Path corpus;

    @Option(names = "--runs", defaultValue = "5", description = "Measured passes (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--top", defaultValue = "20", description = "Expressions listed (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--width", defaultValue = "110",
            description = "Characters of each expression shown (default: ${DEFAULT-VALUE}).")
    int width;

    @Mixin
    ContentOptions content;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (runs < 1 || top < 1 || width < 10) {
            throw new IllegalArgumentException("--runs and --top must be at least 1, --width at least 10");
        }
        if (inputs.isEmpty() == (corpus == null)) {
            throw new IllegalArgumentException("give either documents or --corpus DIR");
        }
        Core core = content.load();
        List<BenchTarget> targets = corpus != null ? BenchTarget.corpus(corpus)
                : inputs.stream().map(input -> BenchTarget.of(input, Selectors.NONE)).toList();
        PrintWriter out = spec.commandLine().getOut();
        List<Source> sources = analysable(core, targets, out);
        int provisions = pass(core, sources);
        TextPatterns patterns = core.rules().current().patterns();
        ExpressionCosts costs = patterns.measure();
        long start = System.nanoTime();
        try {
            for (int i = 0; i < runs; i++) {
                pass(core, sources);
            }
        } finally {
            patterns.stopMeasuring();
        }
        double wall = (System.nanoTime() - start) / 1e6 / runs;
        List<ExpressionCosts.Cost> ranked = costs.ranked();
        double total = ranked.stream().mapToLong(ExpressionCosts.Cost::nanos).sum() / 1e6 / runs;
        long attempts = ranked.stream().mapToLong(ExpressionCosts.Cost::attempts).sum() / runs;
        out.printf("%d documents, %d provisions, %d expressions tested; per pass: %.1f ms in expressions,"
                + " %.1f ms analysis in all (mean of %d passes), %d regex runs%n", sources.size(), provisions,
                ranked.size(), total, wall, runs, attempts);
        out.printf("%8s %6s %9s %8s %9s  %s%n", "ms/pass", "share", "tests", "matches", "runs",
                "expression (grep rules/ for it)");
        for (ExpressionCosts.Cost cost : ranked.subList(0, Math.min(top, ranked.size()))) {
            double ms = cost.nanos() / 1e6 / runs;
            out.printf("%8.2f %5.1f%% %9d %8d %9d  %s%n", ms, total > 0 ? 100 * ms / total : 0, cost.calls() / runs,
                    cost.matches() / runs, cost.attempts() / runs, shorten(cost.expression()));
        }
        out.flush();
        return 0;
    }

    /**
     * The documents as they can be analysed, found once (the warm-up): a page whose remove selectors went stale is
     * taken without them, as {@code bench} does; one that fails all the same is reported and left out, so that no
     * measured pass repeats a failing ingest.
     */
    private static List<Source> analysable(Core core, List<BenchTarget> targets, PrintWriter out) {
        List<Source> sources = new ArrayList<>();
        for (BenchTarget target : targets) {
            Source source = analysable(core, target, out);
            if (source != null) {
                sources.add(source);
            }
        }
        return sources;
    }

    private static Source analysable(Core core, BenchTarget target, PrintWriter out) {
        String problem;
        try {
            analyze(core, target.source());
            return target.source();
        } catch (IngestException e) {
            problem = e.getMessage();
        }
        Source withoutRemoves = target.withoutRemoves();
        if (withoutRemoves != null) {
            try {
                analyze(core, withoutRemoves);
                out.printf("%s: without its remove selectors (%s)%n", target.name(), problem);
                return withoutRemoves;
            } catch (IngestException e) {
                problem = e.getMessage();
            }
        }
        out.printf("skipped %s: %s%n", target.name(), problem);
        return null;
    }

    /** Analyses every document once; returns the provisions. */
    private static int pass(Core core, List<Source> sources) {
        int provisions = 0;
        for (Source source : sources) {
            provisions += analyze(core, source);
        }
        return provisions;
    }

    private static int analyze(Core core, Source source) {
        return core.analyses().analyze(source, AnalysisOptions.defaults(), new StageTimings()).provisions().size();
    }

    private String shorten(String expression) {
        return expression.length() <= width ? expression : expression.substring(0, width - 3) + "...";
    }
}
