package org.clausemap.ingest;

/**
 * A block read as a clause: its number, its lead-in heading and its body.
 *
 * @param number      the clause number, or null
 * @param heading     the lead-in heading ({@code Use Restrictions} from {@code D.4. **Use Restrictions.** ...}),
 *                    or null
 * @param body        the clause text after the number and heading
 * @param headingOnly true when the block is only a number and a heading ({@code **50.14. Kiro.**}): it opens a
 *                    section instead of being a provision
 */
record ParsedClause(ClauseNumber number, String heading, String body, boolean headingOnly) {

    /** The label this clause gives the clauses under it, or null when it has no heading. */
    String label() {
        if (heading == null) {
            return null;
        }
        return number == null ? heading : number.label(heading);
    }
}
