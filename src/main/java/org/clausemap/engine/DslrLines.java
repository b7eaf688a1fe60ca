package org.clausemap.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a line of a {@code .dslr} file's expanded text came from. Drools parses and compiles the text its DSL expander
 * produced, and reports those errors at lines of that text; the expander removes block comments and merges each
 * {@code - ...} line it expands into the pattern above it, so after the first such line every reported line is too
 * small. This redoes the expander's line bookkeeping (the same rule finder and comment pattern as Drools'
 * {@code DefaultExpander}) to turn an expanded line back into the author's line. The expander's own errors ("Unable to
 * expand") are at lines of the text without its block comments; the {@code - ...} lines they name stay unmerged.
 */
final class DslrLines {

    /** Drools' DefaultExpander rule finder: group 2 is the condition between "when" and the "then" line. */
    private static final Pattern RULE = Pattern.compile(
            "^(?:\\p{Blank}*(rule\\b.+?^\\s*when\\b)(.*?)^(\\s*then)(.*?)(^\\s*end.*?$)"
                    + "|\\s*(query\\s+(?:\"[^\"]+\"|'[^']+'|\\S+)(?:\\s*\\([^)]+\\))?)(.*?)(^\\s*end.*?$))",
            Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    /** The author's line of each expanded line: index 1 is the first line. */
    private final int[] expanded;
    /** The author's line of each line of the text without block comments. */
    private final int[] uncommented;

    private DslrLines(int[] expanded, int[] uncommented) {
        this.expanded = expanded;
        this.uncommented = uncommented;
    }

    /**
     * The line map of a file.
     *
     * @param dslr       the file's text as the author wrote it
     * @param unexpanded the lines the expander could not expand, as its own errors give them (lines of the text
     *                   without block comments); it leaves them in place
     */
    static DslrLines of(String dslr, Set<Integer> unexpanded) {
        // block comments go first, as in the expander; remember the author's line of every line that remains
        StringBuilder text = new StringBuilder();
        List<Integer> authorLine = new ArrayList<>(List.of(0, 1)); // lines count from 1
        int line = 1;
        int at = 0;
        Matcher comment = BLOCK_COMMENT.matcher(dslr);
        while (true) {
            int end = comment.find(at) ? comment.start() : dslr.length();
            for (int i = at; i < end; i++) {
                text.append(dslr.charAt(i));
                if (dslr.charAt(i) == '\n') {
                    authorLine.add(++line);
                }
            }
            if (end == dslr.length()) {
                break;
            }
            line += count(dslr, comment.start(), comment.end());
            at = comment.end();
        }
        // lines of a condition that start with '-' and were expanded are merged into the pattern above them
        boolean[] merged = new boolean[authorLine.size()];
        Matcher rule = RULE.matcher(text);
        int counted = 0; // newlines before 'counted' in the text, counted once as the rules go forward
        int first = 1; // the line the condition of the rule found starts on
        while (rule.find()) {
            int group = rule.group(2) != null ? 2 : 7;
            first += count(text, counted, rule.start(group));
            counted = rule.start(group);
            String[] lines = rule.group(group).split("\n", -1);
            for (int i = 0; i < lines.length - 1; i++) {
                if (lines[i].trim().startsWith("-") && !unexpanded.contains(first + i)) {
                    merged[first + i] = true;
                }
            }
        }
        List<Integer> map = new ArrayList<>();
        map.add(0);
        for (int textLine = 1; textLine < authorLine.size(); textLine++) {
            if (!merged[textLine]) {
                map.add(authorLine.get(textLine));
            }
        }
        return new DslrLines(map.stream().mapToInt(Integer::intValue).toArray(),
                authorLine.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The author's line of a line of the expanded text (parser and compiler errors); others are unchanged. */
    int fromExpanded(int line) {
        return line >= 1 && line < expanded.length ? expanded[line] : line;
    }

    /** The author's line of a line the expander reports (its own errors); others are unchanged. */
    int fromExpander(int line) {
        return line >= 1 && line < uncommented.length ? uncommented[line] : line;
    }

    /** How many line breaks the text holds between the two positions. */
    static int count(CharSequence s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
