package org.clausemap.engine;

/** A risk band and the lowest score (inclusive) that falls in it. */
public record BandThreshold(String band, int from) {
}
