package org.clausemap.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.clausemap.analysis.Core;
import org.clausemap.archive.diff.ChangeSummarizer;
import org.clausemap.archive.store.DocumentStore;

/** The real rules and regulations (loaded once per test JVM), the archive fixtures, and archives built over them. */
public final class TestContent {

    /** The versioned platform documents, relative to the repository root. */
    public static final Path CORPUS = Path.of("..", "shared", "corpus", "platforms");

    private static Core core;

    private TestContent() {
    }

    public static synchronized Core core() {
        if (core == null) {
            core = Core.load(Path.of("rules"), Path.of("regulations"));
        }
        return core;
    }

    public static Archive archive(DocumentStore store, Clock clock, List<ChangeNotifier> notifiers) {
        return new Archive(core(), store, ChangeSummarizer.of(core()), notifiers, ArchiveProperties.defaults(),
                clock);
    }

    /** A fixture of src/test/resources/archive. */
    public static String fixture(String name) {
        try (InputStream in = TestContent.class.getResourceAsStream("/archive/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture /archive/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
