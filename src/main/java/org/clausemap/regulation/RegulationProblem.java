package org.clausemap.regulation;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong with the framework definitions, precise enough to fix.
 *
 * @param file    the file (or, for folder-level problems, the folder) the problem is in
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param message what is wrong, in words a legal engineer can act on
 */
public record RegulationProblem(Path file, int line, int column, String message) {

    public RegulationProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    static RegulationProblem in(Path file, String message) {
        return new RegulationProblem(file, 0, 0, message);
    }

    static RegulationProblem at(Path file, Position position, String message) {
        return new RegulationProblem(file, position.line(), position.column(), message);
    }

    /** Whether line and column are known. */
    public boolean hasPosition() {
        return line > 0;
    }

    /** {@code file:line:column: message}, or {@code file: message} when the position is unknown. */
    @Override
    public String toString() {
        return hasPosition() ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
    }
}
