package org.clausemap.archive.diff;

import java.util.HashMap;
import java.util.Map;

/**
 * Pieces of split or merged provisions: an unpaired provision whose shingles lie almost wholly (at least
 * {@value #PART_CONTAINMENT}) in the other side of an adjacent modified pair is a piece of that pair.
 */
final class Pieces {

    static final double PART_CONTAINMENT = 0.8;

    /** Newer piece index to the newer index of the pair it was split off. */
    final Map<Integer, Integer> newer = new HashMap<>();
    /** Older piece index to the newer index of the pair it was merged into. */
    final Map<Integer, Integer> older = new HashMap<>();

    /** The pieces of a pairing whose passes are done. */
    static Pieces find(Pairing s) {
        Pieces pieces = new Pieces();
        pieces.splits(s);
        pieces.merges(s);
        return pieces;
    }

    /** Unpaired newer provisions contained in the older side of the paired newer provision before or after them. */
    private void splits(Pairing s) {
        int previous = -1;
        for (int j = 0; j < s.newer.size(); j++) {
            if (s.newerToOlder[j] >= 0) {
                previous = j;
                continue;
            }
            int next = j + 1;
            while (next < s.newer.size() && s.newerToOlder[next] < 0) {
                next++;
            }
            for (int host : new int[] {previous, next < s.newer.size() ? next : -1}) {
                if (host >= 0 && !s.literal[host] && Words.containment(s.newerShingles(j),
                        s.olderShingles(s.newerToOlder[host])) >= PART_CONTAINMENT) {
                    newer.put(j, host);
                    break;
                }
            }
        }
    }

    /** Unpaired older provisions contained in the newer side of the paired older provision before or after them. */
    private void merges(Pairing s) {
        int previous = -1;
        for (int i = 0; i < s.older.size(); i++) {
            if (s.olderToNewer[i] >= 0) {
                previous = i;
                continue;
            }
            int next = i + 1;
            while (next < s.older.size() && s.olderToNewer[next] < 0) {
                next++;
            }
            for (int host : new int[] {previous, next < s.older.size() ? next : -1}) {
                if (host >= 0 && !s.literal[s.olderToNewer[host]] && Words.containment(s.olderShingles(i),
                        s.newerShingles(s.olderToNewer[host])) >= PART_CONTAINMENT) {
                    older.put(i, s.olderToNewer[host]);
                    break;
                }
            }
        }
    }
}
