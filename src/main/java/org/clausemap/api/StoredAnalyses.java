package org.clausemap.api;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.clausemap.store.AnalysisStore;
import org.clausemap.store.ReviewStore;
import org.clausemap.store.StoredAnalysis;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Finds stored analyses by the id in a URL (404 when there is none) and shows them with their reviews, as the JSON
 * of an {@link AnalysisResource} written around the analysis's stored JSON ({@link AnalysisBody}).
 */
@Component
class StoredAnalyses {

    private final AnalysisStore analyses;
    private final ReviewStore reviews;
    private final AnalysisBody body;

    StoredAnalyses(AnalysisStore analyses, ReviewStore reviews, AnalysisBody body) {
        this.analyses = analyses;
        this.reviews = reviews;
        this.body = body;
    }

    StoredAnalysis require(String id) {
        return parse(id).flatMap(analyses::find).orElseThrow(() -> new ApiProblem(ProblemType.ANALYSIS_NOT_FOUND,
                "No analysis with id '" + id + "'").with("id", id));
    }

    /** The analysis with the reviews recorded for it, as a JSON response. */
    ResponseEntity<byte[]> response(StoredAnalysis stored) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(body.write(stored, reviews.reviews(stored.id())));
    }

    /** A just-stored analysis (it has no reviews yet) as a 201 Created response with its Location. */
    ResponseEntity<byte[]> created(StoredAnalysis stored) {
        return ResponseEntity.created(URI.create("/api/analyses/" + stored.id())).contentType(MediaType.APPLICATION_JSON)
                .body(body.write(stored, List.of()));
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
