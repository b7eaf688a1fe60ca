package org.clausemap.archive.diff;

/**
 * A deontic form or a qualifier that appeared in, or disappeared from, a categorised provision.
 *
 * @param kind      {@code form} (prohibition, obligation, permission, grant) or {@code qualifier}
 * @param name      the form or qualifier as the rules name it (e.g. {@code except-where-permitted})
 * @param direction appeared or disappeared
 */
public record TermChange(String kind, String name, Direction direction) {
}
