package org.clausemap.engine;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rule base currently in force. Analyses take {@link #current()} once and run to the end on it; a reload builds
 * the new rule base off to the side and swaps it in atomically only when it built without errors, so a broken rule
 * never replaces a working set.
 */
public final class RuleSet {

    private final Path folder;
    private final RuleBaseBuilder builder;
    private final AtomicReference<RuleBase> current;

    public RuleSet(Path folder, RuleBaseBuilder builder) {
        this.folder = folder;
        this.builder = builder;
        this.current = new AtomicReference<>(builder.build(folder));
    }

    /** Builds the rules in the folder and returns the set. Fails with {@link RuleBuildException} on errors. */
    public static RuleSet load(Path folder) {
        return new RuleSet(folder, new RuleBaseBuilder());
    }

    public RuleBase current() {
        return current.get();
    }

    public Path folder() {
        return folder;
    }

    /**
     * Rebuilds from the folder. On success the new rule base replaces the old one and is returned; on errors the old
     * one keeps serving and the {@link RuleBuildException} says why.
     */
    public synchronized RuleBase reload() {
        return swap(builder.build(folder));
    }

    /**
     * Puts a rule base that was built (and checked) off to the side in force, so that what was checked is exactly
     * what serves, without compiling it again.
     */
    public RuleBase swap(RuleBase built) {
        if (!built.folder().equals(folder)) {
            throw new IllegalArgumentException("rule base built from " + built.folder() + ", not from " + folder);
        }
        current.set(built);
        return built;
    }
}
