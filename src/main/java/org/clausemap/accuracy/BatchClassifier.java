package org.clausemap.accuracy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Classifies every sentence of a JSONL file, one engine session per document, and writes each input object back
 * with {@code categories} and {@code rules} added. A document's sentences are taken in file order, which is the
 * order {@link SentenceContext} reads to give each sentence its heading and list lead-in.
 */
public final class BatchClassifier {

    private final SentenceClassifier classifier;

    public BatchClassifier(SentenceClassifier classifier) {
        this.classifier = classifier;
    }

    /** One verdict per line, in the order of {@code lines}; each document is one engine session. */
    public List<Verdict> classify(List<SentenceLine> lines) {
        Map<SentenceLine, Verdict> byLine = new IdentityHashMap<>();
        for (List<SentenceLine> doc : SentenceFile.byDocument(lines).values()) {
            List<Verdict> verdicts = classifier.classify(doc.stream().map(SentenceLine::text).toList());
            for (int k = 0; k < doc.size(); k++) {
                byLine.put(doc.get(k), verdicts.get(k));
            }
        }
        return lines.stream().map(byLine::get).toList();
    }

    /** Reads {@code in}, classifies, writes {@code out} in input order; returns the number of sentences. */
    public int run(Path in, Path out) {
        List<SentenceLine> lines = SentenceFile.read(in);
        List<Verdict> verdicts = classify(lines);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int k = 0; k < lines.size(); k++) {
                w.write(SentenceFile.JSON.writeValueAsString(annotate(lines.get(k).json(), verdicts.get(k))));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        return lines.size();
    }

    static ObjectNode annotate(ObjectNode json, Verdict verdict) {
        ObjectNode copy = json.deepCopy();
        ArrayNode categories = copy.putArray("categories");
        verdict.categories().forEach(categories::add);
        ArrayNode rules = copy.putArray("rules");
        verdict.rules().forEach(rules::add);
        return copy;
    }
}
