package org.clausemap.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

/** Wall-clock time per pipeline stage of one analysis, for the bench command. Not thread-safe: one per analysis. */
public final class StageTimings {

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long last = System.nanoTime();

    /** Ends the named stage: the time since the previous mark is added to it. */
    public void mark(String stage) {
        long now = System.nanoTime();
        nanos.merge(stage, now - last, Long::sum);
        last = now;
    }

    /** Restarts the clock without charging the elapsed time to any stage. */
    public void restart() {
        last = System.nanoTime();
    }

    public Map<String, Long> nanos() {
        return Map.copyOf(nanos);
    }
}
