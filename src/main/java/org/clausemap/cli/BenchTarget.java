package org.clausemap.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.clausemap.ingest.Selectors;
import org.clausemap.ingest.Source;
import org.clausemap.ingest.SourceLoader;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A document to benchmark, with the selectors its page needs. */
record BenchTarget(String name, Source source) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static BenchTarget of(String fileOrUrl, Selectors selectors) {
        return new BenchTarget(fileOrUrl, new SourceLoader().load(fileOrUrl, selectors));
    }

    /**
     * The corpus laid out as {@code html/<platform>/<type>/<date>.html} with a {@code declaration.json} beside it
     * (Open Terms Archive selectors), and {@code platforms/<platform>/<type>/<date>.md|txt} (newest of each).
     */
    static List<BenchTarget> corpus(Path corpus) {
        List<BenchTarget> targets = new ArrayList<>();
        for (Path type : typeFolders(corpus.resolve("html"))) {
            Path declaration = type.resolve("declaration.json");
            newest(type, ".html").ifPresent(page -> {
                if (Files.isRegularFile(declaration)) {
                    targets.add(of(page.toString(), selectors(declaration)));
                }
            });
        }
        for (Path type : typeFolders(corpus.resolve("platforms"))) {
            newest(type, ".md").or(() -> newest(type, ".txt"))
                    .ifPresent(doc -> targets.add(of(doc.toString(), Selectors.NONE)));
        }
        return targets;
    }

    private static List<Path> typeFolders(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root, 2)) {
            return walk.filter(p -> root.relativize(p).getNameCount() == 2 && Files.isDirectory(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The newest dated file of a type ({@code YYYY-MM-DD.ext}; combined pages' later parts are left out). */
    private static java.util.Optional<Path> newest(Path type, String extension) {
        try (Stream<Path> files = Files.list(type)) {
            return files.filter(p -> p.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}\\" + extension))
                    .max(Comparator.comparing(p -> p.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSS selectors of an OTA declaration; range selectors (objects) are not CSS and are left out. */
    static Selectors selectors(Path declaration) {
        try {
            JsonNode terms = JSON.readTree(Files.readString(declaration)).path("terms");
            JsonNode entry = terms.isObject() && terms.size() > 0 ? terms.iterator().next() : JSON.missingNode();
            return new Selectors(strings(entry.path("select")), strings(entry.path("remove")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + declaration, e);
        }
    }

    /**
     * The same page without its remove selectors, or null when it has none: a declaration's remove selectors go stale
     * as the page changes (ingest then refuses the page), and a benchmark times the page without them instead.
     */
    Source withoutRemoves() {
        Selectors selectors = source.selectors();
        if (selectors == null || selectors.remove().isEmpty()) {
            return null;
        }
        return new Source(source.name(), source.content(), source.format(),
                new Selectors(selectors.select(), List.of()));
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isString()) {
            out.add(node.asString());
        } else if (node.isArray()) {
            node.forEach(n -> {
                if (n.isString()) {
                    out.add(n.asString());
                }
            });
        }
        return out;
    }
}
