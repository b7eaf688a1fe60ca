package org.clausemap.store;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Function;

import org.clausemap.analysis.Analysis;

/**
 * An analysis as stored: its id, the JSON it is stored as (the JSON object the CLI's {@code --json} writes,
 * serialized once, kept in UTF-8 as it is stored and sent), and the analysis itself. An analysis read back from the
 * store is parsed from its JSON only when {@link #analysis()} is first asked for: returning it over the API needs
 * only the JSON, the workbook needs the analysis.
 */
public final class StoredAnalysis {

    private final UUID id;
    private final byte[] json;
    /** Parses the JSON on the first call of {@link #analysis()}; null once the analysis is at hand. */
    private Function<byte[], Analysis> reader;
    private Analysis analysis;

    /** An analysis that is at hand with its JSON, UTF-8 (one just stored). */
    public StoredAnalysis(UUID id, Analysis analysis, byte[] json) {
        this(id, json, null);
        this.analysis = analysis;
    }

    private StoredAnalysis(UUID id, byte[] json, Function<byte[], Analysis> reader) {
        this.id = id;
        this.json = json;
        this.reader = reader;
    }

    /** An analysis read from the store: {@code reader} parses its JSON on the first call of {@link #analysis()}. */
    static StoredAnalysis read(UUID id, byte[] json, Function<byte[], Analysis> reader) {
        return new StoredAnalysis(id, json, reader);
    }

    /** The id the API addresses it by. */
    public UUID id() {
        return id;
    }

    /** The analysis as stored: its JSON. */
    public String json() {
        return new String(json, StandardCharsets.UTF_8);
    }

    /**
     * The analysis as stored: its JSON in UTF-8, the bytes themselves (not a copy: they are written out as they are,
     * never changed). The API writes these without decoding them.
     */
    public byte[] jsonUtf8() {
        return json;
    }

    /** The analysis, as the rules produced it. */
    public synchronized Analysis analysis() {
        if (reader != null) {
            analysis = reader.apply(json);
            reader = null;
        }
        return analysis;
    }
}
