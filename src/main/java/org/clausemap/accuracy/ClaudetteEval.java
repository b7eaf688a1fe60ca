package org.clausemap.accuracy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
        Set<String> wanted = new java.util.HashSet<>();
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
        List<String> codes = codes();
        long start = System.nanoTime();
        List<Verdict> verdicts = new BatchClassifier(new SentenceClassifier(rules)).classify(lines);
        long millis = (System.nanoTime() - start) / 1_000_000;
        MultiLabelScores.Counter counter = new MultiLabelScores.Counter(codes);
        List<Miss> misses = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            SentenceLine line = lines.get(k);
            List<String> gold = labels(sentences, line);
            List<String> got = verdicts.get(k).categories().stream().filter(codes::contains).toList();
            counter.add(gold, got);
            List<String> fp = got.stream().filter(c -> !gold.contains(c)).toList();
            List<String> fn = gold.stream().filter(c -> !got.contains(c)).toList();
            if (!fp.isEmpty() || !fn.isEmpty()) {
                misses.add(new Miss(line.doc(), line.i(), line.text(), gold, got, verdicts.get(k).rules(), fp, fn));
            }
        }
        int documents = SentenceFile.byDocument(lines).size();
        return new Result(split, documents, counter.scores(), misses, millis);
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
