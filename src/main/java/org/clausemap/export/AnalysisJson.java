package org.clausemap.export;

import org.clausemap.analysis.Analysis;

/** An analysis as JSON: the schema the CLI and the REST API share. */
public final class AnalysisJson extends JsonFormat<Analysis> {

    public AnalysisJson() {
        super(Analysis.class);
    }
}
