package org.clausemap.store;

/**
 * How often a rule fired across the stored analyses.
 *
 * @param firings  its firings summed over every stored analysis
 * @param analyses the number of stored analyses in which it fired at least once
 */
public record FireCount(long firings, long analyses) {

    public static final FireCount NONE = new FireCount(0, 0);
}
