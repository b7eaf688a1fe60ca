package org.clausemap.ingest;

import org.jsoup.nodes.Element;

/** What the DOM walker reports, in document order. */
interface BlockSink {

    /** A heading element; {@code implicit} is the ordered-list number of the item it opens, or null. */
    void heading(int level, Run run, Element element, ClauseNumber implicit);

    /** A candidate provision. */
    void block(Block block);

    /** A label for everything in the current scope: a {@code <summary>} over several blocks, a {@code <dt>}. */
    void label(Run run);

    /** An accordion toggle: a heading below the real ones. */
    void pseudoHeading(Run run);

    /** An {@code <hr>}: a section break. */
    void rule();

    /** A {@code <section>} or {@code <article>} starts. */
    void enterSection();

    /** The section or article ends. */
    void exitSection();

    /** A list item, {@code <details>} or {@code <dd>} starts. */
    void enterScope();

    /** The element that opened the current scope ends. */
    void exitScope();
}
