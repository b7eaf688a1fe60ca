package org.clausemap.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clausemap.provision.Document;
import org.clausemap.provision.Provision;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Reads the shared corpus of real terms (outside the repository, in {@code ../shared/corpus}): the newest version of
 * every Markdown and text document, and the raw HTML snapshots with the selectors of their Open Terms Archive
 * declarations. Skipped when the corpus is not there.
 */
class CorpusIngestTests {

    private static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final Path PLATFORMS = CORPUS.resolve("platforms");
    private static final Path HTML = CORPUS.resolve("html");
    private static final Pattern VERSION = Pattern.compile("\\d{4}-\\d{2}-\\d{2}\\.(md|txt)");
    private static final Pattern SNAPSHOT = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:\\.part(\\d+)-[^.]+)?\\.html");
    private static final Pattern STALE_REMOVE = Pattern.compile("Selector '(.+)' in remove matched nothing");

    private final SourceLoader loader = new SourceLoader();
    private final DocumentReader reader = new DocumentReader();

    @TestFactory
    Stream<DynamicTest> everyNewestDocumentYieldsProvisions() {
        assumeCorpus(PLATFORMS);
        return newestDocuments().map(file -> DynamicTest.dynamicTest(PLATFORMS.relativize(file).toString(), () -> {
            Document document = read(file, Selectors.NONE);
            assertSound(document);
            System.out.printf("corpus %-60s %5d provisions%n", PLATFORMS.relativize(file), document.provisions().size());
        }));
    }

    @Test
    void awsServiceTermsKeepSection50Clauses() {
        Document document = read(newest("aws", "service-terms"), Selectors.NONE);
        String section = "50. AWS Machine Learning and Artificial Intelligence Services";
        Provision trainingBan = numbered(document, "50.5");
        assertThat(trainingBan.text()).contains("substantially similar");
        assertThat(trainingBan.sectionPath()).contains(section);
        Provision weights = numbered(document, "50.11");
        assertThat(weights.text()).contains("model weights");
        assertThat(weights.sectionPath()).contains(section);
        Provision improvement = numbered(document, "50.13.2");
        assertThat(improvement.text()).contains("Amazon Q Content");
        assertThat(improvement.heading()).isEqualTo("Other Service Improvement");
        assertThat(improvement.sectionPath()).contains(section).anyMatch(label -> label.startsWith("50.13."));
    }

    @Test
    void anthropicCommercialTermsKeepLetteredClauses() {
        Document document = read(newest("anthropic", "commercial-terms"), Selectors.NONE);
        Provision restrictions = numbered(document, "D.4");
        assertThat(restrictions.heading()).isEqualTo("Use Restrictions");
        assertThat(restrictions.text()).contains("competing");
        assertThat(numbered(document, "K.1").heading()).isEqualTo("Claims Against Customer");
        Provision content = document.provisions().stream()
                .filter(p -> p.text().contains("retains all rights to its Inputs")).findFirst()
                .orElseThrow(() -> new AssertionError("no Customer Content paragraph"));
        assertThat(content.sectionPath()).contains("B. Customer Content");
    }

    @Test
    void openAiEuTermsKeepTheCompetingModelBan() {
        Document document = read(newest("openai", "eu-terms-of-use"), Selectors.NONE);
        Provision ban = competingModelBan(document);
        assertThat(ban.sectionPath()).contains("Using our Services");
    }

    @TestFactory
    Stream<DynamicTest> htmlSnapshotsWithTheirDeclarationsYieldProvisions() {
        assumeCorpus(HTML);
        return declarations().flatMap(declarationFile -> {
            Path folder = declarationFile.getParent();
            OtaDeclaration declaration = OtaDeclaration.read(declarationFile);
            List<Path> snapshots = newestSnapshots(folder);
            if (snapshots.isEmpty()) {
                return Stream.empty();
            }
            return declaration.pages().stream().map(page -> DynamicTest.dynamicTest(
                    HTML.relativize(folder) + " page " + page.index(), () -> readSnapshotPage(folder, snapshots, page)));
        });
    }

    @Test
    void openAiEuHtmlYieldsTheSameCompetingModelSentenceAsItsMarkdown() {
        Path markdown = newest("openai", "eu-terms-of-use");
        Path html = HTML.resolve("openai/eu-terms-of-use")
                .resolve(markdown.getFileName().toString().replace(".md", ".html"));
        Assumptions.assumeTrue(Files.isRegularFile(html), "no HTML snapshot of " + markdown);
        Provision fromMarkdown = competingModelBan(read(markdown, Selectors.NONE));
        OtaDeclaration.Page page = OtaDeclaration.read(html.resolveSibling("declaration.json")).pages().get(0);
        Provision fromHtml = competingModelBan(readTolerantly(html, page.selectors(), new ArrayList<>()));
        assertThat(fromHtml.text()).isEqualTo(fromMarkdown.text());
        assertThat(fromHtml.sha256()).isEqualTo(fromMarkdown.sha256());
        assertThat(fromHtml.id()).isEqualTo(fromMarkdown.id());
        assertThat(fromHtml.sectionPath()).isEqualTo(fromMarkdown.sectionPath());
    }

    private void readSnapshotPage(Path folder, List<Path> snapshots, OtaDeclaration.Page page) {
        if (page.onlyRangeSelect()) {
            System.out.printf("html   %-60s skipped: select is only range selectors %s%n",
                    HTML.relativize(folder) + " page " + page.index(), page.skippedRanges());
            Assumptions.abort("range selectors (startBefore/endBefore) are not CSS; page " + page.index() + " skipped");
        }
        Path snapshot = snapshotFor(snapshots, page.index())
                .orElseThrow(() -> new AssertionError("no snapshot for page " + page.index() + " in " + folder));
        List<String> stale = new ArrayList<>();
        Document document = readTolerantly(snapshot, page.selectors(), stale);
        assertSound(document);
        System.out.printf("html   %-60s %5d provisions%s%n", HTML.relativize(snapshot), document.provisions().size(),
                stale.isEmpty() ? "" : "  (stale remove selectors dropped: " + stale + ")");
    }

    /**
     * Reads a snapshot with its declared selectors. A declared {@code remove} selector that no longer matches the page
     * is an error by design; the corpus has a few, so the test checks that the error names a declared selector, then
     * reads again without it and reports it.
     */
    private Document readTolerantly(Path snapshot, Selectors declared, List<String> stale) {
        Selectors selectors = declared;
        while (true) {
            try {
                return read(snapshot, selectors);
            } catch (IngestException e) {
                Matcher matcher = STALE_REMOVE.matcher(e.getMessage());
                if (!matcher.find() || !selectors.remove().contains(matcher.group(1))) {
                    throw e;
                }
                stale.add(matcher.group(1));
                List<String> remove = new ArrayList<>(selectors.remove());
                remove.remove(matcher.group(1));
                selectors = new Selectors(selectors.select(), remove);
            }
        }
    }

    private static void assertSound(Document document) {
        assertThat(document.provisions()).as(document.source()).isNotEmpty();
        Set<String> ids = new HashSet<>();
        for (Provision provision : document.provisions()) {
            assertThat(provision.text()).as(provision.id()).isNotBlank();
            assertThat(ids.add(provision.id())).as("unique id " + provision.id()).isTrue();
            assertThat(provision.sha256()).hasSize(64);
            assertThat(provision.location().line()).as(provision.id()).isPositive();
        }
        assertThat(document.sha256()).hasSize(64);
    }

    private static Provision competingModelBan(Document document) {
        return document.provisions().stream()
                .filter(p -> p.text().contains("Output") && p.text().contains("compet"))
                .findFirst().orElseThrow(() -> new AssertionError("no competing-model clause in " + document.source()));
    }

    private static Provision numbered(Document document, String number) {
        return document.provisions().stream().filter(p -> number.equals(p.number())).findFirst()
                .orElseThrow(() -> new AssertionError("no provision " + number + " in " + document.source()));
    }

    private Document read(Path file, Selectors selectors) {
        return reader.read(loader.load(file.toString(), selectors));
    }

    private static void assumeCorpus(Path folder) {
        Assumptions.assumeTrue(Files.isDirectory(folder), "shared corpus not found at " + folder.toAbsolutePath());
    }

    private static Path newest(String platform, String type) {
        assumeCorpus(PLATFORMS);
        return newestIn(PLATFORMS.resolve(platform).resolve(type))
                .orElseThrow(() -> new AssertionError("no versions of " + platform + "/" + type));
    }

    private static Stream<Path> newestDocuments() {
        return folders(PLATFORMS, 2).map(CorpusIngestTests::newestIn).flatMap(Optional::stream);
    }

    private static Optional<Path> newestIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> VERSION.matcher(f.getFileName().toString()).matches())
                    .max(Comparator.comparing(f -> f.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> declarations() {
        return folders(HTML, 2).map(folder -> folder.resolve("declaration.json")).filter(Files::isRegularFile);
    }

    /** The HTML files of the newest snapshot date in a folder: page 1, then the parts in order. */
    private static List<Path> newestSnapshots(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> html = files.filter(f -> SNAPSHOT.matcher(f.getFileName().toString()).matches()).toList();
            Optional<String> newest = html.stream().map(CorpusIngestTests::dateOf).max(Comparator.naturalOrder());
            return newest.map(date -> html.stream().filter(f -> dateOf(f).equals(date))
                    .sorted(Comparator.comparingInt(CorpusIngestTests::partOf)).toList()).orElse(List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> snapshotFor(List<Path> snapshots, int page) {
        return snapshots.stream().filter(f -> partOf(f) == page).findFirst();
    }

    private static String dateOf(Path file) {
        Matcher matcher = SNAPSHOT.matcher(file.getFileName().toString());
        return matcher.matches() ? matcher.group(1) : "";
    }

    private static int partOf(Path file) {
        Matcher matcher = SNAPSHOT.matcher(file.getFileName().toString());
        return matcher.matches() && matcher.group(2) != null ? Integer.parseInt(matcher.group(2)) : 1;
    }

    /** Folders exactly {@code depth} levels below {@code root}, sorted. */
    private static Stream<Path> folders(Path root, int depth) {
        try (Stream<Path> walk = Files.walk(root, depth)) {
            return walk.filter(Files::isDirectory).filter(p -> root.relativize(p).getNameCount() == depth).sorted()
                    .toList().stream();
        } catch (IOException e) {
            fail("cannot list " + root, e);
            return Stream.empty();
        }
    }
}
