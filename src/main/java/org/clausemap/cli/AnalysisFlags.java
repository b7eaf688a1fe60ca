package org.clausemap.cli;

import java.util.List;

import org.clausemap.analysis.AnalysisOptions;
import org.clausemap.ingest.Selectors;

import picocli.CommandLine.Option;

/** The options that shape an analysis (scope, platform, selectors), shared by the commands that analyse documents. */
final class AnalysisFlags {

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

    AnalysisOptions options() {
        return new AnalysisOptions(jurisdictions, platform, documentType, marketPosition);
    }

    Selectors selectors() {
        return new Selectors(select == null ? List.of() : select, remove == null ? List.of() : remove);
    }
}
