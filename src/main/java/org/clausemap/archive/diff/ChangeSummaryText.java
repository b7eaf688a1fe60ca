package org.clausemap.archive.diff;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A readable change summary for the terminal: the material changes with their sentences and quotes, then the count
 * of editorial changes by kind, then the risk per framework, older and newer.
 */
public final class ChangeSummaryText {

    private static final int QUOTE = 220;

    public String render(ChangeSummary s) {
        StringBuilder out = new StringBuilder();
        VersionInfo o = s.older();
        VersionInfo n = s.newer();
        out.append("Changes: ").append(n.document().title() != null ? n.document().title() : n.document().source())
                .append('\n');
        out.append("older: ").append(o.document().source()).append(" (").append(o.provisions())
                .append(" provisions)\n");
        out.append("newer: ").append(n.document().source()).append(" (").append(n.provisions())
                .append(" provisions)\n");
        ChangeCounts c = s.counts();
        out.append(String.format("added %d   removed %d   modified %d   moved %d   unchanged %d%n", c.added(),
                c.removed(), c.modified(), c.moved(), c.unchanged()));
        out.append(String.format("material %d   editorial %d%n", c.material(), c.editorial()));
        DocumentDelta d = s.document();
        out.append(String.format("document risk: %d (%s) -> %d (%s), %s%n", d.older(), d.olderBand(), d.newer(),
                d.newerBand(), signed(d.delta())));
        if (!o.ruleSet().version().equals(n.ruleSet().version())) {
            out.append("note: the versions were analysed with different rule sets (").append(o.ruleSet().version())
                    .append(", ").append(n.ruleSet().version()).append(")\n");
        }

        out.append("\nMATERIAL CHANGES\n");
        List<ProvisionChange> material = s.materialChanges();
        if (material.isEmpty()) {
            out.append("  none\n");
        }
        for (ProvisionChange ch : material) {
            out.append("  [").append(ch.kind().name().toLowerCase(Locale.ROOT)).append("] ")
                    .append(ch.sentence()).append('\n');
            if (ch.older() != null && ch.kind() != ChangeKind.MOVED && ch.kind() != ChangeKind.UNCHANGED) {
                out.append("      was: \"").append(shorten(ch.older().text())).append("\"\n");
            }
            if (ch.newer() != null) {
                out.append("      now: \"").append(shorten(ch.newer().text())).append("\"\n");
            }
        }

        out.append("\nEDITORIAL CHANGES\n");
        Map<String, Integer> editorial = new TreeMap<>();
        s.changes().stream().filter(ch -> !ch.material())
                .forEach(ch -> editorial.merge(ch.kind().name().toLowerCase(Locale.ROOT), 1, Integer::sum));
        if (editorial.isEmpty()) {
            out.append("  none\n");
        }
        editorial.forEach((kind, count) -> out.append(String.format("  %-9s %d%n", kind, count)));
        out.append("  (wording, links, numbering or position; or text in which the rules recognise no change)\n");

        out.append("\nRISK BY FRAMEWORK (older -> newer)\n");
        for (FrameworkDelta f : s.frameworks()) {
            out.append(String.format("  %-16s %4s -> %-4s %5s  %s%n", f.framework(), score(f.older()),
                    score(f.newer()), signed(f.delta()), f.name()));
        }
        out.append('\n').append(s.disclaimer()).append('\n');
        return out.toString();
    }

    private static String score(Integer score) {
        return score == null ? "-" : score.toString();
    }

    private static String signed(int delta) {
        return delta > 0 ? "+" + delta : Integer.toString(delta);
    }

    private static String shorten(String text) {
        return text.length() <= QUOTE ? text : text.substring(0, QUOTE - 1).stripTrailing() + "\u2026";
    }
}
