package org.clausemap.api;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.clausemap.analysis.Analysis;
import org.clausemap.store.Review;

/**
 * A stored analysis as the API returns it: the analysis exactly as the CLI's {@code --json} writes it, with its
 * {@code id} first and the checklist {@code reviews} recorded since (kept apart from the checklist, which is what
 * the rules produced).
 */
@JsonPropertyOrder({"id"})
record AnalysisResource(UUID id, @JsonUnwrapped Analysis analysis, List<Review> reviews) {

    AnalysisResource {
        reviews = List.copyOf(reviews);
    }
}
