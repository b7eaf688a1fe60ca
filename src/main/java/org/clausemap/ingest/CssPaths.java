package org.clausemap.ingest;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
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
        return idCounts().getOrDefault(id, 0) == 1 ? "#" + escape(id) : null;
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
        StringBuilder out = new StringBuilder(escape(element.tagName()).replace("\\:", "|"));
        Set<String> classes = classNames(element.className());
        for (String name : classes) {
            out.append('.').append(escape(name));
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
        String attribute = element.className();
        for (Element sibling = parent.firstElementChild(); sibling != null; sibling = sibling.nextElementSibling()) {
            if (sibling.normalName().equals(tag)
                    && (classes.isEmpty() || sibling.className().equals(attribute) || hasAll(sibling, classes))) {
                count++;
            }
        }
        return count;
    }

    /** jsoup's CSS identifier escaping, skipped for the plain identifiers it would return unchanged. */
    private static String escape(String identifier) {
        return isPlain(identifier) ? identifier : TokenQueue.escapeCssIdentifier(identifier);
    }

    private static boolean isPlain(String identifier) {
        if (identifier.isEmpty() || !(Character.isLetter(identifier.charAt(0)) || identifier.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return Character.isLetter(identifier.charAt(0)) && identifier.charAt(0) < 0x80 || identifier.charAt(0) == '_';
    }

    /** The class names of a class attribute, in order, once each: what jsoup's {@code classNames()} gives. */
    private static Set<String> classNames(String attribute) {
        Set<String> names = new LinkedHashSet<>();
        int start = -1;
        for (int i = 0; i <= attribute.length(); i++) {
            boolean space = i == attribute.length() || Character.isWhitespace(attribute.charAt(i));
            if (space && start >= 0) {
                names.add(attribute.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return names;
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
