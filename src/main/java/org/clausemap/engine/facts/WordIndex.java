package org.clausemap.engine.facts;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every required word of a rule base's expressions, found in a text in one pass. The prefilters of a rule base ask
 * each clause for thousands of words (the same "may", "terminate" or "train" for many expressions), and nearly all
 * are absent. An index built over the words (an Aho-Corasick automaton over their characters) reads a clause once
 * and answers every word from a bit: the words it contains. It is immutable; a rule base's {@link TextPatterns}
 * builds a new one when expressions with new words have been compiled, and a word the index does not hold yet is
 * looked for in the text itself, so the answer is always exact. The index also holds the sets of alternative words
 * the prefilters test (one required element, "may|can|will", or an expression's gate): with each word it finds, it
 * marks every set of that word, so a set is then answered by one bit instead of a test of each of its words. Its
 * transition table holds states as chars, half the memory of ints (about 1.3 MB for 4,000 words): the scan runs
 * between regular expressions and the rule engine, and most of its time goes to memory the table shares with them.
 * A rule base whose words would need more than {@value #MAX_STATES} states has the rest looked for in the text.
 */
final class WordIndex {

    /** The index of no words: every word is looked for in the text. */
    static final WordIndex EMPTY = new WordIndex(List.of());

    /** Most states the automaton may have: a state is a char in the transition table. */
    static final int MAX_STATES = Character.MAX_VALUE + 1;

    /** How many words and word sets it was built from (it may hold fewer: {@link #MAX_STATES}). */
    private final int offeredWords;
    private final int offeredSets;
    private final int size;
    /** How many word sets the index holds: set {@code k} is bit {@code size + k} of a scan. */
    private final int sets;
    /** Character to column of the transition table; 0 for a character no word contains. */
    private final char[] columnOf = new char[Character.MAX_VALUE + 1];
    private final int columns;
    /** Transition table: state * columns + column -> next state (the automaton is complete). */
    private final char[] next;
    /** Per state, the ids of the words that end there, its own and those of its suffix states; null for none. */
    private final int[][] ends;

    /** Builds the index of the words; word {@code i} is {@code words.get(i)}, lower-cased and not empty. */
    WordIndex(List<String> words) {
        this(words, List.of());
    }

    /**
     * Builds the index of the words and of the word sets: set {@code k} is {@code sets.get(k)}, the ids of its words
     * (each a word of this index).
     */
    WordIndex(List<String> words, List<int[]> sets) {
        this.offeredWords = words.size();
        this.offeredSets = sets.size();
        char column = 1;
        for (String word : words) {
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (columnOf[c] == 0) {
                    columnOf[c] = column++;
                }
            }
        }
        this.columns = column;
        int capacity = 1 + words.stream().mapToInt(String::length).sum();
        int[] trie = new int[capacity * columns];
        Arrays.fill(trie, -1);
        int[][] own = new int[capacity][];
        int states = 1;
        int held = 0;
        for (; held < words.size() && states + words.get(held).length() <= MAX_STATES; held++) {
            String word = words.get(held);
            int state = 0;
            for (int i = 0; i < word.length(); i++) {
                int slot = state * columns + columnOf[word.charAt(i)];
                if (trie[slot] < 0) {
                    trie[slot] = states++;
                }
                state = trie[slot];
            }
            own[state] = append(own[state], held);
        }
        this.size = held;
        this.sets = heldSets(sets, held);
        this.ends = new int[states][];
        int[] table = Arrays.copyOf(trie, states * columns);
        link(table, own);
        this.next = new char[table.length];
        for (int k = 0; k < table.length; k++) {
            next[k] = (char) table[k];
        }
        addSets(sets.subList(0, this.sets));
    }

    /** How many of the sets, from the first, have all their words among the first {@code words} words. */
    private static int heldSets(List<int[]> sets, int words) {
        int k = 0;
        while (k < sets.size() && Arrays.stream(sets.get(k)).allMatch(id -> id < words)) {
            k++;
        }
        return k;
    }

    /** Adds to each state's words the sets those words belong to (as bits after the words'). */
    private void addSets(List<int[]> sets) {
        if (sets.isEmpty()) {
            return;
        }
        int[][] setsOfWord = new int[size][];
        for (int k = 0; k < sets.size(); k++) {
            for (int word : sets.get(k)) {
                setsOfWord[word] = append(setsOfWord[word], size + k);
            }
        }
        // states share their arrays of words (a state without words of its own has its suffix state's)
        Map<int[], int[]> expanded = new IdentityHashMap<>();
        for (int state = 0; state < ends.length; state++) {
            if (ends[state] != null) {
                ends[state] = expanded.computeIfAbsent(ends[state], words -> withSets(words, setsOfWord));
            }
        }
    }

    /** The words and, once each, the sets they belong to. */
    private static int[] withSets(int[] words, int[][] setsOfWord) {
        Set<Integer> ids = new LinkedHashSet<>();
        for (int word : words) {
            ids.add(word);
            if (setsOfWord[word] != null) {
                for (int set : setsOfWord[word]) {
                    ids.add(set);
                }
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Completes the trie into an automaton breadth first: missing moves follow the longest proper suffix state. */
    private void link(int[] next, int[][] own) {
        int[] suffix = new int[ends.length];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        ends[0] = own[0];
        for (int c = 0; c < columns; c++) {
            int child = next[c];
            if (child < 0) {
                next[c] = 0;
            } else {
                suffix[child] = 0;
                ends[child] = own[child];
                queue.add(child);
            }
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            for (int c = 0; c < columns; c++) {
                int slot = state * columns + c;
                int child = next[slot];
                int fallback = next[suffix[state] * columns + c];
                if (child < 0) {
                    next[slot] = fallback;
                } else {
                    suffix[child] = fallback;
                    ends[child] = merge(own[child], ends[fallback]);
                    queue.add(child);
                }
            }
        }
    }

    /** How many words the index holds: words with a smaller id are answered from {@link #scan}. */
    int size() {
        return size;
    }

    /** How many word sets the index holds: sets with a smaller id are answered from {@link #scan}. */
    int sets() {
        return sets;
    }

    /** How many words it was built from: a rule base that knows more builds a new index. */
    int offeredWords() {
        return offeredWords;
    }

    /** How many word sets it was built from. */
    int offeredSets() {
        return offeredSets;
    }

    /**
     * The ids of the words the lower-cased text contains, as a bit set, followed by the sets of those words (set
     * {@code k} at bit {@code size() + k}).
     */
    long[] scan(String lower) {
        long[] found = new long[(size + sets + 63) >>> 6];
        int state = 0;
        for (int i = 0; i < lower.length(); i++) {
            state = next[state * columns + columnOf[lower.charAt(i)]];
            int[] words = ends[state];
            if (words != null) {
                for (int id : words) {
                    found[id >>> 6] |= 1L << id;
                }
            }
        }
        return found;
    }

    private static int[] append(int[] ids, int id) {
        if (ids == null) {
            return new int[] {id};
        }
        int[] out = Arrays.copyOf(ids, ids.length + 1);
        out[ids.length] = id;
        return out;
    }

    private static int[] merge(int[] a, int[] b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
