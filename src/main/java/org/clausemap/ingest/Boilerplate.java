package org.clausemap.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Generic boilerplate removal: what a reader of a terms page never counts as the terms. Scripts, styles, frames and
 * form controls always go; {@code header}/{@code footer} only when they are the page's banner or footer (not inside
 * an article, section, main, nav or aside); {@code nav} only outside {@code main}/{@code article}; {@code aside}
 * always; cookie and consent banners outside the main content. Collapsed content stays: {@code <details>},
 * accordions, {@code hidden}, {@code aria-hidden} and {@code display:none} panels are terms a reader can open.
 */
final class Boilerplate {

    /** What to do with an element. */
    enum Verdict {
        KEEP, DROP,
        /** An accordion toggle button: its text is a heading for the panel it opens. */
        TOGGLE
    }

    /** Where the walker stands: how many main-content and sectioning ancestors, and whether inside a heading. */
    record Context(int content, int sectioning, boolean inHeading) {
    }

    private static final Set<String> ALWAYS = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "select", "textarea", "input", "object", "embed", "canvas", "video", "audio", "head", "link", "meta",
            "datalist", "option");
    private static final List<String> BANNER_MARKS = List.of("cookie", "consent", "gdpr-banner", "onetrust");
    private static final Evaluator MAIN_CONTENT = QueryParser.parse("main, article, [role=main], h1");
    private static final Evaluator CONTROLS = QueryParser.parse("select, input, textarea, button");
    private static final Evaluator FORM_CONTENT = QueryParser.parse(
            "p, li, h1, h2, h3, h4, h5, h6, article, main, section, table");

    private Boilerplate() {
    }

    static Verdict judge(Element element, Context at) {
        String tag = element.normalName();
        if (ALWAYS.contains(tag)) {
            return Verdict.DROP;
        }
        switch (tag) {
            case "button":
                if (at.inHeading()) {
                    return Verdict.KEEP;
                }
                boolean toggle = element.hasAttr("aria-expanded") || element.hasAttr("aria-controls");
                return toggle ? Verdict.TOGGLE : Verdict.DROP;
            case "form":
                return element.selectFirst(FORM_CONTENT) != null ? Verdict.KEEP : Verdict.DROP;
            case "label":
                return element.selectFirst(CONTROLS) != null ? Verdict.DROP : Verdict.KEEP;
            case "header", "footer":
                return at.sectioning() == 0 ? Verdict.DROP : Verdict.KEEP;
            case "nav":
                return at.content() == 0 ? Verdict.DROP : Verdict.KEEP;
            case "aside":
                return Verdict.DROP;
            case "dialog":
                return outsideContent(element, at) ? Verdict.DROP : Verdict.KEEP;
            case "html", "body", "main", "article":
                return Verdict.KEEP;
            default:
                break;
        }
        return element.attributesSize() == 0 ? Verdict.KEEP : judgeAttributes(element, at);
    }

    private static Verdict judgeAttributes(Element element, Context at) {
        String role = element.attr("role");
        switch (role) {
            case "banner", "contentinfo", "navigation", "dialog", "alertdialog":
                return outsideContent(element, at) ? Verdict.DROP : Verdict.KEEP;
            case "complementary":
                return Verdict.DROP;
            default:
                break;
        }
        if (isBannerMarked(element)) {
            return outsideContent(element, at) ? Verdict.DROP : Verdict.KEEP;
        }
        return Verdict.KEEP;
    }

    private static boolean isBannerMarked(Element element) {
        return marked(element.id()) || marked(element.className()) || marked(element.attr("aria-label"));
    }

    private static boolean marked(String value) {
        if (value.isEmpty()) {
            return false;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        for (String mark : BANNER_MARKS) {
            if (lower.contains(mark)) {
                return true;
            }
        }
        return false;
    }

    /** Outside the main content, and not itself a wrapper around it (a cookie class on the app's root div). */
    private static boolean outsideContent(Element element, Context at) {
        return at.content() == 0 && element.selectFirst(MAIN_CONTENT) == null;
    }

    /** True for {@code main}, {@code article} and their ARIA roles: the main content. */
    static boolean isMainContent(Element element) {
        String tag = element.normalName();
        if (tag.equals("main") || tag.equals("article")) {
            return true;
        }
        String role = element.attributesSize() == 0 ? "" : element.attr("role");
        return role.equals("main") || role.equals("article");
    }

    /** True for the sectioning elements a {@code header} or {@code footer} can belong to instead of the page. */
    static boolean isSectioning(Element element) {
        return switch (element.normalName()) {
            case "article", "aside", "main", "nav", "section" -> true;
            default -> isMainContent(element);
        };
    }

    static boolean isHeading(Element element) {
        String tag = element.normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    /** The context just inside {@code element}'s parent: what its ancestors make of it. */
    static Context above(Element element) {
        int content = 0;
        int sectioning = 0;
        boolean inHeading = false;
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            content += isMainContent(parent) ? 1 : 0;
            sectioning += isSectioning(parent) ? 1 : 0;
            inHeading |= isHeading(parent);
        }
        return new Context(content, sectioning, inHeading);
    }
}
