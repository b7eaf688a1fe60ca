package org.clausemap.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.clausemap.analysis.Analysis;
import org.clausemap.analysis.AnalysisOptions;
import org.clausemap.analysis.ProvisionResult;
import org.clausemap.authoring.Explainer;
import org.clausemap.checklist.ChecklistItem;
import org.clausemap.scoring.ScoredEngagement;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show what the rules make of one provision: categories, form and qualifiers, the rules that"
                + " fired, framework mappings with scores and factors, and checklist actions.")
final class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TEXT", description = "The provision text.")
    String text;

    @Option(names = "--section", description = "An enclosing section heading (some rules read it).")
    String section;

    @Option(names = "--jurisdictions", split = ",", paramLabel = "CODES", description = "Default: EU,US.")
    List<String> jurisdictions;

    @Option(names = "--market-position", defaultValue = "unknown")
    String marketPosition;

    @Mixin
    ContentOptions content;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Analysis a = new Explainer(content.load().analyses()).explain(text, section,
                new AnalysisOptions(jurisdictions, null, null, marketPosition));
        PrintWriter out = spec.commandLine().getOut();
        ProvisionResult p = a.provisions().get(0);
        out.println("categories: " + none(p.categories()));
        out.println("form:       " + none(p.forms()));
        out.println("qualifiers: " + none(p.qualifiers()));
        out.println("rules fired:");
        Map<String, Long> fired = a.trace().stream().collect(Collectors.groupingBy(
                f -> f.stage() + "  " + f.ruleId(), LinkedHashMap::new, Collectors.counting()));
        fired.forEach((rule, times) -> out.println("  " + rule + (times > 1 ? "  (x" + times + ")" : "")));
        out.println("engagements:");
        for (ScoredEngagement e : a.engagements()) {
            out.printf("  %3d %-8s %s -> %s (%s)%n", e.score(), e.band(), e.category(), e.framework(), e.citation());
            out.println("      " + e.factors().stream().map(f -> f.name() + " " + f.value() + " [" + f.source() + "]")
                    .collect(Collectors.joining(" x ")));
        }
        out.println("checklist:");
        for (ChecklistItem item : a.checklist()) {
            out.println("  [" + item.priority() + "] " + item.id() + ": " + item.title() + " (" + item.owner() + ")");
        }
        out.flush();
        return 0;
    }

    private static String none(List<String> values) {
        return values.isEmpty() ? "(none)" : String.join(", ", values);
    }
}
