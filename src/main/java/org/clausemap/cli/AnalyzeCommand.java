package org.clausemap.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.clausemap.analysis.Analysis;
import org.clausemap.analysis.AnalysisOptions;
import org.clausemap.analysis.Core;
import org.clausemap.export.AnalysisJson;
import org.clausemap.export.SummaryText;
import org.clausemap.export.workbook.WorkbookWriter;
import org.clausemap.ingest.Selectors;
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

    @Option(names = "--jurisdictions", split = ",", paramLabel = "CODES",
            description = "Jurisdictions in scope, comma-separated (default: EU,US).")
    List<String> jurisdictions;

    @Option(names = "--platform", description = "The platform whose terms these are.")
    String platform;

    @Option(names = "--document-type", description = "The kind of document (e.g. terms-of-service).")
    String documentType;

    @Option(names = "--market-position", defaultValue = "unknown",
            description = "The platform's market position for competition law: dominant, significant, minor, unknown"
                    + " (default: ${DEFAULT-VALUE}).")
    String marketPosition;

    @Option(names = "--select", split = ",", paramLabel = "CSS",
            description = "CSS selectors of the document's content (HTML).")
    List<String> select;

    @Option(names = "--remove", split = ",", paramLabel = "CSS", description = "CSS selectors to remove (HTML).")
    List<String> remove;

    @Option(names = "--top", defaultValue = "10", description = "Top risks to print (default: ${DEFAULT-VALUE}).")
    int top;

    @Mixin
    ContentOptions content;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Core core = content.load();
        Source source = new SourceLoader().load(input, new Selectors(list(select), list(remove)));
        Analysis analysis = core.analyses().analyze(source,
                new AnalysisOptions(jurisdictions, platform, documentType, marketPosition));
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

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }
}
