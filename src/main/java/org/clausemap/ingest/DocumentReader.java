package org.clausemap.ingest;

import org.clausemap.provision.Document;
import org.clausemap.provision.SourceFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a {@link Source} into a {@link Document}: parses it (Markdown and plain text through HTML), applies the
 * selectors and boilerplate removal, walks the page once building the section tree from headings and clause numbers,
 * and returns the provisions with ids, hashes and source locations.
 *
 * <p>Locations: HTML provisions carry the tracked line and offsets of their element and its CSS path in the page.
 * Markdown provisions carry the Markdown line and offsets of their block, and the CSS path of the element in the
 * HTML commonmark renders from it. Plain-text provisions carry their line and offsets, and no CSS path.
 * Sentences split from one paragraph share the paragraph's location.
 */
public final class DocumentReader {

    public Document read(Source source) {
        SourceFormat format = source.format() != null ? source.format()
                : FormatDetector.detect(source.name(), source.content());
        org.jsoup.nodes.Document page = parse(source, format);
        Selection selection = Selection.resolve(page, source.selectors(), source.name());
        CssPaths paths = format == SourceFormat.TEXT ? null : new CssPaths(page);
        ProvisionCollector collector = new ProvisionCollector(new Locator(paths, format != SourceFormat.HTML));
        BlockWalker walker = new BlockWalker(collector, selection);
        for (Element root : selection.roots()) {
            walker.walk(root);
        }
        return new Document(title(collector, page, source), source.name(), collector.documentSha256(), format,
                collector.provisions());
    }

    private static org.jsoup.nodes.Document parse(Source source, SourceFormat format) {
        String base = isUrl(source.name()) ? source.name() : "";
        return switch (format) {
            case HTML -> Jsoup.parse(source.content(), base, Parser.htmlParser().setTrackPosition(true));
            case MARKDOWN -> MarkdownConverter.toHtml(source.content(), base);
            case TEXT -> PlainTextConverter.toHtml(source.content(), base);
        };
    }

    private static String title(ProvisionCollector collector, org.jsoup.nodes.Document page, Source source) {
        if (collector.firstH1() != null) {
            return collector.firstH1();
        }
        String title = Texts.collapse(page.title());
        return title.isEmpty() ? source.name() : title;
    }

    private static boolean isUrl(String name) {
        return name.startsWith("http://") || name.startsWith("https://");
    }
}
