package org.clausemap.accuracy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.clausemap.engine.RuleBase;
import org.clausemap.ingest.DocumentReader;
import org.clausemap.ingest.Selectors;
import org.clausemap.ingest.SourceLoader;
import org.clausemap.provision.Provision;

/**
 * What the rules make of every provision of a folder of documents, kept as a tab-separated file so that a rule change
 * can be reviewed against real documents: take a snapshot, change the rules, take another, and {@link #compare} lists
 * every provision whose categories changed. Markdown and text documents are read (HTML pages need their selectors;
 * use {@code analyze} for those).
 */
public final class CategorySnapshot {

    private static final String HEADER = "document\tprovision\tcategories\ttext";
    private static final int TEXT_CHARS = 300;

    private CategorySnapshot() {
    }

    /** One provision: its document (relative to the folder), its id, its categories (sorted) and its opening text. */
    public record Row(String document, String provision, List<String> categories, String text) {

        public Row {
            categories = List.copyOf(new TreeSet<>(categories));
        }

        String key() {
            return document + "\t" + provision;
        }
    }

    /** A provision whose categories differ: those the newer rules add and those they drop. */
    public record Change(Row row, List<String> added, List<String> removed) {
    }

    /** The provisions of every .md and .txt document under the folder, in path order, as the rules classify them. */
    public static List<Row> take(RuleBase rules, Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("not a folder: " + folder);
        }
        SentenceClassifier classifier = new SentenceClassifier(rules);
        List<Row> rows = new ArrayList<>();
        for (Path file : documents(folder)) {
            String name = folder.relativize(file).toString().replace('\\', '/');
            List<Provision> provisions = new DocumentReader()
                    .read(new SourceLoader().load(file.toString(), Selectors.NONE)).provisions();
            Map<String, Verdict> verdicts = classifier.classifyProvisions(provisions);
            for (Provision p : provisions) {
                rows.add(new Row(name, p.id(), verdicts.get(p.id()).categories(), opening(p.text())));
            }
        }
        return rows;
    }

    public static void write(List<Row> rows, Path file) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (Row r : rows) {
            out.append(r.document()).append('\t').append(r.provision()).append('\t')
                    .append(String.join(",", r.categories())).append('\t').append(r.text()).append('\n');
        }
        try {
            Files.writeString(file, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Reads a snapshot written by {@link #write}; a line that is not one says where and what is wrong. */
    public static List<Row> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IllegalArgumentException(file + ":1: not a snapshot (expected the header '"
                    + HEADER.replace("\t", "<tab>") + "')");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) {
                continue;
            }
            String[] f = lines.get(i).split("\t", -1);
            if (f.length != 4 || f[0].isEmpty() || f[1].isEmpty()) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 4 tab-separated fields"
                        + " (document, provision, categories, text), found " + f.length);
            }
            List<String> categories = f[2].isEmpty() ? List.of() : Arrays.asList(f[2].split(","));
            rows.add(new Row(f[0], f[1], categories, f[3]));
        }
        return rows;
    }

    /** The provisions present in both snapshots whose categories differ, in the newer snapshot's order. */
    public static List<Change> compare(List<Row> before, List<Row> after) {
        Map<String, Row> old = new LinkedHashMap<>();
        before.forEach(r -> old.put(r.key(), r));
        List<Change> changes = new ArrayList<>();
        for (Row now : after) {
            Row was = old.get(now.key());
            if (was == null || was.categories().equals(now.categories())) {
                continue;
            }
            List<String> added = now.categories().stream().filter(c -> !was.categories().contains(c)).toList();
            List<String> removed = was.categories().stream().filter(c -> !now.categories().contains(c)).toList();
            changes.add(new Change(now, added, removed));
        }
        return changes;
    }

    /**
     * The report of a snapshot: how many documents and provisions it holds and, against an earlier snapshot (null for
     * none), each provision whose categories changed with the categories added (+) and removed (-) and its opening
     * text; the last line counts the changes.
     */
    public static String report(List<Row> rows, List<Row> before) {
        StringBuilder report = new StringBuilder();
        long documents = rows.stream().map(Row::document).distinct().count();
        report.append(documents).append(" documents, ").append(rows.size()).append(" provisions\n");
        if (before != null) {
            List<Change> changes = compare(before, rows);
            for (Change c : changes) {
                report.append(c.row().document()).append("  ").append(c.row().provision());
                c.added().forEach(a -> report.append("  +").append(a));
                c.removed().forEach(r -> report.append("  -").append(r));
                report.append("\n    ").append(c.row().text()).append('\n');
            }
            report.append(changes.size()).append(" provisions changed\n");
        }
        return report.toString();
    }

    private static List<Path> documents(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static String opening(String text) {
        String flat = text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        return flat.length() <= TEXT_CHARS ? flat : flat.substring(0, TEXT_CHARS);
    }
}
