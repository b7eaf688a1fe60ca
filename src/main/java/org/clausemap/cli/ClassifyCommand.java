package org.clausemap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.clausemap.accuracy.BatchClassifier;
import org.clausemap.accuracy.SentenceClassifier;
import org.clausemap.engine.RuleSet;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Classify sentences from JSONL (one object a line with doc, i, text; text_original is read"
                + " when present). Each line is written back with \"categories\" (CLAUDETTE codes from the"
                + " taxonomy, other categories by id) and \"rules\" (the rule ids that decided). The sentences of"
                + " one doc run as one batch.")
final class ClassifyCommand implements Callable<Integer> {

    @Option(names = "--jsonl", required = true, paramLabel = "FILE", description = "Input sentences (JSONL).")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file (JSONL).")
    Path output;

    @Mixin
    ContentOptions content;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SentenceClassifier classifier = new SentenceClassifier(RuleSet.load(content.rules).current());
        long start = System.nanoTime();
        int n = new BatchClassifier(classifier).run(input, output);
        PrintWriter err = spec.commandLine().getErr();
        err.printf("classified %d sentences in %d ms -> %s%n", n, (System.nanoTime() - start) / 1_000_000, output);
        err.flush();
        return 0;
    }
}
