package org.clausemap.export;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.clausemap.analysis.Analysis;
import org.clausemap.analysis.ProvisionResult;
import org.clausemap.checklist.ChecklistItem;
import org.clausemap.scoring.FrameworkScore;
import org.clausemap.scoring.ScoredEngagement;

/** A readable summary of an analysis for the terminal: top risks with quotes and citations, then the checklist. */
public final class SummaryText {

    private static final int QUOTE = 220;
    private final int topRisks;

    public SummaryText(int topRisks) {
        this.topRisks = topRisks;
    }

    public String render(Analysis a) {
        Map<String, ProvisionResult> provisions = a.provisions().stream()
                .collect(Collectors.toMap(ProvisionResult::id, Function.identity(), (x, y) -> x));
        StringBuilder out = new StringBuilder();
        out.append(a.document().title()).append('\n');
        out.append("source: ").append(a.document().source()).append('\n');
        out.append("provisions: ").append(a.provisions().size())
                .append("   categorised: ").append(a.provisions().stream().filter(p -> !p.categories().isEmpty()).count())
                .append("   engagements: ").append(a.engagements().size())
                .append("   jurisdictions: ").append(String.join(",", a.jurisdictions())).append('\n');
        out.append("document risk: ").append(a.score().score()).append(" (").append(a.score().band()).append(")")
                .append(a.score().drivingFramework() == null ? "" : ", driven by " + a.score().drivingFramework())
                .append('\n');
        out.append("rule set ").append(a.ruleSet().version()).append(" (").append(a.ruleSet().rules())
                .append(" rules)\n");
        String language = a.document().language() == null ? null : a.document().language().warning();
        if (language != null) {
            out.append("WARNING: ").append(language).append('\n');
        }
        out.append('\n');

        out.append("FRAMEWORKS\n");
        for (FrameworkScore f : a.frameworks()) {
            out.append(String.format("  %3d %-8s %-16s %s (%d provisions)%n", f.score(), f.band(), f.id(), f.name(),
                    f.engagements()));
        }

        out.append("\nTOP RISKS\n");
        List<ScoredEngagement> top = a.engagements().stream()
                .sorted(Comparator.comparingInt(ScoredEngagement::score).reversed()).limit(topRisks).toList();
        for (ScoredEngagement e : top) {
            ProvisionResult p = provisions.get(e.provisionId());
            out.append(String.format("  %3d %-8s %s -> %s%n", e.score(), e.band(), e.category(), e.framework()));
            out.append("      ").append(label(p)).append(": \"").append(shorten(p.text())).append("\"\n");
            out.append("      ").append(e.citation()).append('\n');
            out.append("      factors: ").append(e.factors().stream()
                    .map(f -> f.name() + " " + trim(f.value())).collect(Collectors.joining(" x "))).append('\n');
        }

        out.append("\nCHECKLIST\n");
        for (ChecklistItem item : a.checklist()) {
            out.append(String.format("  [%s] %s (%s)%n", item.priority(), item.title(), item.owner()));
            out.append("      why: ").append(String.join("; ", item.citations())).append('\n');
            out.append("      evidence: ").append(item.evidence().stream()
                    .map(ev -> ev.number() != null ? ev.number() : ev.provisionId()).distinct()
                    .collect(Collectors.joining(", "))).append('\n');
        }
        out.append('\n').append(a.disclaimer()).append('\n');
        return out.toString();
    }

    /** The clause number, with its section where the number alone (a list item's "1") does not place it. */
    private static String label(ProvisionResult p) {
        if (p.number() == null) {
            return p.sectionPath().isEmpty() ? p.id() : "in " + p.sectionPath().get(p.sectionPath().size() - 1);
        }
        boolean placed = p.number().contains(".") || p.sectionPath().isEmpty();
        return placed ? "§" + p.number() : "item " + p.number() + " of " + p.sectionPath().get(p.sectionPath().size() - 1);
    }

    private static String shorten(String text) {
        return text.length() <= QUOTE ? text : text.substring(0, QUOTE - 1).stripTrailing() + "\u2026";
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
