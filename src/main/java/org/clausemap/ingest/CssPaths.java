package org.clausemap.ingest;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.TokenQueue;

/**
 * The same CSS path as jsoup's {@link Element#cssSelector()} ({@code #id} when unique, else
 * {@code parent > tag.class:nth-child(n)}), computed in linear time: jsoup's own version runs a selector query per
 * ancestor, which is quadratic over a page's provisions. Paths are memoised per element and always describe the
 * untouched parse (the reader never mutates the DOM).
 */
final class CssPaths {

    private final Document document;
    private final Map<Element, String> paths = new IdentityHashMap<>();
    private final Map<Element, Map<String, Integer>> alikeCounts = new IdentityHashMap<>();
    private Map<String, Integer> idCounts;

    CssPaths(Document document) {
        this.document = document;
    }

    String of(Element element) {
        String known = paths.get(element);
        if (known != null) {
            return known;
        }
        String path = uniqueId(element);
        if (path == null) {
            Element parent = element.parent();
            String component = component(element, parent);
            path = parent == null || parent instanceof Document ? component : of(parent) + " > " + component;
        }
        paths.put(element, path);
        return path;
    }

    private String uniqueId(Element element) {
        String id = element.id();
        if (id.isEmpty()) {
            return null;
        }
        return idCounts().getOrDefault(id, 0) == 1 ? "#" + TokenQueue.escapeCssIdentifier(id) : null;
    }

    private Map<String, Integer> idCounts() {
        if (idCounts == null) {
            idCounts = new HashMap<>();
            for (Element element : document.getAllElements()) {
                String id = element.id();
                if (!id.isEmpty()) {
                    idCounts.merge(id, 1, Integer::sum);
                }
            }
        }
        return idCounts;
    }

    private String component(Element element, Element parent) {
        StringBuilder out = new StringBuilder(TokenQueue.escapeCssIdentifier(element.tagName()).replace("\\:", "|"));
        Set<String> classes = element.classNames();
        for (String name : classes) {
            out.append('.').append(TokenQueue.escapeCssIdentifier(name));
        }
        if (parent != null && !(parent instanceof Document) && alike(element, parent, classes) > 1) {
            out.append(":nth-child(").append(element.elementSiblingIndex() + 1).append(')');
        }
        return out.toString();
    }

    /**
     * Children of {@code parent} that {@code tag.class.class} would match, as jsoup's selector does; counted once
     * per parent and class attribute, so a parent with thousands of children costs linear time.
     */
    private int alike(Element element, Element parent, Set<String> classes) {
        String key = element.normalName() + ' ' + element.className();
        Map<String, Integer> counts = alikeCounts.computeIfAbsent(parent, p -> new HashMap<>());
        Integer known = counts.get(key);
        if (known == null) {
            known = countAlike(element, parent, classes);
            counts.put(key, known);
        }
        return known;
    }

    private static int countAlike(Element element, Element parent, Set<String> classes) {
        int count = 0;
        String tag = element.normalName();
        for (Element sibling : parent.children()) {
            if (sibling.normalName().equals(tag) && hasAll(sibling, classes)) {
                count++;
            }
        }
        return count;
    }

    private static boolean hasAll(Element element, Set<String> classes) {
        for (String name : classes) {
            if (!element.hasClass(name)) {
                return false;
            }
        }
        return true;
    }
}
