package org.clausemap.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.clausemap.analysis.Analysis;
import org.clausemap.analysis.AnalysisOptions;
import org.clausemap.analysis.Core;
import org.clausemap.analysis.StageTimings;
import org.clausemap.ingest.Selectors;
import org.clausemap.ingest.Source;
import org.clausemap.ingest.SourceLoader;
import org.clausemap.provision.SourceFormat;
import org.jsoup.Jsoup;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time each pipeline stage (parse, extract, rules, score, checklist) on a document: the median"
                + " over N warm runs, after as many warm-up runs. 'parse' is a bare jsoup parse and text walk of the"
                + " same HTML, the floor any jsoup-based pipeline stands on.")
final class BenchCommand implements Callable<Integer> {

    private static final List<String> STAGES = List.of("parse", "extract", "rules", "score", "checklist");

    @Parameters(index = "0", paramLabel = "FILE_OR_URL")
    String input;

    @Option(names = "--runs", defaultValue = "20", description = "Measured runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Mixin
    ContentOptions content;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1");
        }
        Core core = content.load();
        Source source = new SourceLoader().load(input, Selectors.NONE);
        Map<String, List<Long>> samples = new LinkedHashMap<>();
        STAGES.forEach(s -> samples.put(s, new ArrayList<>()));
        Analysis last = null;
        for (int i = 0; i < runs * 2; i++) {
            long floor = source.format() == SourceFormat.HTML ? jsoupFloor(source.content()) : 0;
            StageTimings timings = new StageTimings();
            last = core.analyses().analyze(source, AnalysisOptions.defaults(), timings);
            if (i >= runs) {
                samples.get("parse").add(floor);
                timings.nanos().forEach((stage, nanos) -> samples.get(stage).add(nanos));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %d provisions, %d engagements, %d checklist items; median of %d warm runs%n", input,
                last.provisions().size(), last.engagements().size(), last.checklist().size(), runs);
        double total = 0;
        for (String stage : STAGES) {
            List<Long> s = samples.get(stage);
            if (s.isEmpty() || (stage.equals("parse") && source.format() != SourceFormat.HTML)) {
                out.printf("  %-10s %10s%n", stage, "n/a");
                continue;
            }
            double ms = median(s) / 1e6;
            if (!stage.equals("parse")) {
                total += ms;
            }
            out.printf("  %-10s %10.3f ms%n", stage, ms);
        }
        out.printf("  %-10s %10.3f ms (extract + rules + score + checklist)%n", "analysis", total);
        out.flush();
        return 0;
    }

    private static long jsoupFloor(String html) {
        long start = System.nanoTime();
        int length = Jsoup.parse(html).body().text().length();
        long elapsed = System.nanoTime() - start;
        return length < 0 ? 0 : elapsed;
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
