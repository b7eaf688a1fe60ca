package org.clausemap.provision;

/**
 * Where a provision stands in its source.
 *
 * @param line        1-based line of the source where the provision starts (for HTML: the line of its element)
 * @param startOffset 0-based character offset of the start in the source text, or -1 when unknown
 * @param endOffset   0-based character offset just past the end, or -1 when unknown
 * @param cssPath     CSS selector path of the element holding the provision (HTML and converted Markdown), or null
 */
public record SourceLocation(int line, int startOffset, int endOffset, String cssPath) {
}
