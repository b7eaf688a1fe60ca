package org.clausemap.archive.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.clausemap.analysis.ProvisionResult;

/**
 * One plain sentence per material change, built from the change's data: category and framework names come from
 * the rule set and the regulations, scores from the analyses. For example: "New competing-model restriction in
 * §50.5: engages US Copyright Act (42), …"; "Training opt-out removed from §2.2"; "Risk under General Data
 * Protection Regulation rose from 32 to 54 in §2.2".
 */
final class Sentences {

    static final int LISTED_FRAMEWORKS = 4;

    private final Names names;
    private final int threshold;
    private final String unchangedWording;

    /**
     * @param mitigationsGone mitigation categories the older document had and the newer one lacks
     * @param mitigationsNew  mitigation categories only the newer document has
     */
    Sentences(Names names, int threshold, List<String> mitigationsGone, List<String> mitigationsNew) {
        this.names = names;
        this.threshold = threshold;
        StringBuilder note = new StringBuilder("wording unchanged");
        if (!mitigationsGone.isEmpty()) {
            note.append("; the document no longer has any ").append(categoryNames(mitigationsGone));
        }
        if (!mitigationsNew.isEmpty()) {
            note.append("; the document now has ").append(categoryNames(mitigationsNew));
        }
        this.unchangedWording = note.toString();
    }

    /** The sentence of a material change; its parts joined by semicolons. */
    String of(ChangeKind kind, ProvisionResult older, ProvisionResult newer, List<CategoryChange> categories,
              List<TermChange> terms, List<FrameworkDelta> frameworks, Sides sides, boolean reworded) {
        String label = label(older, newer);
        List<String> appeared = ids(categories, Direction.APPEARED);
        List<String> disappeared = ids(categories, Direction.DISAPPEARED);
        List<String> parts = new ArrayList<>();
        if (!appeared.isEmpty()) {
            parts.add("new " + categoryNames(appeared) + " in " + label
                    + engaged(": engages ", scores(sides.after(), appeared), ""));
        }
        if (!disappeared.isEmpty()) {
            parts.add(categoryNames(disappeared) + " removed from " + label
                    + engaged(" (it engaged ", scores(sides.before(), disappeared), ")"));
        }
        if (!terms.isEmpty()) {
            parts.add(terms(terms, sides.after().categories().isEmpty() ? sides.before() : sides.after(), label));
        }
        parts.addAll(frameworks(kind, label, frameworks, explained(sides, appeared, disappeared), sides, reworded));
        String sentence = String.join("; ", parts);
        return sentence.isEmpty() ? null : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".";
    }

    /** {@code §50.12.6}, with the older number when it changed: {@code §50.12.6 (was §50.12.5)}. */
    static String label(ProvisionResult older, ProvisionResult newer) {
        if (newer == null) {
            return label(older);
        }
        if (older == null || older.number() == null || Objects.equals(older.number(), newer.number())) {
            return label(newer);
        }
        return label(newer) + " (was " + label(older) + ")";
    }

    /**
     * How a provision is referred to: its number ({@code §50.5}; a list item's with its section: {@code item (a) of
     * “54. Amazon Connect”}), else its heading, else its section, else its id.
     */
    static String label(ProvisionResult p) {
        String number = p.number();
        String section = p.sectionPath().isEmpty() ? null : p.sectionPath().get(p.sectionPath().size() - 1);
        if (number != null && !number.isBlank()) {
            if (number.indexOf('.') < 0 && section != null && !section.startsWith(number)) {
                return "item " + number + " of \u201C" + section + "\u201D";
            }
            return "\u00A7" + number;
        }
        if (p.heading() != null && !p.heading().isBlank()) {
            return "\u201C" + p.heading() + "\u201D";
        }
        return section != null ? "the section \u201C" + section + "\u201D" : "provision " + p.id();
    }

    /** Frameworks whose engagement follows from the categories that appeared or disappeared. */
    private static Set<String> explained(Sides sides, List<String> appeared, List<String> disappeared) {
        Set<String> explained = new TreeSet<>();
        appeared.forEach(c -> explained.addAll(sides.after().byCategory().getOrDefault(c, Map.of()).keySet()));
        disappeared.forEach(c -> explained.addAll(sides.before().byCategory().getOrDefault(c, Map.of()).keySet()));
        return explained;
    }

