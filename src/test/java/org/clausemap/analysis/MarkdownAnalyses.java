package org.clausemap.analysis;

import org.clausemap.archive.TestContent;
import org.clausemap.ingest.Selectors;
import org.clausemap.ingest.Source;
import org.clausemap.provision.SourceFormat;

/** Analyses of a Markdown document a test writes, with the shipped rules and regulations ({@link TestContent#core()}). */
final class MarkdownAnalyses {

    private MarkdownAnalyses() {
    }

    /** The document analysed as "terms.md" with the default options. */
    static Analysis analyze(String markdown) {
        return TestContent.core().analyses().analyze(
                new Source("terms.md", markdown, SourceFormat.MARKDOWN, Selectors.NONE),
                new AnalysisOptions(null, null, null, null));
    }
}
