package org.clausemap.archive.diff;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A run of words of a word-level diff.
 *
 * @param op   whether the words are in both versions, only in the newer one, or only in the older one
 * @param text the words, separated by single spaces
 */
public record DiffSegment(Op op, String text) {

    /**
     * A word diff as one line: {@code [-deleted words-]{+inserted words+}}, equal words as they are; a replacement
     * reads as its deletion and insertion side by side.
     */
    public static String render(List<DiffSegment> segments) {
        StringBuilder out = new StringBuilder();
        Op previous = null;
        for (DiffSegment s : segments) {
            if (previous != null && !(previous == Op.DELETE && s.op() == Op.INSERT)) {
                out.append(' ');
            }
            switch (s.op()) {
                case EQUAL -> out.append(s.text());
                case DELETE -> out.append("[-").append(s.text()).append("-]");
                case INSERT -> out.append("{+").append(s.text()).append("+}");
            }
            previous = s.op();
        }
        return out.toString();
    }

    /** The kind of run. */
    public enum Op {
        @JsonProperty("equal") EQUAL,
        @JsonProperty("insert") INSERT,
        @JsonProperty("delete") DELETE
    }
}
