package org.clausemap.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Questions about an element's subtree that the walker asks before reading it. */
final class Structure {

    private Structure() {
    }

    /** True when any descendant is a block element: such an inline element is read as a container. */
    static boolean containsBlock(Element element) {
        for (Element child = element.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (BlockWalker.BLOCK_TAGS.contains(child.normalName()) || containsBlock(child)) {
                return true;
            }
        }
        return false;
    }

    /** True when the element holds visible text outside {@code skip}. */
    static boolean hasTextOutside(Element element, Element skip) {
        for (Node child : element.childNodes()) {
            if (child == skip) {
                continue;
            }
            if (child instanceof TextNode text && !text.isBlank()) {
                return true;
            }
            if (child instanceof Element inner && hasTextOutside(inner, skip)) {
                return true;
            }
        }
        return false;
    }

    /** A body of at most one plain paragraph: its heading heads one provision rather than labelling a section. */
    static boolean isSimple(Element body, Element skip) {
        int blocks = 0;
        for (Element child = body.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (child == skip) {
                continue;
            }
            boolean block = BlockWalker.BLOCK_TAGS.contains(child.normalName()) || containsBlock(child);
            if (!block) {
                continue;
            }
            String tag = child.normalName();
            if (++blocks > 1 || !(tag.equals("p") || tag.equals("div")) || containsBlock(child)) {
                return false;
            }
        }
        return true;
    }

    /** True for a nested table or a heading anywhere inside: a table used for layout, not for data. */
    static boolean holdsLayout(Element table) {
        for (Element child = table.firstElementChild(); child != null; child = child.nextElementSibling()) {
            String tag = child.normalName();
            if (tag.equals("table") || Boilerplate.isHeading(child) || holdsLayout(child)) {
                return true;
            }
        }
        return false;
    }
}
