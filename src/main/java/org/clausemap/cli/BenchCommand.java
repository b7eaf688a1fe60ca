package org.clausemap.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.clausemap.analysis.Analysis;
import org.clausemap.analysis.AnalysisOptions;
import org.clausemap.analysis.Core;
import org.clausemap.analysis.StageTimings;
import org.clausemap.export.workbook.WorkbookWriter;
import org.clausemap.ingest.IngestException;
import org.clausemap.ingest.Selectors;
import org.clausemap.ingest.Source;
import org.clausemap.provision.SourceFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time each pipeline stage on documents: the median of N warm runs after N warm-up runs."
                + " 'parse' is a bare jsoup parse + select + text of the same HTML page in the same run: the floor any"
                + " jsoup-based pipeline stands on (n/a for Markdown and text); 'ratio' is the analysis (extract +"
                + " rules + score + checklist) over that floor. Numbers are printed, never asserted.")
final class BenchCommand implements Callable<Integer> {

    private static final List<String> STAGES = List.of("floor", "extract", "rules", "score", "checklist", "workbook");

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE_OR_URL")
    String input;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Benchmark every document of a corpus folder (html/ pages with their declaration.json"
                    + " selectors, and the newest version of each platforms/ document) instead of one input.")
    Path corpus;

    @Option(names = "--runs", defaultValue = "20", description = "Measured runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--select", split = ",", paramLabel = "CSS")
    List<String> select;

    @Option(names = "--remove", split = ",", paramLabel = "CSS")
    List<String> remove;

    @Mixin
    ContentOptions content;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1");
        }
        if ((input == null) == (corpus == null)) {
            throw new IllegalArgumentException("give either a document or --corpus DIR");
        }
        Core core = content.load();
        List<BenchTarget> targets = corpus != null ? BenchTarget.corpus(corpus)
                : List.of(BenchTarget.of(input, new Selectors(list(select), list(remove))));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("median of %d warm runs, milliseconds%n", runs);
        out.printf("%-62s %6s %8s %8s %8s %7s %9s %8s %9s %6s%n", "document", "provs", "parse", "extract", "rules",
                "score", "checklist", "workbook", "analysis", "ratio");
        for (BenchTarget target : targets) {
            Map<String, Double> ms;
            try {
                ms = measure(core, target.source());
            } catch (IngestException e) {
                Source withoutRemoves = target.withoutRemoves();
                if (withoutRemoves == null) {
                    out.printf("%-62s skipped: %s%n", shorten(target.name()), e.getMessage());
                    continue;
                }
                out.printf("%-62s (without its remove selectors: %s)%n", shorten(target.name()), e.getMessage());
                ms = measure(core, withoutRemoves);
            }
            double analysis = ms.get("extract") + ms.get("rules") + ms.get("score") + ms.get("checklist");
            double floor = ms.get("floor");
            out.printf("%-62s %6.0f %8s %8.2f %8.2f %7.2f %9.2f %8.2f %9.2f %6s%n", shorten(target.name()),
                    ms.get("provisions"), floor > 0 ? String.format("%.2f", floor) : "n/a", ms.get("extract"),
                    ms.get("rules"), ms.get("score"), ms.get("checklist"), ms.get("workbook"), analysis,
                    floor > 0 ? String.format("%.1fx", analysis / floor) : "n/a");
            out.flush();
        }
        return 0;
    }

    private Map<String, Double> measure(Core core, Source source) {
        Map<String, List<Long>> samples = new LinkedHashMap<>();
        STAGES.forEach(s -> samples.put(s, new ArrayList<>()));
        int provisions = 0;
        for (int i = 0; i < runs * 2; i++) {
            long floor = source.format() == SourceFormat.HTML ? jsoupFloor(source) : 0;
            StageTimings timings = new StageTimings();
            Analysis analysis = core.analyses().analyze(source, AnalysisOptions.defaults(), timings);
            long start = System.nanoTime();
            writeWorkbook(analysis);
            long workbook = System.nanoTime() - start;
            provisions = analysis.provisions().size();
            if (i >= runs) {
                samples.get("floor").add(floor);
                samples.get("workbook").add(workbook);
                timings.nanos().forEach((stage, nanos) -> samples.get(stage).add(nanos));
            }
        }
        Map<String, Double> ms = new LinkedHashMap<>();
        samples.forEach((stage, values) -> ms.put(stage, values.isEmpty() ? 0 : median(values) / 1e6));
        ms.put("provisions", (double) provisions);
        return ms;
    }

    private static void writeWorkbook(Analysis analysis) {
        try {
            new WorkbookWriter().write(analysis, OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parse, select the content, take its text: what a bare jsoup extraction costs. */
    static long jsoupFloor(Source source) {
        long start = System.nanoTime();
        Document page = Jsoup.parse(source.content());
        List<String> select = source.selectors().select();
        String text = select.isEmpty() ? page.body().text() : page.select(String.join(", ", select)).text();
        long elapsed = System.nanoTime() - start;
        return text.isEmpty() ? elapsed + 1 : elapsed;
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static String shorten(String name) {
        String n = name.replace('\\', '/');
        int i = n.indexOf("corpus/");
        n = i >= 0 ? n.substring(i + "corpus/".length()) : n;
        return n.length() <= 62 ? n : "\u2026" + n.substring(n.length() - 61);
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }
}
