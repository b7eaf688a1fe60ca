package org.clausemap.api;

import java.io.ByteArrayOutputStream;
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

    /**
     * The resource's JSON, UTF-8: the same object Jackson writes for the {@link AnalysisResource}. The stored bytes
     * are copied as they are, without decoding them: a 20 KB document's analysis is about 180 KB of JSON.
     */
    byte[] write(StoredAnalysis stored, List<Review> reviews) {
        byte[] analysis = stored.jsonUtf8();
        int open = skipSpace(analysis, 0, 1);
        int close = skipSpace(analysis, analysis.length - 1, -1);
        if (open >= close || analysis[open] != '{' || analysis[close] != '}') {
            throw new IllegalStateException("stored analysis " + stored.id() + " is not a JSON object");
        }
        int from = skipSpace(analysis, open + 1, 1);
        int to = skipSpace(analysis, close - 1, -1) + 1;
        byte[] id = json.writeValueAsBytes(stored.id().toString());
        byte[] reviewed = json.writeValueAsBytes(reviews);
        ByteArrayOutputStream out = new ByteArrayOutputStream(analysis.length + id.length + reviewed.length + 32);
        out.writeBytes(ascii("{\"id\":"));
        out.writeBytes(id);
        if (from < to) {
            out.write(',');
            out.write(analysis, from, to - from);
        }
        out.writeBytes(ascii(",\"reviews\":"));
        out.writeBytes(reviewed);
        out.write('}');
        return out.toByteArray();
    }

    /** The first index from {@code i}, stepping by {@code step}, that holds no JSON whitespace (or is out of range). */
    private static int skipSpace(byte[] bytes, int i, int step) {
        while (i >= 0 && i < bytes.length
                && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) {
            i += step;
        }
        return i;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