    /** Frameworks newly engaged or no longer engaged for other reasons, and scores that moved by the threshold. */
    private List<String> frameworks(ChangeKind kind, String label, List<FrameworkDelta> frameworks,
                                    Set<String> explained, Sides sides, boolean reworded) {
        List<String> engagedNow = new ArrayList<>();
        List<String> engagedNoMore = new ArrayList<>();
        List<String> moves = new ArrayList<>();
        for (FrameworkDelta f : frameworks) {
            String id = f.framework();
            String name = names.frameworkShort(id);
            if (f.engaged()) {
                if (!explained.contains(id) && !sides.olderClause().frameworks().containsKey(id)) {
                    engagedNow.add(name + " (" + f.newer() + ")");
                }
            } else if (f.disengaged()) {
                if (!explained.contains(id) && !sides.newerClause().frameworks().containsKey(id)) {
                    engagedNoMore.add(name);
                }
            } else if (Math.abs(f.delta()) >= threshold) {
                moves.add("under " + name + (f.delta() > 0 ? " rose" : " fell") + " from " + f.older() + " to "
                        + f.newer());
            }
        }
        List<String> parts = new ArrayList<>();
        if (!engagedNow.isEmpty()) {
            parts.add(label + " now engages " + String.join(", ", engagedNow));
        }
        if (!engagedNoMore.isEmpty()) {
            parts.add(label + " no longer engages " + String.join(", ", engagedNoMore));
        }
        if (!moves.isEmpty()) {
            String why = reworded ? "" : kind == ChangeKind.MOVED ? " (moved, " + unchangedWording + ")"
                    : " (" + unchangedWording + ")";
            parts.add("risk " + String.join(" and ", moves) + " in " + label + why);
        }
        return parts;
    }

    /** {@code competing-model restriction in §50.5 is now qualified: except where permitted, express purpose}. */
    private String terms(List<TermChange> terms, Facts categorised, String label) {
        List<String> parts = new ArrayList<>();
        List<String> formsNow = names(terms, "form", Direction.APPEARED);
        List<String> formsGone = names(terms, "form", Direction.DISAPPEARED);
        if (!formsNow.isEmpty() || !formsGone.isEmpty()) {
            parts.add((formsNow.isEmpty() ? "" : "now reads as " + String.join(" and ", formsNow))
                    + (formsNow.isEmpty() || formsGone.isEmpty() ? "" : ", ")
                    + (formsGone.isEmpty() ? "" : "no longer as " + String.join(" and ", formsGone)));
        }
        List<String> qualifiersNow = names(terms, "qualifier", Direction.APPEARED);
        List<String> qualifiersGone = names(terms, "qualifier", Direction.DISAPPEARED);
        if (!qualifiersNow.isEmpty()) {
            parts.add("is now qualified: " + String.join(", ", qualifiersNow));
        }
        if (!qualifiersGone.isEmpty()) {
            parts.add("is no longer qualified: " + String.join(", ", qualifiersGone));
        }
        return categoryNames(List.copyOf(categorised.categories())) + " in " + label + " "
                + String.join("; it ", parts);
    }

    private static List<String> names(List<TermChange> terms, String kind, Direction direction) {
        return terms.stream().filter(t -> t.kind().equals(kind) && t.direction() == direction)
                .map(t -> Names.term(t.name())).toList();
    }

    private String categoryNames(List<String> ids) {
        List<String> named = ids.stream().map(id -> Names.inline(names.category(id))).toList();
        if (named.size() <= 1) {
            return named.isEmpty() ? "provision" : named.get(0);
        }
        return String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
    }

    /** The highest score per framework over the given categories of a provision. */
    private static Map<String, Integer> scores(Facts facts, List<String> categories) {
        Map<String, Integer> out = new TreeMap<>();
        for (String c : categories) {
            facts.byCategory().getOrDefault(c, Map.of()).forEach((fw, s) -> out.merge(fw, s, Math::max));
        }
        return out;
    }

    /** {@code lead}, the frameworks with scores, highest first ({@value #LISTED_FRAMEWORKS} at most), {@code end}. */
    private String engaged(String lead, Map<String, Integer> scores, String end) {
        if (scores.isEmpty()) {
            return "";
        }
        List<Map.Entry<String, Integer>> sorted = scores.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey())).toList();
        String listed = sorted.stream().limit(LISTED_FRAMEWORKS)
                .map(e -> names.frameworkShort(e.getKey()) + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
        int more = sorted.size() - LISTED_FRAMEWORKS;
        return lead + listed + (more > 0 ? " and " + more + " more" : "") + end;
    }

    private static List<String> ids(List<CategoryChange> categories, Direction direction) {
        return categories.stream().filter(c -> c.direction() == direction).map(CategoryChange::category).toList();
    }
}
