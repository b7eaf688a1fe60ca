package org.clausemap.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Reads tables: each data row is one candidate provision, its cells joined with {@code " | "}; a header row (only
 * {@code <th>} cells) is skipped. A table used for layout (nested tables or headings inside, one cell, or
 * {@code role=presentation}) is read cell by cell as ordinary content.
 */
final class TableReader {

    private final BlockWalker walker;

    TableReader(BlockWalker walker) {
        this.walker = walker;
    }

    void read(Element table) {
        List<Element> rows = rows(table);
        if (isLayout(table, rows)) {
            for (Element row : rows) {
                for (Element cell = row.firstElementChild(); cell != null; cell = cell.nextElementSibling()) {
                    if (walker.judge(cell) != Boilerplate.Verdict.DROP) {
                        walker.enter(cell);
                    }
                }
            }
            return;
        }
        for (Element row : rows) {
            row(row);
        }
    }

    private void row(Element row) {
        StringBuilder joined = new StringBuilder();
        int letters = 0;
        int linkLetters = 0;
        boolean onlyHeaders = true;
        for (Element cell = row.firstElementChild(); cell != null; cell = cell.nextElementSibling()) {
            if (!isCell(cell) || walker.judge(cell) == Boilerplate.Verdict.DROP) {
                continue;
            }
            Run text = walker.flatten(cell);
            if (text.isEmpty()) {
                continue;
            }
            if (!joined.isEmpty()) {
                joined.append(" | ");
            }
            joined.append(text.text());
            letters += text.letters();
            linkLetters += text.linkLetters();
            onlyHeaders &= cell.normalName().equals("th");
        }
        if (joined.isEmpty() || onlyHeaders) {
            return;
        }
        Run run = new Run(joined.toString(), List.of(), letters, linkLetters);
        walker.report(new Block(run, row, null, null, true, walker.inList(), walker.takePendingNumber(), null, true,
                false));
    }

    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child = table.firstElementChild(); child != null; child = child.nextElementSibling()) {
            switch (child.normalName()) {
                case "tr" -> rows.add(child);
                case "thead", "tbody", "tfoot" -> {
                    for (Element row = child.firstElementChild(); row != null; row = row.nextElementSibling()) {
                        if (row.normalName().equals("tr")) {
                            rows.add(row);
                        }
                    }
                }
                default -> {
                }
            }
        }
        return rows;
    }

    private static boolean isLayout(Element table, List<Element> rows) {
        String role = table.attr("role");
        if (role.equals("presentation") || role.equals("none")) {
            return true;
        }
        if (rows.size() == 1 && cells(rows.get(0)) == 1) {
            return true;
        }
        return Structure.holdsLayout(table);
    }

    private static int cells(Element row) {
        int count = 0;
        for (Element cell = row.firstElementChild(); cell != null; cell = cell.nextElementSibling()) {
            count += isCell(cell) ? 1 : 0;
        }
        return count;
    }

    private static boolean isCell(Element element) {
        return element.normalName().equals("td") || element.normalName().equals("th");
    }
}
