package org.clausemap.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.clausemap.TestFolders;

/**
 * The rules folder the admin API tests serve from: a copy of the shipped rules, made once per test run, that tests
 * change and {@link #restore()} afterwards.
 */
final class AdminRulesFolder {

    static final Path FOLDER = create();

    private AdminRulesFolder() {
    }

    /** Puts the shipped rules back, removing whatever a test added. */
    static void restore() {
        try (Stream<Path> files = Files.walk(FOLDER)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).filter(f -> !f.equals(FOLDER)).toList()) {
                Files.delete(f);
            }
            TestFolders.copy(Path.of("rules"), FOLDER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path file(String relative) {
        return FOLDER.resolve(relative);
    }

    static void write(String relative, String content) {
        try {
            Files.writeString(file(relative), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path create() {
        try {
            Path folder = Files.createTempDirectory("clausemap-admin-rules-");
            TestFolders.copy(Path.of("rules"), folder);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // best effort at exit
        }
    }
}
