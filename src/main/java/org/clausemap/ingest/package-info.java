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
 * <p>One extraction path: Markdown is converted to HTML (commonmark with GFM tables) and plain text to simple HTML
 * paragraphs; both carry their source lines and offsets as {@code data-src-*} attributes, and all three formats are
 * read by the same DOM walker. The DOM is never mutated: removed elements are skipped, so CSS paths are those of the
 * untouched parse.
 */
package org.clausemap.ingest;
