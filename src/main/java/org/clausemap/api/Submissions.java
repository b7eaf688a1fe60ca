package org.clausemap.api;

import org.clausemap.analysis.Analysis;
import org.clausemap.analysis.AnalysisOptions;
import org.clausemap.analysis.Core;
import org.clausemap.analysis.DocumentInfo;
import org.clausemap.ingest.IngestException;
import org.clausemap.ingest.Selectors;
import org.clausemap.ingest.Source;
import org.clausemap.store.AnalysisStore;
import org.clausemap.store.StoredAnalysis;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Runs a submitted document through the same pipeline as the CLI and stores the result: options are checked first,
 * then the source is taken in (fetched, decoded), analysed, and saved.
 */
@Service
class Submissions {

    private final Core core;
    private final OptionsReader options;
    private final DocumentIntake intake;
    private final AnalysisStore store;

    Submissions(Core core, OptionsReader options, DocumentIntake intake, AnalysisStore store) {
        this.core = core;
        this.options = options;
        this.intake = intake;
        this.store = store;
    }

    StoredAnalysis submit(AnalysisRequest request) {
        DocumentOptions given = request.options();
        AnalysisOptions analysisOptions = options.analysisOptions(given);
        Selectors selectors = options.selectors(given);
        return analyseAndStore(intake.fromRequest(request, selectors), analysisOptions, options.title(given));
    }

    StoredAnalysis submit(MultipartFile file, DocumentOptions given) {
        AnalysisOptions analysisOptions = options.analysisOptions(given);
        Selectors selectors = options.selectors(given);
        return analyseAndStore(intake.fromFile(file, selectors), analysisOptions, options.title(given));
    }

    private StoredAnalysis analyseAndStore(Source source, AnalysisOptions analysisOptions, String title) {
        Analysis analysis;
        try {
            analysis = core.analyses().analyze(source, analysisOptions);
        } catch (IngestException e) {
            throw IngestProblems.unprocessable(e);
        }
        if (analysis.provisions().isEmpty()) {
            throw new ApiProblem(ProblemType.UNPROCESSABLE_DOCUMENT, "No provisions were found in "
                    + source.name() + ": the document has no text, or the select/remove selectors leave none");
        }
        return store.save(title == null ? analysis : withTitle(analysis, title));
    }

    private static Analysis withTitle(Analysis a, String title) {
        DocumentInfo d = a.document();
        return new Analysis(new DocumentInfo(title, d.source(), d.sha256(), d.format(), d.platform(), d.documentType(),
                d.language()),
                a.analysedAt(), a.jurisdictions(), a.marketPosition(), a.score(), a.provisions(), a.engagements(),
                a.frameworks(), a.checklist(), a.trace(), a.ruleSet(), a.disclaimer());
    }
}
