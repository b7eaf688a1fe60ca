/**
 * Ingestion: turns a terms document (HTML, Markdown or plain text; from a file, a URL or a string) into the
 * immutable {@link org.clausemap.provision.Document} model. It knows nothing about law.
 *
 * <p>The public surface is small: {@link org.clausemap.ingest.SourceLoader} reads a file or URL into a
 * {@link org.clausemap.ingest.Source} (URLs through {@link org.clausemap.ingest.UrlFetcher}, which refuses private
 * addresses, caps sizes and follows redirects itself), and {@link org.clausemap.ingest.DocumentReader} reads a
 * {@code Source} into a {@code Document}. {@link org.clausemap.ingest.Selectors} carries Open Terms Archive style
 * {@code select} / {@code remove} CSS selectors. Every failure is an {@link org.clausemap.ingest.IngestException}
 * that says what went wrong and where.
 *
 * <h2>How a document is read</h2>
 * <ol>
 * <li><b>One extraction path.</b> HTML is parsed by jsoup with position tracking. Markdown is converted to HTML by
 * commonmark (GFM tables) and plain text to simple HTML paragraphs; both put the source line and offsets of each
 * block on its element as {@code data-src-*} attributes, and all three formats are read by the same walker.</li>
 * <li><b>The page is never mutated.</b> {@code remove} matches and boilerplate are skipped during the walk, not
 * deleted, so CSS paths describe the page as parsed ({@code CssPaths} gives what {@code Element.cssSelector()}
 * gives, memoised, in linear time).</li>
 * <li><b>Boilerplate.</b> Scripts, styles, frames and form controls go; {@code header}/{@code footer} only when they
 * are the page's (not inside article, section, main, nav or aside); {@code nav} only outside main/article;
 * {@code aside} always; cookie/consent banners and dialogs outside the main content. Collapsed content
 * ({@code <details>}, accordions, {@code hidden}, {@code aria-hidden}, {@code display:none}) is kept: an accordion's
 * toggle button becomes a heading for its panel.</li>
 * <li><b>One pass, an outline.</b> The walker reports headings and candidate blocks (paragraphs, list items, table
 * rows, definitions, details bodies) in document order; {@code ProvisionCollector} reads each as a clause (number,
 * bold or title-case lead-in heading, body) and places it in an {@code Outline} of open headings and numbered
 * clauses, which gives every provision its section path. {@code <hr>} closes everything.</li>
 * <li><b>Provisions.</b> The text is the clause body without its number and lead-in heading (both are fields).
 * Paragraphs over 600 characters are split into sentences by legal-aware rules; each sentence keeps the
 * paragraph's number, heading and location.</li>
 * </ol>
 *
 * <h2>Locations</h2>
 * HTML: the tracked line and offsets of the block's element (or of its first and last node when the block is part
 * of a larger element), and its CSS path. Markdown: the Markdown line and offsets of the block, and the CSS path of
 * the element in the HTML commonmark renders (stable for a given input). Plain text: line and offsets, no CSS path.
 */
package org.clausemap.ingest;
