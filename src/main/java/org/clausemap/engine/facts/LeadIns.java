package org.clausemap.engine.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.clausemap.provision.Provision;

/**
 * The lead-ins of list items on extracted documents: a provision ending with a colon ("We reserve the right, without
 * notice, to:") introduces the list that follows it, and each item of that list ("suspend your account;") takes its
 * legal force from it. Read from the provisions' CSS paths, which describe the untouched parse: the lead-in is the
 * provision just before the list's first item, the list is a child of the element that holds the lead-in or of one
 * of its ancestors, and the lead-in itself is not inside that list. A nested list keeps the lead-ins of the lists
 * around it, outermost first (at most {@value #MAX}). Provisions without a CSS path (plain text, sentence corpora) and
 * lists reached only through an element id (a path starting at {@code #id} inside the list) get none: the structure
 * is not known there.
 * <p>
 * The same walk gives the other direction ({@link Walk#items}): the provisions of the list a lead-in opens, nested
 * items included, so that a lead-in can read what its items say.
 */
final class LeadIns {

    static final int MAX = 3;
    private static final Set<String> LISTS = Set.of("ul", "ol", "menu", "dir");

    /** An open list: the path components up to and including the list element, its lead-in and that one's index. */
    private record OpenList(List<String> prefix, String leadIn, int leadInIndex) {
    }

    /**
     * Per provision, in order: the lead-ins of the lists it is an item of (outermost first; empty for a provision in
     * no introduced list), and the indexes of the provisions in the list it introduces as a lead-in (in document
     * order, items of nested lists included; empty for a provision that introduces no list).
     */
    record Walk(List<List<String>> leadIns, List<List<Integer>> items) {
    }

    private LeadIns() {
    }

    static Walk walk(List<Provision> provisions) {
        List<List<String>> out = new ArrayList<>(provisions.size());
        List<List<Integer>> items = new ArrayList<>(provisions.size());
        for (int i = 0; i < provisions.size(); i++) {
            items.add(new ArrayList<>());
        }
        List<OpenList> open = new ArrayList<>();
        List<String> previous = null;
        String previousText = null;
        List<String> previousSection = null;
        for (int index = 0; index < provisions.size(); index++) {
            Provision p = provisions.get(index);
            List<String> path = components(p.location() == null ? null : p.location().cssPath());
            if (path == null) {
                open.clear();
            } else {
                open.removeIf(list -> !startsWith(path, list.prefix()));
                OpenList introduced = introduced(previous, previousText, previousSection, path, p, index - 1);
                if (introduced != null) {
                    open.add(introduced);
                }
            }
            List<String> leadIns = new ArrayList<>();
            for (OpenList list : open) {
                leadIns.add(list.leadIn());
                items.get(list.leadInIndex()).add(index);
            }
            out.add(List.copyOf(leadIns.subList(Math.max(0, leadIns.size() - MAX), leadIns.size())));
            previous = path;
            previousText = p.text();
            previousSection = p.sectionPath();
        }
        return new Walk(out, items.stream().map(List::copyOf).toList());
    }

    /** The list the provision opens as its first item, introduced by the provision before it; or null. */
    private static OpenList introduced(List<String> before, String beforeText, List<String> beforeSection,
                                       List<String> path, Provision item, int beforeIndex) {
        if (before == null || !endsWithColon(beforeText) || !startsWith(item.sectionPath(), beforeSection)) {
            return null;
        }
        int common = 0;
        while (common < before.size() && common < path.size() && before.get(common).equals(path.get(common))) {
            common++;
        }
        if (common == 0 || common >= path.size() || !LISTS.contains(tag(path.get(common)))) {
            return null;
        }
        for (int i = common; i < before.size(); i++) {
            if (LISTS.contains(tag(before.get(i))) || tag(before.get(i)).equals("li")) {
                return null;
            }
        }
        return new OpenList(List.copyOf(path.subList(0, common + 1)), beforeText.strip(), beforeIndex);
    }

    private static boolean endsWithColon(String text) {
        String s = text == null ? "" : text.strip();
        return s.endsWith(":") || s.endsWith(":\"") || s.endsWith(":\u201D");
    }

    private static List<String> components(String cssPath) {
        if (cssPath == null || cssPath.isBlank()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int at = cssPath.indexOf(" > "); at >= 0; at = cssPath.indexOf(" > ", from)) {
            out.add(cssPath.substring(from, at));
            from = at + 3;
        }
        out.add(cssPath.substring(from));
        while (out.size() > 1 && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1); // as String.split: no trailing empty components
        }
        return out;
    }

    /** The tag of a path component ({@code li.item:nth-child(2)} is {@code li}); empty for an {@code #id}. */
    private static String tag(String component) {
        int end = 0;
        while (end < component.length() && component.charAt(end) != '.' && component.charAt(end) != ':'
                && component.charAt(end) != '#') {
            end++;
        }
        return component.substring(0, end);
    }

    private static <T> boolean startsWith(List<T> list, List<T> prefix) {
        return list.size() >= prefix.size() && list.subList(0, prefix.size()).equals(prefix);
    }
}
