package org.clausemap.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * One candidate provision found by the walker: a paragraph, a list item's own text, a table row, a definition, a
 * details body; with what the markup says about it.
 *
 * @param run         its visible text
 * @param container   the element holding it (its CSS path and, when {@code whole}, its source range)
 * @param first       first node of the text, for the source range when the run is part of its container
 * @param last        last node of the text
 * @param whole       true when the run is all the container's content
 * @param inList      inside a list
 * @param implicit    the number an ordered list shows for it, or null
 * @param headingHint a heading given by the markup ({@code <dt>}, {@code <summary>}), or null
 * @param leaf        a list item with nothing nested under it
 * @param intro       a list item's own text with items nested under it: it labels them
 */
record Block(Run run, Element container, Node first, Node last, boolean whole, boolean inList, ClauseNumber implicit,
             String headingHint, boolean leaf, boolean intro) {
}
