package org.clausemap.accuracy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

import org.clausemap.engine.Category;
import org.clausemap.engine.RuleBase;

import tools.jackson.databind.JsonNode;

/**
 * Scores the rules on CLAUDETTE-labelled sentences ({@code doc}, {@code i}, {@code text}/{@code text_original},
 * {@code labels}, {@code lexglue_split}). The evaluated categories are the taxonomy's categories that carry a
 * {@code claudette:} code.
 */
public final class ClaudetteEval {

    /** Splits of the LexGLUE {@code unfair_tos} documents; {@code all} takes every line. */
    public static final List<String> SPLITS = List.of("train", "validation", "test", "all");

    private final RuleBase rules;

    public ClaudetteEval(RuleBase rules) {
        this.rules = rules;
    }

    /**
     * The outcome of an evaluation.
     *
     * @param split     the split evaluated
     * @param documents documents scored
     * @param scores    the figures
     * @param misses    sentences with a false positive or a false negative, in file order
     * @param millis    time spent classifying
     */
    public record Result(String split, int documents, MultiLabelScores scores, List<Miss> misses, long millis) {
    }

    public Result run(Path sentences, String split) {
        return run(sentences, split, Set.of());
    }

    /**
     * Scores the sentences of {@code split} that belong to one of {@code docs} (document names, compared
     * case-insensitively); an empty set takes every document of the split. Lets a caller cross-check by document
     * (k-fold over documents) without splitting the file.
     */
    public Result run(Path sentences, String split, Set<String> docs) {
        List<SentenceLine> lines = select(sentences, split, docs);
        Scored scored = score(sentences, lines);
        return scored.result(split, lines, i -> true);
    }

    /**
     * The figures of one fold of a cross-check by document.
     *
     * @param fold      the fold's number, from 1
     * @param documents the fold's documents, in name order
     * @param result    the rules' figures on those documents
     */
    public record Fold(int fold, List<String> documents, Result result) {

        public Fold {
            documents = List.copyOf(documents);
        }
    }

    /**
     * The outcome of an N-fold cross-check by document.
     *
     * @param split  the split evaluated
     * @param folds  each fold's figures, in fold order
     * @param millis time spent classifying (all folds)
     */
    public record Folds(String split, List<Fold> folds, long millis) {

        public Folds {
            folds = List.copyOf(folds);
        }

        public double meanMicroF1() {
            return folds.stream().mapToDouble(f -> f.result().scores().microF1()).average().orElse(0);
        }

        public double meanMacroF1() {
            return folds.stream().mapToDouble(f -> f.result().scores().macroF1()).average().orElse(0);
        }

        public double meanDetectionF1() {
            return folds.stream().mapToDouble(f -> f.result().scores().detection().f1()).average().orElse(0);
        }

        /** The mean over the folds of one column's F1 ({@code none} and {@code detection} included). */
        public double meanF1(String label) {
            return folds.stream().mapToDouble(f -> f1(f.result().scores(), label)).average().orElse(0);
        }

        static double f1(MultiLabelScores s, String label) {
            if (s.detection().label().equals(label)) {
                return s.detection().f1();
            }
            return s.columns().stream().filter(c -> c.label().equals(label)).mapToDouble(LabelScore::f1)
                    .findFirst().orElse(0);
        }
    }

