package org.clausemap.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.clausemap.analysis.Analysis;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes an analysis as JSON: the schema the CLI and the REST API share. */
public final class AnalysisJson {

    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public String write(Analysis analysis) {
        return mapper.writeValueAsString(analysis);
    }

    public void write(Analysis analysis, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            mapper.writeValue(out, analysis);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public Analysis read(String json) {
        return mapper.readValue(json, Analysis.class);
    }
}
