package org.clausemap.archive.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.clausemap.analysis.ProvisionResult;

/**
 * Clauses: the provisions that share a structured clause number ({@code 50.12.6}) in corresponding sections, or,
 * for provisions without one, the same section path, read together. A clause is often cut into sentences in one
 * version and not in the other, so a category that moves from one sentence of a clause to another has not appeared
 * or disappeared: comparisons check what the clause on the other side says before calling something new or gone.
 */
final class Clauses {

    private static final Pattern STRUCTURED = Pattern.compile("\\d+(?:\\.\\d+)*");

    private final List<ProvisionResult> older;
    private final List<ProvisionResult> newer;
    private final Map<String, Facts> olderFacts;
    private final Map<String, Facts> newerFacts;
    private final Sections sections;
    private final Map<String, List<Integer>> olderByNumber;
    private final Map<String, List<Integer>> newerByNumber;
    private final Map<List<String>, List<Integer>> olderByPath;
    private final Map<List<String>, List<Integer>> newerByPath;

    Clauses(List<ProvisionResult> older, List<ProvisionResult> newer, Map<String, Facts> olderFacts,
            Map<String, Facts> newerFacts, Sections sections) {
        this.older = older;
        this.newer = newer;
        this.olderFacts = olderFacts;
        this.newerFacts = newerFacts;
        this.sections = sections;
        this.olderByNumber = byNumber(older);
        this.newerByNumber = byNumber(newer);
        this.olderByPath = byPath(older);
        this.newerByPath = byPath(newer);
    }

    /** What the older version's clause (or clauses) of this pair say, the older provision included. */
    Facts olderSide(ProvisionResult o, ProvisionResult n, Facts own) {
        Facts out = own;
        for (String number : numbers(o, n)) {
            for (int k : olderByNumber.getOrDefault(number, List.of())) {
                ProvisionResult p = older.get(k);
                String section = Sections.key(p);
                if ((o != null && section.equals(Sections.key(o)))
                        || (n != null && sections.correspond(section, Sections.key(n)))) {
                    out = out.with(olderFacts.getOrDefault(p.id(), Facts.NONE));
                }
            }
        }
        for (List<String> path : paths(o, n)) {
            for (int k : olderByPath.getOrDefault(path, List.of())) {
                out = out.with(olderFacts.getOrDefault(older.get(k).id(), Facts.NONE));
            }
        }
        return out;
    }

    /** What the newer version's clause (or clauses) of this pair say, the newer provision included. */
    Facts newerSide(ProvisionResult o, ProvisionResult n, Facts own) {
        Facts out = own;
        for (String number : numbers(o, n)) {
            for (int k : newerByNumber.getOrDefault(number, List.of())) {
                ProvisionResult p = newer.get(k);
                String section = Sections.key(p);
                if ((n != null && section.equals(Sections.key(n)))
                        || (o != null && sections.correspond(Sections.key(o), section))) {
                    out = out.with(newerFacts.getOrDefault(p.id(), Facts.NONE));
                }
            }
        }
        for (List<String> path : paths(o, n)) {
            for (int k : newerByPath.getOrDefault(path, List.of())) {
                out = out.with(newerFacts.getOrDefault(newer.get(k).id(), Facts.NONE));
            }
        }
        return out;
    }

    private static Set<String> numbers(ProvisionResult o, ProvisionResult n) {
        Set<String> numbers = new LinkedHashSet<>();
        for (ProvisionResult p : new ProvisionResult[] {o, n}) {
            if (p != null && structured(p)) {
                numbers.add(p.number());
            }
        }
        return numbers;
    }

    /** The section paths of the pair's provisions that have no structured number (and a path). */
    private static Set<List<String>> paths(ProvisionResult o, ProvisionResult n) {
        Set<List<String>> paths = new LinkedHashSet<>();
        for (ProvisionResult p : new ProvisionResult[] {o, n}) {
            if (p != null && !structured(p) && !p.sectionPath().isEmpty()) {
                paths.add(p.sectionPath());
            }
        }
        return paths;
    }

    private static boolean structured(ProvisionResult p) {
        return p.number() != null && STRUCTURED.matcher(p.number()).matches();
    }

    private static Map<List<String>, List<Integer>> byPath(List<ProvisionResult> provisions) {
        Map<List<String>, List<Integer>> out = new HashMap<>();
        for (int k = 0; k < provisions.size(); k++) {
            ProvisionResult p = provisions.get(k);
            if (!structured(p) && !p.sectionPath().isEmpty()) {
                out.computeIfAbsent(p.sectionPath(), x -> new ArrayList<>()).add(k);
            }
        }
        return out;
    }

    private static Map<String, List<Integer>> byNumber(List<ProvisionResult> provisions) {
        Map<String, List<Integer>> out = new HashMap<>();
        for (int k = 0; k < provisions.size(); k++) {
            String number = provisions.get(k).number();
            if (number != null && STRUCTURED.matcher(number).matches()) {
                out.computeIfAbsent(number, x -> new ArrayList<>()).add(k);
            }
        }
        return out;
    }
}
