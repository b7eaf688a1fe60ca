package org.clausemap.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the rules when files in their folder change, off to the side, and hands each outcome (the new rule base,
 * or the build failure) to a listener, which decides whether to put it in force ({@link RuleSet#swap}). Changes are
 * debounced: an editor saving several files causes one rebuild. Runs on one daemon thread; {@link #close()} stops it.
 */
public final class RuleFolderWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RuleFolderWatcher.class);

    /** What a rebuild gave: the new rule base, or the build failure. */
    public record Outcome(RuleBase loaded, RuleBuildException failure) {
    }

    private final Path folder;
    private final RuleBaseBuilder builder;
    private final Duration quiet;
    private final Consumer<Outcome> listener;
    private final WatchService watcher;
    private final Thread thread;

    public RuleFolderWatcher(Path folder, RuleBaseBuilder builder, Duration quiet, Consumer<Outcome> listener) {
        this.folder = folder;
        this.builder = builder;
        this.quiet = quiet;
        this.listener = listener;
        try {
            this.watcher = FileSystems.getDefault().newWatchService();
            registerTree(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch rules folder " + folder, e);
        }
        this.thread = new Thread(this::run, "clausemap-rules-watcher");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void registerTree(Path folder) throws IOException {
        try (Stream<Path> dirs = Files.walk(folder)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watcher.take();
                drain(key);
                // debounce: wait until the folder has been quiet for the configured time
                WatchKey more;
                while ((more = watcher.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                registerTree(folder);
                rebuild();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.error("rules watcher stopped: {}", e.toString());
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    private void rebuild() {
        Outcome outcome;
        try {
            RuleBase built = builder.build(folder);
            LOG.info("rules in {} changed and rebuilt: version {}, {} rules", folder, built.version(),
                    built.ruleCount());
            outcome = new Outcome(built, null);
        } catch (RuleBuildException e) {
            LOG.warn("rules in {} changed but do not build:\n{}", folder, e.getMessage());
            outcome = new Outcome(null, e);
        }
        listener.accept(outcome);
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.debug("closing the rules watcher: {}", e.toString());
        }
    }
}
