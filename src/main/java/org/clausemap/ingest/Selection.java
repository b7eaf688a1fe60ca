package org.clausemap.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * Applies {@link Selectors} to a parsed page without touching it: the roots to read (the {@code select} matches, in
 * document order, outermost only) and the set of elements to skip ({@code remove} matches). A selector that is not
 * valid CSS or matches nothing is an {@link IngestException} naming it.
 */
final class Selection {

    private final List<Element> roots;
    private final Set<Element> removed;

    private Selection(List<Element> roots, Set<Element> removed) {
        this.roots = roots;
        this.removed = removed;
    }

    static Selection resolve(Document page, Selectors selectors, String source) {
        Set<Element> removed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String css : selectors.remove()) {
            Elements matched = matchOrFail(page, css, "remove", source);
            removed.addAll(matched);
        }
        if (selectors.select().isEmpty()) {
            Element body = page.body();
            return new Selection(List.of(body != null ? body : page), removed);
        }
        List<Element> matched = new ArrayList<>();
        for (String css : selectors.select()) {
            matched.addAll(matchOrFail(page, css, "select", source));
        }
        List<Element> ordered = selectors.select().size() == 1 ? matched : inDocumentOrder(page, matched);
        List<Element> roots = outermostKept(ordered, removed);
        if (roots.isEmpty()) {
            throw new IngestException("Selectors " + selectors.select() + " in select matched only elements that "
                    + selectors.remove() + " in remove removes, in " + source);
        }
        return new Selection(roots, removed);
    }

    List<Element> roots() {
        return roots;
    }

    boolean isRemoved(Element element) {
        return removed.contains(element);
    }

    private static Elements matchOrFail(Document page, String css, String field, String source) {
        Evaluator evaluator = parse(css, field, source);
        Elements matched = Selector.select(evaluator, page);
        if (matched.isEmpty()) {
            throw new IngestException("Selector '" + css + "' in " + field + " matched nothing in " + source
                    + ": the page has changed or the declaration is wrong");
        }
        return matched;
    }

    private static Evaluator parse(String css, String field, String source) {
        if (css == null || css.isBlank()) {
            throw new IngestException("Empty selector in " + field + " for " + source);
        }
        try {
            return QueryParser.parse(css);
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            throw new IngestException("Invalid CSS selector '" + css + "' in " + field + " for " + source + ": "
                    + e.getMessage(), e);
        }
    }

    private static List<Element> inDocumentOrder(Document page, List<Element> matched) {
        Set<Element> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
        wanted.addAll(matched);
        List<Element> ordered = new ArrayList<>(wanted.size());
        for (Element element : page.getAllElements()) {
            if (wanted.contains(element)) {
                ordered.add(element);
            }
        }
        return ordered;
    }

    /**
     * Drops matches nested in other matches and matches inside removed elements. Matches inside generic boilerplate
     * (a {@code div} in the page header when {@code select} is {@code div}) go too, unless nothing else is left: then
     * the declaration points into the boilerplate on purpose.
     */
    private static List<Element> outermostKept(List<Element> ordered, Set<Element> removed) {
        Set<Element> selected = Collections.newSetFromMap(new IdentityHashMap<>());
        selected.addAll(ordered);
        List<Element> kept = new ArrayList<>();
        List<Element> inBoilerplate = new ArrayList<>();
        for (Element element : ordered) {
            if (removed.contains(element) || hasAncestorIn(element, selected) || hasAncestorIn(element, removed)) {
                continue;
            }
            (insideBoilerplate(element) ? inBoilerplate : kept).add(element);
        }
        return kept.isEmpty() ? inBoilerplate : kept;
    }

    private static boolean hasAncestorIn(Element element, Set<Element> set) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (set.contains(parent)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideBoilerplate(Element element) {
        List<Element> ancestors = new ArrayList<>();
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            ancestors.add(parent);
        }
        Collections.reverse(ancestors);
        for (Element ancestor : ancestors) {
            if (Boilerplate.judge(ancestor, Boilerplate.above(ancestor)) == Boilerplate.Verdict.DROP) {
                return true;
            }
        }
        return false;
    }
}
