package org.clausemap.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.clausemap.analysis.Analysis;
import org.clausemap.analysis.Core;
import org.clausemap.export.AnalysisJson;
import org.clausemap.export.SummaryText;
import org.clausemap.export.workbook.WorkbookWriter;
import org.clausemap.ingest.Source;
import org.clausemap.ingest.SourceLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse a terms document (HTML, Markdown or text; a file or an http(s) URL): provisions,"
                + " framework engagements, risk scores and the due-diligence checklist.")
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE_OR_URL", description = "The document to analyse.")
    String input;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the analysis as JSON to FILE.")
    Path json;

    @Option(names = "--xlsx", paramLabel = "FILE",
            description = "Also write the due-diligence workbook (xlsx) to FILE: the one the REST API serves.")
    Path xlsx;

    @Option(names = "--top", defaultValue = "10", description = "Top risks to print (default: ${DEFAULT-VALUE}).")
    int top;

    @Mixin
    AnalysisFlags flags;

    @Mixin
    ContentOptions content;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Core core = content.load();
        Source source = new SourceLoader().load(input, flags.selectors());
        Analysis analysis = core.analyses().analyze(source, flags.options());
        PrintWriter out = spec.commandLine().getOut();
        out.print(new SummaryText(top).render(analysis));
        if (json != null) {
            new AnalysisJson().write(analysis, json);
            out.println("JSON written to " + json);
        }
        if (xlsx != null) {
            writeWorkbook(analysis);
            out.println("Workbook written to " + xlsx);
        }
        out.flush();
        return 0;
    }

    private void writeWorkbook(Analysis analysis) {
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            new WorkbookWriter().write(analysis, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + xlsx + ": " + e.getMessage(), e);
        }
    }
}
