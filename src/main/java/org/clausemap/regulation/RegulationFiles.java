package org.clausemap.regulation;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds and reads the framework files of one folder: {@code *.yaml} and {@code *.yml}, not recursive. */
final class RegulationFiles {

    private RegulationFiles() {
    }

    /** The framework files of {@code dir} in file-name order; fails naming the folder when there are none. */
    static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RegulationException(List.of(RegulationProblem.in(dir,
                    "the regulations folder does not exist or is not a folder")));
        }
        List<Path> files;
        try (Stream<Path> entries = Files.list(dir)) {
            files = entries.filter(RegulationFiles::isFrameworkFile)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new RegulationException(List.of(RegulationProblem.in(dir, "cannot list the folder: " + e)));
        }
        if (files.isEmpty()) {
            throw new RegulationException(List.of(RegulationProblem.in(dir,
                    "no framework files (*.yaml or *.yml) in the regulations folder")));
        }
        return files;
    }

    /** The file name without its {@code .yaml} / {@code .yml} extension: what the framework id must be. */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    /** The file's text, or empty with a problem when it cannot be read or is not UTF-8. */
    static Optional<String> text(Path file, byte[] bytes, List<RegulationProblem> problems) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            problems.add(RegulationProblem.in(file, "the file is not valid UTF-8 text"));
            return Optional.empty();
        }
    }

    private static boolean isFrameworkFile(Path path) {
        String name = path.getFileName().toString();
        return !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml"))
                && Files.isRegularFile(path);
    }
}
