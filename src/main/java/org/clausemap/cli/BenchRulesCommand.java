package org.clausemap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.clausemap.engine.RuleBaseBuilder;
import org.clausemap.engine.RuleSet;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench-rules", mixinStandardHelpOptions = true,
        description = "Time building the rule base: the shipped rules, and the shipped rules plus N generated"
                + " classification rules of the same shape (distinct wording each). Cold is the first build in this"
                + " JVM; warm is the median of the next runs; reload is RuleSet.reload (build off to the side and"
                + " swap). Numbers are printed, never asserted.")
final class BenchRulesCommand implements Callable<Integer> {

    @Option(names = "--generate", defaultValue = "1000", description = "Generated rules (default: ${DEFAULT-VALUE}).")
    int generate;

    @Option(names = "--runs", defaultValue = "5", description = "Warm runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Mixin
    ContentOptions content;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        RuleBaseBuilder builder = new RuleBaseBuilder();
        report(out, "shipped rules", content.rules, builder);
        Path copy = Files.createTempDirectory("clausemap-bench-rules");
        try {
            copyTree(content.rules, copy);
            Files.writeString(copy.resolve("classify").resolve("generated-bench.drl"), generated(generate));
            report(out, "shipped + " + generate + " generated", copy, builder);
        } finally {
            deleteTree(copy);
        }
        return 0;
    }

    private void report(PrintWriter out, String label, Path folder, RuleBaseBuilder builder) {
        long start = System.nanoTime();
        int rules = builder.build(folder).ruleCount();
        double cold = (System.nanoTime() - start) / 1e6;
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            builder.build(folder);
            warm.add((System.nanoTime() - t) / 1e6);
        }
        RuleSet set = new RuleSet(folder, builder);
        List<Double> reload = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            set.reload();
            reload.add((System.nanoTime() - t) / 1e6);
        }
        out.printf("%-28s %5d rules   cold %8.1f ms   warm %8.1f ms   reload %8.1f ms%n", label, rules, cold,
                median(warm), median(reload));
        out.flush();
    }

    /** Classification rules shaped like the shipped ones: a bounded gap between two groups of legal words. */
    static String generated(int n) {
        StringBuilder drl = new StringBuilder("package classify\n\nimport org.clausemap.engine.facts.*\n\n");
        for (int i = 0; i < n; i++) {
            drl.append("rule \"Generated ").append(i).append("\"\n")
                    .append("    @id(\"bench.generated.").append(i).append("\")\n")
                    .append("    @category(\"output-use-restriction\")\n")
                    .append("    @rationale(\"generated for the rule-build benchmark\")\n")
                    .append("    agenda-group \"classify\"\n")
                    .append("when\n")
                    .append("    $c : Clause( has(\"\\\\b(benchterm").append(i).append("|clause")
                    .append(i).append("x)\\\\w*\\\\b[^.;]{0,80}\\\\b(outputs?|content)\\\\b\") )\n")
                    .append("then\n    insert(new Classification($c, drools.getRule()));\nend\n\n");
        }
        return drl.toString();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
