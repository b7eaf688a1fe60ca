package org.clausemap.ingest;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Walks the selected part of a page once, in document order, and reports headings and candidate provisions to a
 * {@link BlockSink}. Inline content is gathered into runs; block elements split runs. Removed and boilerplate
 * elements are skipped, never deleted, so the page stays as parsed.
 */
final class BlockWalker {

    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol",
            "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption",
            "legend", "search");

    private final BlockSink sink;
    private final Selection selection;
    private final TableReader tables = new TableReader(this);
    private final ScopeReader scopes;
    private int content;
    private int sectioning;
    private int headings;
    private int lists;
    private ClauseNumber pendingNumber;
    private String pendingHeading;

    BlockWalker(BlockSink sink, Selection selection) {
        this.sink = sink;
        this.selection = selection;
        this.scopes = new ScopeReader(this, sink);
    }

    /** Reads one selected root. */
    void walk(Element root) {
        Boilerplate.Context above = Boilerplate.above(root);
        content = above.content();
        sectioning = above.sectioning();
        headings = above.inHeading() ? 1 : 0;
        lists = 0;
        for (Element parent = root.parent(); parent != null; parent = parent.parent()) {
            lists += isList(parent) ? 1 : 0;
        }
        enter(root);
    }

    /** What boilerplate removal makes of an element here; removed elements are dropped. */
    Boilerplate.Verdict judge(Element element) {
        if (selection.isRemoved(element)) {
            return Boilerplate.Verdict.DROP;
        }
        return Boilerplate.judge(element, new Boilerplate.Context(content, sectioning, headings > 0));
    }

    /** Reads a kept block element: tracks landmarks around the element's own handling. */
    void enter(Element element) {
        boolean main = Boilerplate.isMainContent(element);
        boolean section = Boilerplate.isSectioning(element);
        boolean outlined = isOutlineSection(element);
        content += main ? 1 : 0;
        sectioning += section ? 1 : 0;
        if (outlined) {
            sink.enterSection();
        }
        try {
            dispatch(element);
        } finally {
            content -= main ? 1 : 0;
            sectioning -= section ? 1 : 0;
            if (outlined) {
                sink.exitSection();
            }
        }
    }

    private void dispatch(Element element) {
        if (Boilerplate.isHeading(element)) {
            heading(element);
            return;
        }
        switch (element.normalName()) {
            case "hr" -> sink.rule();
            case "ul", "ol", "menu", "dir" -> scopes.list(element);
            case "li" -> scopes.listItem(element, null);
            case "table" -> tables.read(element);
            case "dl" -> scopes.definitions(element);
            case "details" -> scopes.details(element);
            case "br" -> {
            }
            default -> container(element, null);
        }
    }

    private void heading(Element element) {
        int level = element.normalName().charAt(1) - '0';
        sink.heading(level, flatten(element), element, takeNumber());
    }

    /** Reads a container's children: runs of inline content between block children. */
    void container(Element element, Element skip) {
        RunBuilder run = null;
        Node first = null;
        Node last = null;
        boolean sawBlock = false;
        boolean item = element.normalName().equals("li");
        for (Node child : element.childNodes()) {
            if (child == skip) {
                continue;
            }
            if (child instanceof TextNode text) {
                if (run == null && text.isBlank()) {
                    continue;
                }
                if (run == null) {
                    run = new RunBuilder();
                    first = child;
                }
                run.append(text.getWholeText());
                last = child;
            } else if (child instanceof Element inner) {
                Boilerplate.Verdict verdict = judge(inner);
                if (verdict == Boilerplate.Verdict.DROP) {
                    continue;
                }
                if (verdict == Boilerplate.Verdict.TOGGLE || isBlock(inner)) {
                    flush(run, element, first, last, false, false, item && !sawBlock);
                    run = null;
                    sawBlock = true;
                    if (verdict == Boilerplate.Verdict.TOGGLE) {
                        sink.pseudoHeading(flatten(inner));
                    } else {
                        enter(inner);
                    }
                    continue;
                }
                if (run == null) {
                    run = new RunBuilder();
                    first = child;
                } else {
                    run.seam();
                }
                inline(run, inner);
                last = child;
            }
        }
        boolean leaf = !sawBlock && (item || element.normalName().equals("dd"));
        flush(run, element, first, last, !sawBlock, leaf, false);
    }

    private void flush(RunBuilder run, Element container, Node first, Node last, boolean whole, boolean leaf,
                       boolean intro) {
        if (run == null || run.isEmpty()) {
            return;
        }
        var runs = run.buildSplit();
        for (Run piece : runs) {
            report(new Block(piece, container, first, last, whole && runs.size() == 1, lists > 0, takeNumber(),
                    takeHeading(), leaf, intro && piece == runs.get(runs.size() - 1)));
        }
    }

    /** Reports a block; used by the table reader for rows. */
    void report(Block block) {
        sink.block(block);
    }

    /** All visible text of an element as one run: headings, table cells, summaries. */
    Run flatten(Element element) {
        RunBuilder run = new RunBuilder();
        if (Boilerplate.isHeading(element)) {
            headings++;
            try {
                inline(run, element);
            } finally {
                headings--;
            }
        } else {
            inline(run, element);
        }
        return run.build();
    }

    private void inline(RunBuilder run, Element element) {
        String tag = element.normalName();
        if (tag.equals("br")) {
            run.lineBreak();
            return;
        }
        boolean bold = tag.equals("b") || tag.equals("strong")
                || (tag.equals("span") && element.attributesSize() > 0 && element.className().contains("bold"));
        boolean link = tag.equals("a");
        boolean block = BLOCK_TAGS.contains(tag);
        boolean heading = Boilerplate.isHeading(element);
        if (block) {
            run.space();
        }
        if (bold) {
            run.startBold();
        }
        if (link) {
            run.startLink();
        }
        headings += heading ? 1 : 0;
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                run.append(text.getWholeText());
            } else if (child instanceof Element inner && judge(inner) != Boilerplate.Verdict.DROP) {
                inline(run, inner);
            }
        }
        headings -= heading ? 1 : 0;
        if (link) {
            run.endLink();
        }
        if (bold) {
            run.endBold();
        }
        if (block) {
            run.space();
        }
    }

    private ClauseNumber takeNumber() {
        ClauseNumber number = pendingNumber;
        pendingNumber = null;
        return number;
    }

    String takeHeading() {
        String heading = pendingHeading;
        pendingHeading = null;
        return heading;
    }

    boolean inList() {
        return lists > 0;
    }

    /** Entering ({@code +1}) or leaving ({@code -1}) a list. */
    void nestList(int step) {
        lists += step;
    }

    /** The next block or heading read takes this number and heading (an ordered list's, a {@code <dt>}'s). */
    void expect(ClauseNumber number, String heading) {
        pendingNumber = number;
        pendingHeading = heading;
    }

    ClauseNumber takePendingNumber() {
        return takeNumber();
    }

    private static boolean isBlock(Element element) {
        return BLOCK_TAGS.contains(element.normalName()) || Structure.containsBlock(element);
    }

    private static boolean isOutlineSection(Element element) {
        String tag = element.normalName();
        return tag.equals("section") || tag.equals("article");
    }

    private static boolean isList(Element element) {
        String tag = element.normalName();
        return tag.equals("ul") || tag.equals("ol") || tag.equals("menu");
    }

}
