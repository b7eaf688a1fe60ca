package org.clausemap.ingest;

import org.jsoup.nodes.Element;

/**
 * Reads the elements that open a scope in the outline: list items (numbered as their ordered list shows them),
 * definition lists ({@code <dt>} heads its {@code <dd>}) and {@code <details>} ({@code <summary>} heads its body).
 * A heading heads the one provision of a simple body, or labels every block of a structured one.
 */
final class ScopeReader {

    private final BlockWalker walker;
    private final BlockSink sink;

    ScopeReader(BlockWalker walker, BlockSink sink) {
        this.walker = walker;
        this.sink = sink;
    }

    void list(Element list) {
        boolean ordered = list.normalName().equals("ol");
        int position = ordered ? parseInt(list.attr("start"), 1) : 0;
        String type = list.attr("type");
        walker.nestList(1);
        try {
            for (Element child = list.firstElementChild(); child != null; child = child.nextElementSibling()) {
                if (walker.judge(child) == Boilerplate.Verdict.DROP) {
                    continue;
                }
                if (child.normalName().equals("li")) {
                    position = child.hasAttr("value") ? parseInt(child.attr("value"), position) : position;
                    listItem(child, ordered ? ListNumbering.position(position, type) : null);
                    position++;
                } else {
                    walker.enter(child);
                }
            }
        } finally {
            walker.nestList(-1);
        }
    }

    void listItem(Element item, ClauseNumber implicit) {
        sink.enterScope();
        walker.expect(implicit, null);
        try {
            walker.container(item, null);
        } finally {
            walker.expect(null, null);
            sink.exitScope();
        }
    }

    void definitions(Element list) {
        String term = null;
        for (Element child = list.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (walker.judge(child) == Boilerplate.Verdict.DROP) {
                continue;
            }
            switch (child.normalName()) {
                case "dt" -> term = walker.flatten(child).text();
                case "dd" -> scoped(child, null, term);
                case "div" -> definitions(child);
                default -> walker.enter(child);
            }
        }
    }

    void details(Element details) {
        Element summary = null;
        for (Element child = details.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (child.normalName().equals("summary")) {
                summary = child;
                break;
            }
        }
        if (summary == null) {
            scoped(details, null, null);
            return;
        }
        Run title = walker.flatten(summary);
        if (!Structure.hasTextOutside(details, summary)) {
            sink.enterScope();
            walker.report(new Block(title, summary, null, null, true, walker.inList(), walker.takePendingNumber(),
                    null, true, false));
            sink.exitScope();
            return;
        }
        scoped(details, summary, title.text());
    }

    /**
     * Reads a {@code <dd>} or {@code <details>} body in its own scope. Its heading (the {@code <dt>} or
     * {@code <summary>}) heads the one provision of a simple body, or labels every block of a structured one.
     */
    private void scoped(Element body, Element skip, String heading) {
        sink.enterScope();
        try {
            if (heading != null && !heading.isEmpty() && !Structure.isSimple(body, skip)) {
                sink.label(Run.of(heading));
            } else {
                walker.expect(walker.takePendingNumber(), heading);
            }
            walker.container(body, skip);
        } finally {
            walker.takeHeading();
            sink.exitScope();
        }
    }

    private static int parseInt(String value, int fallback) {
        try {
            return value.isBlank() ? fallback : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
