package org.clausemap.archive.diff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.clausemap.analysis.Analysis;
import org.clausemap.analysis.AnalysisOptions;
import org.clausemap.analysis.Core;
import org.clausemap.analysis.ProvisionResult;
import org.clausemap.ingest.Selectors;
import org.clausemap.ingest.Source;
import org.clausemap.ingest.SourceLoader;
import org.clausemap.provision.SourceFormat;

/** Analyses versions with the real rules: the fixtures in src/test/resources/archive/diff, and corpus files. */
final class Versions {

    static final Path CORPUS = Path.of("..", "shared", "corpus", "platforms");
    private static Core core;

    private Versions() {
    }

    static synchronized Core core() {
        if (core == null) {
            core = Core.load(Path.of("rules"), Path.of("regulations"));
        }
        return core;
    }

    static ChangeSummarizer summarizer() {
        return ChangeSummarizer.of(core());
    }

    /** A fixture of this package, analysed with the default options. */
    static Analysis fixture(String name) {
        try (InputStream in = Versions.class.getResourceAsStream("/archive/diff/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return core().analyses().analyze(new Source(name, text, SourceFormat.MARKDOWN, Selectors.NONE),
                    AnalysisOptions.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Analysis file(Path file) {
        return core().analyses().analyze(new SourceLoader().load(file.toString(), Selectors.NONE),
                AnalysisOptions.defaults());
    }

    /** A provision for alignment tests: only number, section path and text matter there. */
    static ProvisionResult provision(String number, String section, String text) {
        return new ProvisionResult((number == null ? "p" : number) + "-" + Integer.toHexString(text.hashCode()),
                number, section == null ? List.of() : List.of("Terms", section), null, text, null, null, List.of(),
                List.of(), List.of(), List.of());
    }
}
