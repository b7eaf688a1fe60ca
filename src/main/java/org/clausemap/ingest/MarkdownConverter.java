package org.clausemap.ingest;

import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Converts Markdown to HTML with commonmark (GFM tables included) so it is read by the same extractor as HTML.
 * Every rendered block element carries its Markdown source line and offsets as {@code data-src-line},
 * {@code data-src-start} and {@code data-src-end}: provisions point at the Markdown, not at the generated HTML.
 */
final class MarkdownConverter {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    private MarkdownConverter() {
    }

    static Document toHtml(String markdown, String baseUri) {
        Node document = PARSER.parse(markdown);
        StringBuilder html = new StringBuilder(markdown.length() + markdown.length() / 2);
        HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .attributeProviderFactory(context -> new SourceSpanAttributes(markdown))
                .build()
                .render(document, html);
        return Jsoup.parse(html.toString(), baseUri);
    }

    /**
     * Puts a block's source line (1-based) and offsets on the element rendered for it, and on an ordered list item
     * the number written in the source as its {@code value}: commonmark numbers items from the list's start, so
     * {@code 1.} after a blank line would otherwise show as the next number of the list before it.
     */
    private static final class SourceSpanAttributes implements AttributeProvider {

        private final String markdown;

        SourceSpanAttributes(String markdown) {
            this.markdown = markdown;
        }

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty()) {
                return;
            }
            SourceSpan first = spans.get(0);
            SourceSpan last = spans.get(spans.size() - 1);
            attributes.put(Locator.LINE, Integer.toString(first.getLineIndex() + 1));
            attributes.put(Locator.START, Integer.toString(first.getInputIndex()));
            attributes.put(Locator.END, Integer.toString(last.getInputIndex() + last.getLength()));
            if (node instanceof ListItem && node.getParent() instanceof OrderedList) {
                String written = writtenNumber(first.getInputIndex());
                if (written != null) {
                    attributes.put("value", written);
                }
            }
        }

        private String writtenNumber(int at) {
            int i = at;
            while (i < markdown.length() && (markdown.charAt(i) == ' ' || markdown.charAt(i) == '\t')) {
                i++;
            }
            int start = i;
            while (i < markdown.length() && i - start < 9 && Character.isDigit(markdown.charAt(i))) {
                i++;
            }
            return i > start ? markdown.substring(start, i) : null;
        }
    }
}
