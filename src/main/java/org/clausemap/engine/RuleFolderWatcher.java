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
 * Reloads a {@link RuleSet} when files in its folder change. Changes are debounced (an editor saving several files
 * causes one rebuild); a failed build is reported to the listener and the working rule set keeps serving.
 * Runs on one daemon thread; {@link #close()} stops it.
 */
public final class RuleFolderWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RuleFolderWatcher.class);

    /** What happened on a reload: the new rule base, or the build failure that left the old one serving. */
    public record Outcome(RuleBase loaded, RuleBuildException failure) {
    }

    private final RuleSet rules;
    private final Duration quiet;
    private final Consumer<Outcome> listener;
    private final WatchService watcher;
    private final Thread thread;

    public RuleFolderWatcher(RuleSet rules, Duration quiet, Consumer<Outcome> listener) {
        this.rules = rules;
        this.quiet = quiet;
        this.listener = listener;
        try {
            this.watcher = FileSystems.getDefault().newWatchService();
            registerTree(rules.folder());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch rules folder " + rules.folder(), e);
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
                registerTree(rules.folder());
                reload();
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

    private void reload() {
        try {
            RuleBase loaded = rules.reload();
            LOG.info("rules reloaded from {}: version {}, {} rules", rules.folder(), loaded.version(),
                    loaded.ruleCount());
            listener.accept(new Outcome(loaded, null));
        } catch (RuleBuildException e) {
            LOG.warn("rules in {} changed but do not build; the previous rule set keeps serving:\n{}",
                    rules.folder(), e.getMessage());
            listener.accept(new Outcome(null, e));
        }
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
