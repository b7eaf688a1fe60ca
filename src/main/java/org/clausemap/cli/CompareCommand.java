package org.clausemap.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.clausemap.archive.ArchiveException;
import org.clausemap.archive.StandaloneArchive;
import org.clausemap.archive.compare.CategoryComparison;
import org.clausemap.archive.compare.CompareWorkbook;
import org.clausemap.archive.compare.DocumentColumn;
import org.clausemap.archive.compare.MatchingProvision;
import org.clausemap.archive.compare.PlatformComparison;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare the latest archived version of every registered document on one provision category:"
                + " the matching provisions (quotes), their qualifiers and scores, and the share of platforms that"
                + " have such a provision.")
final class CompareCommand implements Callable<Integer> {

    static final int QUOTE = 200;

    @Option(names = "--category", required = true, paramLabel = "ID",
            description = "The category (rules/ruleset.yaml), e.g. competing-model-restriction.")
    String category;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "Also write the comparison as a workbook.")
    Path xlsx;

    @Mixin
    ImportCommand.DatabaseOptions database;

    @Mixin
    ContentOptions content;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CategoryComparison c;
        try (StandaloneArchive archive = database.open(content)) {
            c = new PlatformComparison(archive.archive(), archive.archive().core()).compare(category);
        } catch (ArchiveException e) {
            spec.commandLine().getErr().println("clausemap: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(render(c));
        if (xlsx != null) {
            try (OutputStream file = Files.newOutputStream(xlsx)) {
                new CompareWorkbook().write(c, file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + xlsx + ": " + e.getMessage(), e);
            }
            out.println("Workbook written to " + xlsx);
        }
        out.flush();
        return 0;
    }

    static String render(CategoryComparison c) {
        StringBuilder out = new StringBuilder();
        out.append(c.name()).append(" (").append(c.category()).append(")\n");
        out.append(String.format(Locale.ROOT, "%d of %d platforms (%.0f%%) have such a provision: %s%n",
                c.platformsWith(), c.platforms(), c.share() * 100, String.join(", ", c.with())));
        out.append("without: ").append(c.without().isEmpty() ? "none" : String.join(", ", c.without()))
                .append("\n\n");
        for (DocumentColumn d : c.documents()) {
            out.append(d.platform()).append('/').append(d.documentType()).append(" (")
                    .append(d.version().recordedAt().atOffset(ZoneOffset.UTC).toLocalDate()).append("): ");
            if (!d.has()) {
                out.append("none\n");
                continue;
            }
            out.append(d.provisions().size()).append(d.provisions().size() == 1 ? " provision\n" : " provisions\n");
            for (MatchingProvision p : d.provisions()) {
                out.append("  ").append(p.number() == null ? "-" : "\u00A7" + p.number()).append("  score ")
                        .append(p.maxScore()).append(p.band() == null ? "" : " (" + p.band() + ")");
                if (!p.qualifiers().isEmpty()) {
                    out.append("  qualifiers: ").append(String.join(", ", p.qualifiers()));
                }
                if (!p.scores().isEmpty()) {
                    out.append("  ").append(p.scores().stream().map(s -> s.framework() + " " + s.score())
                            .collect(Collectors.joining(", ")));
                }
                out.append("\n    \"").append(shorten(p.quote())).append("\"\n");
            }
        }
        out.append('\n').append(c.disclaimer()).append('\n');
        return out.toString();
    }

    private static String shorten(String text) {
        return text.length() <= QUOTE ? text : text.substring(0, QUOTE - 1).stripTrailing() + "\u2026";
    }
}
