package org.clausemap.ingest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;

/**
 * Builds a {@link Run} from inline content in one pass: collapses whitespace as it appends, drops invisible
 * characters, and records bold spans, link letters and line breaks.
 */
final class RunBuilder {

    private static final int NUMBER_WINDOW = 40;

    private final StringBuilder text = new StringBuilder();
    private final List<Run.Span> bold = new ArrayList<>();
    private final List<Integer> breaks = new ArrayList<>();
    private final List<Integer> seams = new ArrayList<>();
    private boolean pendingSpace;
    private int boldDepth;
    private int boldStart = -1;
    private boolean boldOpen;
    private int linkDepth;
    private int letters;
    private int linkLetters;
    private final BitSet linkLetterAt = new BitSet();

    void append(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            append(s.charAt(i));
        }
    }

    private void append(char c) {
        if (Texts.isInvisible(c)) {
            return;
        }
        if (Texts.isSpace(c)) {
            pendingSpace = text.length() > 0;
            return;
        }
        if (pendingSpace) {
            text.append(' ');
            pendingSpace = false;
        }
        if (boldOpen && boldStart < 0) {
            boldStart = text.length();
        }
        text.append(c);
        if (Character.isLetter(c)) {
            letters++;
            if (linkDepth > 0) {
                linkLetters++;
                linkLetterAt.set(text.length() - 1);
            }
        }
    }

    /** A word boundary (block edge, table cell) that must not glue words together. */
    void space() {
        pendingSpace = text.length() > 0;
    }

    /** A {@code <br>}: a space, and a place the run may be split at. */
    void lineBreak() {
        space();
        breaks.add(text.length());
    }

    /**
     * Where one inline element of a container meets the next with no space between: a place the run may be split
     * at when a sentence ends there ({@code Services.Subject to}), as it does when a page lays out spans as blocks.
     */
    void seam() {
        if (!pendingSpace && text.length() > 0) {
            seams.add(text.length());
        }
    }

    void startBold() {
        if (boldDepth++ == 0) {
            boldOpen = true;
            boldStart = -1;
        }
    }

    void endBold() {
        if (boldDepth > 0 && --boldDepth == 0) {
            if (boldStart >= 0 && boldStart < text.length()) {
                addBold(boldStart, text.length());
            }
            boldOpen = false;
            boldStart = -1;
        }
    }

    private void addBold(int start, int end) {
        if (!bold.isEmpty()) {
            Run.Span last = bold.get(bold.size() - 1);
            if (onlySpaceBetween(last.end(), start)) {
                bold.set(bold.size() - 1, new Run.Span(last.start(), end));
                return;
            }
        }
        bold.add(new Run.Span(start, end));
    }

    private boolean onlySpaceBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    void startLink() {
        linkDepth++;
    }

    void endLink() {
        linkDepth = Math.max(0, linkDepth - 1);
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    Run build() {
        if (boldDepth > 0 && boldStart >= 0 && boldStart < text.length()) {
            addBold(boldStart, text.length());
        }
        return new Run(text.toString(), bold, letters, linkLetters);
    }

    /**
     * The run split at line breaks that start a new clause: a blank line ({@code <br><br>}) or a break followed by a
     * clause number. Other breaks stay spaces.
     */
    List<Run> buildSplit() {
        Run whole = build();
        if (breaks.isEmpty() && seams.isEmpty()) {
            return List.of(whole);
        }
        String text = whole.text();
        TreeSet<Integer> cuts = new TreeSet<>();
        int previous = -1;
        for (int at : breaks) {
            boolean blankLine = at == previous;
            previous = at;
            if (at > 0 && at < text.length()
                    && (blankLine || ClauseNumbers.startsWithNumber(window(text, at)))) {
                cuts.add(at);
            }
        }
        for (int at : seams) {
            if (at > 0 && at < text.length() && endsSentence(text, at) && startsSentence(text.charAt(at))) {
                cuts.add(at);
            }
        }
        if (cuts.isEmpty()) {
            return List.of(whole);
        }
        List<Run> runs = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            runs.add(slice(whole, from, cut, linkLetterAt));
            from = cut;
        }
        runs.add(slice(whole, from, whole.text().length(), linkLetterAt));
        runs.removeIf(Run::isEmpty);
        return runs;
    }

    /** The start of the text after a break, enough to read a clause number from. */
    private static String window(String text, int at) {
        return text.substring(at, Math.min(text.length(), at + NUMBER_WINDOW)).strip();
    }

    private static boolean endsSentence(String text, int at) {
        int i = at - 1;
        while (i > 0 && "\"')\u201D\u2019".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return ".:;!?".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '(' || c == '\u201C' || c == '"';
    }

    private static Run slice(Run whole, int from, int to, BitSet linkLetterAt) {
        String raw = whole.text().substring(from, to);
        int lead = 0;
        while (lead < raw.length() && raw.charAt(lead) == ' ') {
            lead++;
        }
        String sliced = raw.strip();
        int start = from + lead;
        int end = start + sliced.length();
        List<Run.Span> spans = new ArrayList<>();
        for (Run.Span span : whole.bold()) {
            int s = Math.max(span.start(), start);
            int e = Math.min(span.end(), end);
            if (s < e) {
                spans.add(new Run.Span(s - start, e - start));
            }
        }
        Run counted = Run.of(sliced);
        return new Run(sliced, spans, counted.letters(), linkLetterAt.get(start, end).cardinality());
    }
}
