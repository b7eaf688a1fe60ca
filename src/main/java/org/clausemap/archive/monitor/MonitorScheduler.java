package org.clausemap.archive.monitor;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the monitor every poll interval on one daemon thread while the application runs (when
 * {@code clausemap.archive.monitor.enabled}); stopping waits for the fetch in progress.
 */
final class MonitorScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MonitorScheduler.class);

    private final Monitor monitor;
    private final long pollMillis;
    private ScheduledExecutorService executor;

    MonitorScheduler(Monitor monitor, long pollMillis) {
        this.monitor = monitor;
        this.pollMillis = pollMillis;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "clausemap-monitor");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::tick, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        log.info("Monitoring registered documents every {} ms as {}", pollMillis, monitor.owner());
    }

    private void tick() {
        try {
            monitor.runDue();
        } catch (RuntimeException e) {
            log.error("Monitor poll failed", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                    executor.shutdownNow();
                }
            } catch (InterruptedException e) {
                executor.shutdownNow();
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
