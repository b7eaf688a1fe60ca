package org.clausemap.archive.diff;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads a change summary as JSON: the schema the CLI writes and a stored-versions API can serve. */
public final class ChangeSummaryJson {

    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public String write(ChangeSummary summary) {
        return mapper.writeValueAsString(summary);
    }

    public void write(ChangeSummary summary, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            mapper.writeValue(out, summary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public ChangeSummary read(String json) {
        return mapper.readValue(json, ChangeSummary.class);
    }
}
