package org.clausemap.engine;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * Compiles spreadsheet decision tables ({@code .drl.csv}, {@code .drl.xlsx}, {@code .drl.xls}) to DRL, keeping for
 * each generated line the spreadsheet row it came from, so that compile errors point authors to a cell rather
 * than to a line of DRL they never wrote.
 */
final class DecisionTables {

    private static final Pattern ROW = Pattern.compile("^// rule values at ([A-Z]+\\d+)");

    private DecisionTables() {
    }

    /**
     * The DRL a table generates.
     *
     * @param drl   the generated rules
     * @param cells for each generated line that starts a rule, the first cell of its spreadsheet row
     * @param rules how many rules the table generates
     */
    record Generated(String drl, NavigableMap<Integer, String> cells, int rules) {

        /** The spreadsheet cell a generated line belongs to, or null before the first rule. */
        String cellOf(int line) {
            Map.Entry<Integer, String> e = cells.floorEntry(line);
            return e == null ? null : e.getValue();
        }
    }

    static Generated compile(String file, byte[] content) {
        InputType type = file.toLowerCase().endsWith(".csv") ? InputType.CSV : InputType.XLS;
        String drl;
        try {
            drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(content), type);
        } catch (RuntimeException e) {
            throw new RuleBuildException("decision table " + file + " cannot be read", List.of(RuleProblem.error(file,
                    0, 0, "not a readable decision table: " + message(e))));
        }
        NavigableMap<Integer, String> cells = new TreeMap<>();
        String[] lines = drl.split("\n", -1);
        int rules = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher m = ROW.matcher(lines[i].strip());
            if (m.find()) {
                cells.put(i + 1, m.group(1));
            }
            if (lines[i].startsWith("rule ")) {
                rules++;
            }
        }
        return new Generated(drl, cells, rules);
    }

    private static String message(RuntimeException e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.toString() : t.getMessage();
        return e.getMessage() != null && !e.getMessage().equals(m) ? e.getMessage() + ": " + m : m;
    }
}
