package org.clausemap.archive.diff;

/**
 * What the rules found on either side of a pair.
 *
 * @param before      the older provision (with any pieces merged into the pair)
 * @param after       the newer provision (with any pieces split off the pair)
 * @param olderClause the older side's clause around the pair (see {@link Clauses}), {@code before} included
 * @param newerClause the newer side's clause around the pair, {@code after} included
 */
record Sides(Facts before, Facts after, Facts olderClause, Facts newerClause) {

    /** Sides compared provision to provision, without their clauses. */
    static Sides of(Facts before, Facts after) {
        return new Sides(before, after, before, after);
    }
}
