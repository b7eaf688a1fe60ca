package org.clausemap.archive.diff;

import java.util.ArrayList;
import java.util.List;

import org.clausemap.archive.diff.DiffSegment.Op;

/**
 * A word-level diff: the longest common subsequence of the two word lists (after their common prefix and suffix
 * are set aside), as runs of equal, deleted and inserted words. When the differing middle is too large for the
 * quadratic table ({@value #MAX_CELLS} cells), it is reported as one deletion and one insertion.
 */
final class WordDiff {

    static final long MAX_CELLS = 4_000_000L;

    private WordDiff() {
    }

    static List<DiffSegment> diff(List<String> older, List<String> newer) {
        int prefix = 0;
        while (prefix < older.size() && prefix < newer.size() && older.get(prefix).equals(newer.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < older.size() - prefix && suffix < newer.size() - prefix
                && older.get(older.size() - 1 - suffix).equals(newer.get(newer.size() - 1 - suffix))) {
            suffix++;
        }
        Runs runs = new Runs();
        runs.add(Op.EQUAL, older.subList(0, prefix));
        middle(older.subList(prefix, older.size() - suffix), newer.subList(prefix, newer.size() - suffix), runs);
        runs.add(Op.EQUAL, older.subList(older.size() - suffix, older.size()));
        return runs.finish();
    }

    private static void middle(List<String> a, List<String> b, Runs runs) {
        int n = a.size();
        int m = b.size();
        if (n == 0 || m == 0 || (long) n * m > MAX_CELLS) {
            runs.add(Op.DELETE, a);
            runs.add(Op.INSERT, b);
            return;
        }
        // lcs[i][j]: length of the LCS of a[i..] and b[j..], in one flat array
        int[] lcs = new int[(n + 1) * (m + 1)];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i * (m + 1) + j] = a.get(i).equals(b.get(j)) ? lcs[(i + 1) * (m + 1) + j + 1] + 1
                        : Math.max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                runs.add(Op.EQUAL, a.get(i++));
                j++;
            } else if (lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1]) {
                runs.add(Op.DELETE, a.get(i++));
            } else {
                runs.add(Op.INSERT, b.get(j++));
            }
        }
        runs.add(Op.DELETE, a.subList(i, n));
        runs.add(Op.INSERT, b.subList(j, m));
    }

    /**
     * Collects words into runs. Within a changed stretch, deletions come before insertions, so a replaced phrase
     * reads {@code [-old-]{+new+}} rather than alternating word by word.
     */
    private static final class Runs {
        final List<DiffSegment> segments = new ArrayList<>();
        private final List<String> deleted = new ArrayList<>();
        private final List<String> inserted = new ArrayList<>();
        private final List<String> equal = new ArrayList<>();

        void add(Op op, List<String> words) {
            words.forEach(w -> add(op, w));
        }

        List<DiffSegment> finish() {
            flushEqual();
            flushChanges();
            return List.copyOf(segments);
        }

        void add(Op op, String word) {
            switch (op) {
                case EQUAL -> {
                    flushChanges();
                    equal.add(word);
                }
                case DELETE -> {
                    flushEqual();
                    deleted.add(word);
                }
                case INSERT -> {
                    flushEqual();
                    inserted.add(word);
                }
            }
        }

        private void flushEqual() {
            if (!equal.isEmpty()) {
                segments.add(new DiffSegment(Op.EQUAL, String.join(" ", equal)));
                equal.clear();
            }
        }

        private void flushChanges() {
            if (!deleted.isEmpty()) {
                segments.add(new DiffSegment(Op.DELETE, String.join(" ", deleted)));
                deleted.clear();
            }
            if (!inserted.isEmpty()) {
                segments.add(new DiffSegment(Op.INSERT, String.join(" ", inserted)));
                inserted.clear();
            }
        }
    }
}
