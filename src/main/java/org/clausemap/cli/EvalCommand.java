package org.clausemap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.clausemap.accuracy.CategorySnapshot;
import org.clausemap.accuracy.ClaudetteEval;
import org.clausemap.accuracy.ClaudetteReport;
import org.clausemap.accuracy.PlatformEval;
import org.clausemap.accuracy.PlatformReport;
import org.clausemap.engine.RuleSet;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure the classification rules against labelled data.",
        subcommands = {EvalCommand.Claudette.class, EvalCommand.Platforms.class, EvalCommand.Snapshot.class})
final class EvalCommand {

    @Command(name = "claudette", mixinStandardHelpOptions = true,
            description = "Score the consumer rules on CLAUDETTE sentences: per-category precision, recall and F1;"
                    + " micro- and macro-F1 as LexGLUE unfair_tos computes them (8 categories plus 'none');"
                    + " detection F1 (any category vs none). The last line is the summary.")
    static final class Claudette implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "SENTENCES_JSONL")
        Path sentences;

        @Option(names = "--split", defaultValue = "all", paramLabel = "SPLIT",
                description = "train, validation, test or all (default: ${DEFAULT-VALUE}).")
        String split;

        @Option(names = "--errors", description = "List false positives and false negatives.")
        boolean errors;

        @Option(names = "--docs", split = ",", paramLabel = "DOC",
                description = "Only these documents (comma-separated names, case-insensitive), e.g. for a"
                        + " cross-check by document.")
        List<String> docs = new ArrayList<>();

        @Option(names = "--folds", paramLabel = "N",
                description = "Cross-check by document: sort the documents of the split by name (case-insensitive),"
                        + " put document i in fold i mod N, print each fold's figures and, last, the summary line"
                        + " of their means.")
        Integer folds;

        @Mixin
        ContentOptions content;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ClaudetteEval eval = new ClaudetteEval(RuleSet.load(content.rules).current());
            Set<String> only = new LinkedHashSet<>(docs);
            return print(spec, folds == null ? ClaudetteReport.render(eval.run(sentences, split, only), errors)
                    : ClaudetteReport.render(eval.runFolds(sentences, split, only, folds), errors));
        }
    }

    @Command(name = "platforms", mixinStandardHelpOptions = true,
            description = "Score the AI-platform rules against a gold file (JSONL: document, number and/or anchor,"
                    + " categories): each document is ingested and its provisions classified; recall and precision"
                    + " per category. The last line is the summary.")
    static final class Platforms implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "GOLD_JSONL")
        Path gold;

        @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpus/platforms",
                description = "Folder the gold documents' paths are relative to (default: ${DEFAULT-VALUE}).")
        Path corpus;

        @Option(names = "--errors", description = "List missed, unmatched and uncovered provisions.")
        boolean errors;

        @Mixin
        ContentOptions content;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PlatformEval.Result result = new PlatformEval(RuleSet.load(content.rules).current()).run(gold, corpus);
            return print(spec, PlatformReport.render(result, errors));
        }
    }

    @Command(name = "snapshot", mixinStandardHelpOptions = true,
            description = "Classify every provision of the .md and .txt documents under a folder and write them as a"
                    + " tab-separated snapshot (document, provision id, categories, opening text). With --against,"
                    + " list every provision whose categories differ from an earlier snapshot: what a rule change"
                    + " does on real documents. The last line counts the changes.")
    static final class Snapshot implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "DIR")
        Path folder;

        @Option(names = "--out", paramLabel = "FILE", description = "Write the snapshot here.")
        Path out;

        @Option(names = "--against", paramLabel = "FILE", description = "An earlier snapshot to compare with.")
        Path against;

        @Mixin
        ContentOptions content;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (out == null && against == null) {
                throw new IllegalArgumentException("give --out FILE, --against FILE or both");
            }
            List<CategorySnapshot.Row> before = against == null ? null : CategorySnapshot.read(against);
            List<CategorySnapshot.Row> rows = CategorySnapshot.take(RuleSet.load(content.rules).current(), folder);
            if (out != null) {
                CategorySnapshot.write(rows, out);
            }
            return print(spec, CategorySnapshot.report(rows, before));
        }
    }

    private static int print(CommandSpec spec, String report) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(report);
        out.flush();
        return 0;
    }
}
