package org.clausemap.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.clausemap.analysis.Analysis;
import org.clausemap.analysis.AnalysisOptions;
import org.clausemap.analysis.ProvisionResult;
import org.clausemap.engine.RuleFiring;
import org.clausemap.export.workbook.ChecklistReviewReader;
import org.clausemap.export.workbook.WorkbookWriter;
import org.clausemap.ingest.Selectors;
import org.clausemap.scoring.ScoredEngagement;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench-workbook", mixinStandardHelpOptions = true,
        description = "Time writing the workbook of a large analysis: a real document's analysis replicated to N"
                + " provisions (with its engagements, checklist and trace), and report the peak heap. Run it with"
                + " -Xmx256m to check the 256 MB budget. Numbers are printed, never asserted.")
final class BenchWorkbookCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The document whose analysis is replicated.")
    String input;

    @Option(names = "--provisions", defaultValue = "10000")
    int provisions;

    @Option(names = "--runs", defaultValue = "3")
    int runs;

    @Mixin
    ContentOptions content;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Analysis base = content.load().analyses().analyze(BenchTarget.of(input, Selectors.NONE).source(),
                AnalysisOptions.defaults());
        Analysis large = replicate(base, provisions);
        PrintWriter out = spec.commandLine().getOut();
        WorkbookWriter writer = new WorkbookWriter();
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            writer.write(large, OutputStream.nullOutputStream());
            times.add((System.nanoTime() - start) / 1e6);
        }
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        out.printf("workbook of %d provisions, %d engagements, %d checklist items, %d firings%n",
                large.provisions().size(), large.engagements().size(), large.checklist().size(), large.trace().size());
        out.printf("  write: %s ms (runs)   peak heap: %.0f MB   max heap: %.0f MB%n", times.stream()
                .map(t -> String.format("%.0f", t)).toList(), peak / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        writer.write(large, bytes);
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        int reviews = new ChecklistReviewReader().read(new java.io.ByteArrayInputStream(bytes.toByteArray()), null,
                large.document().sha256()).size();
        double readMs = (System.nanoTime() - start) / 1e6;
        long readPeak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        out.printf("  read back (%d KB, %d reviews): %.0f ms   peak heap: %.0f MB%n", bytes.size() / 1024, reviews,
                readMs, readPeak / 1048576.0);
        out.flush();
        return 0;
    }

    /** The analysis with its provisions, engagements and firings repeated (ids suffixed) up to n provisions. */
    static Analysis replicate(Analysis a, int n) {
        List<ProvisionResult> ps = new ArrayList<>();
        List<ScoredEngagement> es = new ArrayList<>();
        List<RuleFiring> fs = new ArrayList<>();
        for (int copy = 0; ps.size() < n; copy++) {
            String suffix = copy == 0 ? "" : "~" + copy;
            for (ProvisionResult p : a.provisions()) {
                if (ps.size() == n) {
                    break;
                }
                ps.add(new ProvisionResult(p.id() + suffix, p.number(), p.sectionPath(), p.heading(), p.text(),
                        p.location(), p.sha256(), p.categories(), p.forms(), p.qualifiers(), p.ruleIds()));
            }
            for (ScoredEngagement e : a.engagements()) {
                es.add(new ScoredEngagement(e.provisionId() + suffix, e.category(), e.framework(), e.citation(),
                        e.rationale(), e.score(), e.band(), e.ruleIds(), e.factors()));
            }
            for (RuleFiring f : a.trace()) {
                fs.add(new RuleFiring(f.ruleId(), f.stage(), f.provisionIds().stream().map(id -> id + suffix)
                        .toList()));
            }
        }
        return new Analysis(a.document(), a.analysedAt(), a.jurisdictions(), a.marketPosition(), a.score(), ps, es,
                a.frameworks(), a.checklist(), fs, a.ruleSet(), a.disclaimer());
    }
}
