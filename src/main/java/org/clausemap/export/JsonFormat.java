package org.clausemap.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes a result record as indented JSON (a string or a file) and reads it back: one schema for CLI and API. */
public abstract class JsonFormat<T> {

    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private final Class<T> type;

    protected JsonFormat(Class<T> type) {
        this.type = type;
    }

    public String write(T value) {
        return mapper.writeValueAsString(value);
    }

    public void write(T value, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            mapper.writeValue(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public T read(String json) {
        return mapper.readValue(json, type);
    }
}
