package org.clausemap.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.clausemap.analysis.Analysis;
import org.clausemap.analysis.AnalysisOptions;
import org.clausemap.analysis.Core;
import org.clausemap.archive.diff.ChangeSettings;
import org.clausemap.archive.diff.ChangeSummarizer;
import org.clausemap.archive.diff.ChangeSummary;
import org.clausemap.archive.diff.ChangeSummaryJson;
import org.clausemap.archive.diff.ChangeSummaryText;
import org.clausemap.export.workbook.ChangesWorkbookWriter;
import org.clausemap.ingest.Selectors;
import org.clausemap.ingest.SourceLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two versions of a terms document (files or http(s) URLs), both analysed with the"
                + " current rules: material changes with a sentence each, the count of editorial ones, and the risk"
                + " per framework, older and newer.")
final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD", description = "The older version.")
    String older;

    @Parameters(index = "1", paramLabel = "NEW", description = "The newer version.")
    String newer;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the change summary as JSON to FILE.")
    Path json;

    @Option(names = "--xlsx", paramLabel = "FILE",
            description = "Also write a workbook (Summary and Changes sheets) to FILE.")
    Path xlsx;

    @Option(names = "--material-threshold", paramLabel = "POINTS",
            defaultValue = "" + ChangeSettings.MATERIAL_SCORE_DELTA,
            description = "A framework score change of at least this many points is material"
                    + " (default: ${DEFAULT-VALUE}).")
    int materialThreshold;

    @Mixin
    AnalysisFlags flags;

    @Mixin
    ContentOptions content;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (materialThreshold < 1 || materialThreshold > 100) {
            throw new IllegalArgumentException("--material-threshold must be 1-100 points; was " + materialThreshold);
        }
        Core core = content.load();
        AnalysisOptions options = flags.options();
        Selectors selectors = flags.selectors();
        SourceLoader loader = new SourceLoader();
        Analysis before = core.analyses().analyze(loader.load(older, selectors), options);
        Analysis after = core.analyses().analyze(loader.load(newer, selectors), options);
        ChangeSummary summary = new ChangeSummarizer(core.rules(), core.regulations(),
                ChangeSettings.defaults().withMaterialScoreDelta(materialThreshold)).summarize(before, after);

        PrintWriter out = spec.commandLine().getOut();
        out.print(new ChangeSummaryText().render(summary));
        if (json != null) {
            new ChangeSummaryJson().write(summary, json);
            out.println("JSON written to " + json);
        }
        if (xlsx != null) {
            try (OutputStream file = Files.newOutputStream(xlsx)) {
                new ChangesWorkbookWriter().write(summary, file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + xlsx, e);
            }
            out.println("Workbook written to " + xlsx);
        }
        out.flush();
        return 0;
    }
}
