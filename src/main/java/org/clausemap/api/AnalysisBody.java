package org.clausemap.api;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.clausemap.store.Review;
import org.clausemap.store.StoredAnalysis;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a stored analysis as the API returns it ({@link AnalysisResource}: {@code id}, the analysis's fields,
 * {@code reviews}) around the JSON the analysis was stored as, so an analysis is serialized once, when it is
 * stored, and never parsed and written again to be returned.
 */
@Component
class AnalysisBody {

    private final JsonMapper json;

    AnalysisBody(JsonMapper json) {
        this.json = json;
    }

    /** The resource's JSON, UTF-8: the same object Jackson writes for the {@link AnalysisResource}. */
    byte[] write(StoredAnalysis stored, List<Review> reviews) {
        String analysis = stored.json().strip();
        if (analysis.length() < 2 || analysis.charAt(0) != '{' || analysis.charAt(analysis.length() - 1) != '}') {
            throw new IllegalStateException("stored analysis " + stored.id() + " is not a JSON object");
        }
        String fields = analysis.substring(1, analysis.length() - 1).strip();
        StringBuilder out = new StringBuilder(analysis.length() + 200);
        out.append("{\"id\":").append(json.writeValueAsString(stored.id().toString()));
        if (!fields.isEmpty()) {
            out.append(',').append(fields);
        }
        out.append(",\"reviews\":").append(json.writeValueAsString(reviews)).append('}');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
