package org.clausemap.ingest;

import org.clausemap.provision.SourceLocation;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;

/**
 * Where a block stands in its source. HTML: the tracked source range of the parse. Markdown and plain text: the
 * {@code data-src-*} attributes the converters put on each block, which hold source lines and offsets.
 */
final class Locator {

    static final String LINE = "data-src-line";
    static final String START = "data-src-start";
    static final String END = "data-src-end";

    private final CssPaths cssPaths;
    private final boolean fromAttributes;

    /**
     * @param cssPaths       CSS paths to give, or null for none (plain text, whose HTML is only an internal form)
     * @param fromAttributes read positions from {@code data-src-*} attributes instead of the tracked parse
     */
    Locator(CssPaths cssPaths, boolean fromAttributes) {
        this.cssPaths = cssPaths;
        this.fromAttributes = fromAttributes;
    }

    SourceLocation locate(Block block) {
        String path = cssPaths == null ? null : cssPaths.of(block.container());
        if (fromAttributes) {
            return fromAttributes(block.container(), path);
        }
        Range.Position start;
        int end;
        if (block.whole() || block.first() == null) {
            start = block.container().sourceRange().start();
            end = endOf(block.container());
        } else {
            start = block.first().sourceRange().start();
            end = endOf(block.last());
        }
        if (!start.isTracked()) {
            return new SourceLocation(-1, -1, -1, path);
        }
        return new SourceLocation(start.lineNumber(), start.pos(), end, path);
    }

    private static int endOf(Node node) {
        if (node instanceof Element element) {
            Range close = element.endSourceRange();
            if (close.isTracked()) {
                return close.end().pos();
            }
        }
        Range range = node.sourceRange();
        return range.isTracked() ? range.end().pos() : -1;
    }

    private static SourceLocation fromAttributes(Element element, String path) {
        for (Element at = element; at != null; at = at.parent()) {
            if (at.hasAttr(LINE)) {
                return new SourceLocation(number(at, LINE), number(at, START), number(at, END), path);
            }
        }
        return new SourceLocation(-1, -1, -1, path);
    }

    private static int number(Element element, String attribute) {
        try {
            return Integer.parseInt(element.attr(attribute));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