    /**
     * Cross-checks by document: the distinct documents of {@code split} (restricted to {@code docs} when that is not
     * empty) are sorted by name, case-insensitively, and document {@code i} goes to fold {@code i mod n}. The rules
     * are not trained, so each fold's figures are simply those of the rules on that fold's documents; the spread
     * between folds shows how much the figures depend on which documents are looked at.
     */
    public Folds runFolds(Path sentences, String split, Set<String> docs, int n) {
        List<SentenceLine> lines = select(sentences, split, docs);
        List<String> names = new ArrayList<>(SentenceFile.byDocument(lines).keySet());
        if (n < 2 || n > names.size()) {
            throw new IllegalArgumentException("--folds must be between 2 and the number of documents ("
                    + names.size() + "), got " + n);
        }
        names.sort(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
        List<List<String>> members = new ArrayList<>();
        Map<String, Integer> foldOf = new HashMap<>();
        for (int f = 0; f < n; f++) {
            members.add(new ArrayList<>());
        }
        for (int k = 0; k < names.size(); k++) {
            foldOf.put(names.get(k), k % n);
            members.get(k % n).add(names.get(k));
        }
        Scored scored = score(sentences, lines);
        List<Fold> folds = new ArrayList<>();
        for (int f = 0; f < n; f++) {
            int fold = f;
            Result result = scored.result(split, lines, k -> foldOf.get(lines.get(k).doc()) == fold);
            folds.add(new Fold(fold + 1, members.get(fold), result));
        }
        return new Folds(split, folds, scored.millis());
    }

    private List<SentenceLine> select(Path sentences, String split, Set<String> docs) {
        Set<String> wanted = new HashSet<>();
        for (String d : docs) {
            wanted.add(d.toLowerCase(Locale.ROOT));
        }
        if (!SPLITS.contains(split)) {
            throw new IllegalArgumentException("unknown split '" + split + "': expected one of " + SPLITS);
        }
        List<SentenceLine> lines = new ArrayList<>();
        for (SentenceLine line : SentenceFile.read(sentences)) {
            boolean inSplit = "all".equals(split) || split.equals(line.json().path("lexglue_split").asString(""));
            if (inSplit && (wanted.isEmpty() || wanted.contains(line.doc().toLowerCase(Locale.ROOT)))) {
                lines.add(line);
            }
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(sentences + ": no sentences in split '" + split + "'"
                    + (wanted.isEmpty() ? "" : " for documents " + docs));
        }
        return lines;
    }

    /** Gold and predicted codes of every selected sentence, classified once. */
    private record Scored(List<String> codes, List<List<String>> gold, List<List<String>> got, List<Verdict> verdicts,
                          long millis) {

        Result result(String split, List<SentenceLine> lines, IntPredicate include) {
            MultiLabelScores.Counter counter = new MultiLabelScores.Counter(codes);
            List<Miss> misses = new ArrayList<>();
            List<SentenceLine> included = new ArrayList<>();
            for (int k = 0; k < lines.size(); k++) {
                if (!include.test(k)) {
                    continue;
                }
                SentenceLine line = lines.get(k);
                included.add(line);
                List<String> g = gold.get(k);
                List<String> p = got.get(k);
                counter.add(g, p);
                List<String> fp = p.stream().filter(c -> !g.contains(c)).toList();
                List<String> fn = g.stream().filter(c -> !p.contains(c)).toList();
                if (!fp.isEmpty() || !fn.isEmpty()) {
                    misses.add(new Miss(line.doc(), line.i(), line.text(), g, p, verdicts.get(k).rules(), fp, fn));
                }
            }
            int documents = SentenceFile.byDocument(included).size();
            return new Result(split, documents, counter.scores(), misses, millis);
        }
    }

    private Scored score(Path sentences, List<SentenceLine> lines) {
        List<String> codes = codes();
        long start = System.nanoTime();
        List<Verdict> verdicts = new BatchClassifier(new SentenceClassifier(rules)).classify(lines);
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<List<String>> gold = new ArrayList<>();
        List<List<String>> got = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            gold.add(labels(sentences, lines.get(k)));
            got.add(verdicts.get(k).categories().stream().filter(codes::contains).toList());
        }
        return new Scored(codes, gold, got, verdicts, millis);
    }

    /** The CLAUDETTE codes of the taxonomy, in its order. */
    List<String> codes() {
        Set<String> codes = new LinkedHashSet<>();
        for (Category c : rules.manifest().categories()) {
            if (c.claudette() != null && !c.claudette().isBlank()) {
                codes.add(c.claudette());
            }
        }
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("the rules' taxonomy declares no category with a 'claudette:' code");
        }
        return List.copyOf(codes);
    }

    private static List<String> labels(Path file, SentenceLine line) {
        JsonNode labels = line.json().get("labels");
        if (labels == null || !labels.isArray()) {
            throw SentenceFile.error(file, line.line(), "field 'labels' must be an array of category codes");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode label : labels) {
            if (!label.isString()) {
                throw SentenceFile.error(file, line.line(), "field 'labels' must hold strings");
            }
            out.add(label.stringValue().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
