package org.clausemap.api;

import java.util.Optional;
import java.util.UUID;

import org.clausemap.store.AnalysisStore;
import org.clausemap.store.ReviewStore;
import org.clausemap.store.StoredAnalysis;
import org.springframework.stereotype.Component;

/** Finds stored analyses by the id in a URL (404 when there is none) and shows them with their reviews. */
@Component
class StoredAnalyses {

    private final AnalysisStore analyses;
    private final ReviewStore reviews;

    StoredAnalyses(AnalysisStore analyses, ReviewStore reviews) {
        this.analyses = analyses;
        this.reviews = reviews;
    }

    StoredAnalysis require(String id) {
        return parse(id).flatMap(analyses::find).orElseThrow(() -> new ApiProblem(ProblemType.ANALYSIS_NOT_FOUND,
                "No analysis with id '" + id + "'").with("id", id));
    }

    AnalysisResource resource(StoredAnalysis stored) {
        return new AnalysisResource(stored.id(), stored.analysis(), reviews.reviews(stored.id()));
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
