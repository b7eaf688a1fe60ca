package org.clausemap.accuracy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.clausemap.engine.RuleBase;
import org.clausemap.engine.facts.TextPatterns;
import org.clausemap.ingest.DocumentReader;
import org.clausemap.ingest.Selectors;
import org.clausemap.ingest.SourceLoader;
import org.clausemap.provision.Document;
import org.clausemap.provision.Provision;

/**
 * Scores the rules against a platform gold file: each gold document is ingested, the rules run over its provisions,
 * and gold lines are matched to provisions by clause number (narrowed by the anchor when given), else by anchor
 * containment. Recall: gold provisions of a category whose matched provision the rules put in that category.
 * Precision: predictions of a gold category in a gold document that some gold line of that category covers.
 */
public final class PlatformEval {

    private final RuleBase rules;

    public PlatformEval(RuleBase rules) {
        this.rules = rules;
    }

    /** A prediction no gold line covers, or a gold line the rules missed or that matched no provision. */
    public record Error(String kind, String category, String where, String text) {
    }

    /**
     * The outcome.
     *
     * @param categories one score per gold category (tp = gold found, fn = gold missed, fp = uncovered predictions)
     * @param documents  documents scored
     * @param errors     what went wrong, for {@code --errors}
     */
    public record Result(List<PlatformScore> categories, int documents, List<Error> errors) {

        public double recall() {
            int tp = categories.stream().mapToInt(PlatformScore::found).sum();
            int gold = categories.stream().mapToInt(PlatformScore::gold).sum();
            return gold == 0 ? 0 : (double) tp / gold;
        }

        public double precision() {
            int tp = categories.stream().mapToInt(PlatformScore::correct).sum();
            int predicted = categories.stream().mapToInt(PlatformScore::predicted).sum();
            return predicted == 0 ? 0 : (double) tp / predicted;
        }
    }

    public Result run(Path goldFile, Path corpus) {
        List<GoldProvision> gold = GoldFile.read(goldFile);
        Map<String, List<GoldProvision>> byDocument = new LinkedHashMap<>();
        Set<String> categories = new LinkedHashSet<>();
        for (GoldProvision g : gold) {
            byDocument.computeIfAbsent(g.document(), d -> new ArrayList<>()).add(g);
            categories.addAll(g.categories());
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        categories.forEach(c -> counts.put(c, new int[4]));
        List<Error> errors = new ArrayList<>();
        SentenceClassifier classifier = new SentenceClassifier(rules);
        for (Map.Entry<String, List<GoldProvision>> doc : byDocument.entrySet()) {
            scoreDocument(doc.getKey(), doc.getValue(), corpus, classifier, counts, errors);
        }
        List<PlatformScore> scores = new ArrayList<>();
        counts.forEach((c, n) -> scores.add(new PlatformScore(c, n[0], n[1], n[2], n[3])));
        return new Result(scores, byDocument.size(), errors);
    }

    private void scoreDocument(String name, List<GoldProvision> gold, Path corpus, SentenceClassifier classifier,
                               Map<String, int[]> counts, List<Error> errors) {
        Path path = corpus.resolve(name);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("gold line " + gold.get(0).line() + ": no document " + path);
        }
        Document document = new DocumentReader().read(new SourceLoader().load(path.toString(), Selectors.NONE));
        List<Provision> provisions = document.provisions();
        Map<String, Verdict> verdicts = classifier.classifyProvisions(provisions);
        Map<String, Set<String>> covered = new LinkedHashMap<>();
        for (GoldProvision g : gold) {
            if (g.categories().isEmpty()) {
                continue;
            }
            List<Provision> matched = match(g, provisions);
            if (matched.isEmpty()) {
                errors.add(new Error("UNMATCHED", String.join(",", g.categories()), g.label(), ""));
            }
            for (String c : g.categories()) {
                int[] n = counts.get(c);
                n[0]++;
                boolean found = matched.stream().anyMatch(p -> verdicts.get(p.id()).categories().contains(c));
                if (found) {
                    n[1]++;
                } else if (!matched.isEmpty()) {
                    errors.add(new Error("FN", c, g.label(), snippet(matched.get(0).text())));
                }
                matched.forEach(p -> covered.computeIfAbsent(p.id(), k -> new LinkedHashSet<>()).add(c));
            }
        }
        for (Provision p : provisions) {
            for (String c : verdicts.get(p.id()).categories()) {
                int[] n = counts.get(c);
                if (n == null) {
                    continue;
                }
                n[2]++;
                if (covered.getOrDefault(p.id(), Set.of()).contains(c)) {
                    n[3]++;
                } else {
                    String where = name + (p.number() == null ? "" : " " + p.number());
                    errors.add(new Error("FP", c, where, snippet(p.text())));
                }
            }
        }
    }

    static List<Provision> match(GoldProvision g, List<Provision> provisions) {
        String anchor = g.anchor() == null ? null : norm(g.anchor());
        List<Provision> out = new ArrayList<>();
        if (g.number() != null) {
            String number = number(g.number());
            for (Provision p : provisions) {
                if (p.number() != null && number(p.number()).equals(number)) {
                    out.add(p);
                }
            }
            if (anchor != null && out.stream().anyMatch(p -> norm(p.text()).contains(anchor))) {
                out.removeIf(p -> !norm(p.text()).contains(anchor));
            }
        }
        if (out.isEmpty() && anchor != null) {
            for (Provision p : provisions) {
                if (norm(p.text()).contains(anchor)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static String number(String n) {
        return n.strip().replaceAll("[.)]+$", "").replaceAll("^[(§\\s]+", "").toLowerCase(Locale.ROOT);
    }

    private static String norm(String text) {
        return TextPatterns.fold(text).toLowerCase(Locale.ROOT);
    }

    private static String snippet(String text) {
        String t = TextPatterns.fold(text);
        return t.length() <= 240 ? t : t.substring(0, 237) + "...";
    }
}
