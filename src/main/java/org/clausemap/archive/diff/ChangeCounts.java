package org.clausemap.archive.diff;

/**
 * How many provisions changed how. {@code added + removed + modified + moved + unchanged} counts every aligned
 * pair and every unpaired provision once; {@code material + editorial} counts the listed changes.
 *
 * @param olderProvisions provisions of the older version ({@code removed + modified + moved + unchanged})
 * @param newerProvisions provisions of the newer version ({@code added + modified + moved + unchanged})
 * @param added           only in the newer version
 * @param removed         only in the older version
 * @param modified        paired, with different wording
 * @param moved           same text, other number or position
 * @param unchanged       same text, same number and order
 * @param material        listed changes that are material
 * @param editorial       listed changes that are editorial
 */
public record ChangeCounts(int olderProvisions, int newerProvisions, int added, int removed, int modified, int moved,
                           int unchanged, int material, int editorial) {
}
