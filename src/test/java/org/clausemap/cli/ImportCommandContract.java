package org.clausemap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clausemap.archive.Archive;
import org.clausemap.archive.Changes;
import org.clausemap.archive.StandaloneArchive;
import org.clausemap.archive.TestContent;
import org.clausemap.archive.diff.CategoryChange;
import org.clausemap.archive.diff.Direction;
import org.clausemap.archive.diff.ProvisionChange;
import org.clausemap.archive.store.RegisteredDocument;
import org.clausemap.archive.store.VersionRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clausemap import} and {@code clausemap compare} over the real version histories of OpenAI, X and Reddit
 * documents in ../shared/corpus/platforms (skipped when absent), into a real database. The timeline assertions are
 * changes read in the documents themselves: X's terms of 2024-11-15 added a "Liquidated Damages" section (a fee for
 * requesting, viewing or accessing more than a million posts a day), a licence for training "machine learning and
 * artificial intelligence models" on users' content, and acceptable-use terms against automated access; Reddit's
 * user agreement of 2025-12-10 added the use of content to train models, and that of 2026-04-01 a ban on using the
 * Services "in any manner (automated, including via bots, or otherwise)" that overburdens them; OpenAI's business
 * terms of 2025-05-28 only dropped the full stop of a heading, which is no new version.
 */
abstract class ImportCommandContract {

    static final Path CORPUS = TestContent.CORPUS;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    /** The database the commands write to: {@code --db-url URL [--db-user USER]}. */
    abstract List<String> database();

    static void assumeCorpus() {
        assumeTrue(Files.isDirectory(CORPUS), "corpus not present");
    }

    String output() {
        return out.toString();
    }

    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(database());
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
    }

    StandaloneArchive open() {
        List<String> db = database();
        return StandaloneArchive.open(TestContent.core(), db.get(1), db.size() > 3 ? db.get(3) : null, "");
    }

    @Test
    void importsTheVersionHistoriesOnceWithATimelineOfMaterialChanges() throws Exception {
        assumeCorpus();
        int files = count("openai") + count("x") + count("reddit");
        assertThat(run("import", CORPUS.toString(), "--platform", "openai,x,reddit")).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).contains("[" + "#".repeat(ImportCommand.BAR_WIDTH) + "] " + files + "/" + files
                + " x/terms-of-service 2026-04-11 created");
        assertThat(lines.get(0)).matches("\\[#* +] 1/" + files + " openai/business-terms 2024-10-19 created");
        assertThat(lines).as("only a heading's full stop went: the normalised text is the same")
                .anyMatch(l -> l.endsWith(" openai/business-terms 2025-05-28 unchanged"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Imported " + files + " files: " + (files - 1)
                + " new versions, 1 unchanged, 0 capture failures, 0 failed; 7 documents registered");

        assertThat(run("import", CORPUS.toString(), "--platform", "openai,x,reddit")).isZero();
        assertThat(out.toString()).as("idempotent").contains("Imported " + files + " files: 0 new versions, "
                + files + " unchanged, 0 capture failures, 0 failed; 0 documents registered");

        try (StandaloneArchive opened = open()) {
            Archive archive = opened.archive();
            assertThat(archive.documents(null)).hasSize(7);
            assertThat(versions(archive, "x", "terms-of-service")).hasSize(6);
            assertThat(versions(archive, "reddit", "user-agreement")).hasSize(5);
            assertThat(versions(archive, "openai", "business-terms")).extracting(v -> v.recordedAt().toString())
                    .containsExactly("2024-10-19T00:00:00Z", "2025-02-04T00:00:00Z", "2025-05-02T00:00:00Z");

            StringBuilder timeline = new StringBuilder();
            List<List<Set<String>>> x = timeline(archive, "x", "terms-of-service", timeline);
            List<List<Set<String>>> reddit = timeline(archive, "reddit", "user-agreement", timeline);
            List<List<Set<String>>> openaiEu = timeline(archive, "openai", "eu-terms-of-use", timeline);
            timeline(archive, "openai", "terms-of-use", timeline);
            System.out.print(timeline);

            assertThat(x.get(0).get(0)).as("x 2023-05-18 -> 2024-11-15 appeared")
                    .contains("liquidated-damages", "training-on-customer-content", "scraping-prohibition");
            assertThat(x.get(1).get(0)).as("x 2024-11-15 -> 2025-09-23: editorial only").isEmpty();
            assertThat(reddit.get(0).get(0)).as("reddit 2023-04-18 -> 2025-12-10")
                    .contains("training-on-customer-content");
            assertThat(reddit.get(1).get(0)).as("reddit 2025-12-10 -> 2026-04-01").contains("scraping-prohibition");
            assertThat(openaiEu).as("openai EU terms: wording only").allSatisfy(step -> {
                assertThat(step.get(0)).isEmpty();
                assertThat(step.get(1)).isEmpty();
            });
        }
    }

    @Test
    void compareListsThePlatformsThatHaveAProvisionWithQuotes() throws Exception {
        assumeCorpus();
        assertThat(run("import", CORPUS.toString(), "--platform", "openai,x,reddit")).as(err.toString()).isZero();
        Path xlsx = dir.resolve("training.xlsx");
        assertThat(run("compare", "--category", "training-on-customer-content", "--xlsx", xlsx.toString()))
                .as(err.toString()).isZero();
        String training = out.toString();
        assertThat(training).contains("platforms (", "have such a provision", "x/terms-of-service (2026-04-11): ",
                "reddit/user-agreement (2026-07-02): ", "machine learning");
        assertThat(training.lines().filter(l -> l.startsWith("    \"")).count()).as("quotes").isPositive();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(wb.getSheet("Compare").getLastRowNum()).isGreaterThan(6);
        }

        assertThat(run("compare", "--category", "competing-model-restriction")).isZero();
        assertThat(out.toString()).contains("openai/terms-of-use (2024-02-20): ").containsIgnoringCase("compete");

        assertThat(run("compare", "--category", "no-such-thing")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown category", "competing-model-restriction");
    }

    private static int count(String platform) throws Exception {
        try (var files = Files.walk(CORPUS.resolve(platform))) {
            return (int) files.filter(Files::isRegularFile).count();
        }
    }

    private static List<VersionRecord> versions(Archive archive, String platform, String type) {
        return archive.versions(archive.document(platform, type).orElseThrow());
    }

    /** Per step: the categories that appeared, then those that disappeared, in material changes. */
    private static List<List<Set<String>>> timeline(Archive archive, String platform, String type,
                                                    StringBuilder print) {
        RegisteredDocument d = archive.document(platform, type).orElseThrow();
        List<VersionRecord> versions = archive.versions(d);
        print.append("Timeline of ").append(d.name()).append('\n');
        List<List<Set<String>>> steps = new ArrayList<>();
        for (int i = 1; i < versions.size(); i++) {
            Changes c = archive.changes(d, versions.get(i - 1).id().toString(), versions.get(i).id().toString());
            Set<String> appeared = new TreeSet<>();
            Set<String> disappeared = new TreeSet<>();
            for (ProvisionChange m : c.summary().materialChanges()) {
                for (CategoryChange k : m.categories()) {
                    (k.direction() == Direction.APPEARED ? appeared : disappeared).add(k.category());
                }
            }
            steps.add(List.of(appeared, disappeared));
            print.append(String.format(Locale.ROOT, "  %s -> %s: material %d, editorial %d; appeared %s,"
                            + " disappeared %s%n", c.older().recordedAt(), c.newer().recordedAt(),
                    c.summary().counts().material(), c.summary().counts().editorial(), appeared, disappeared));
            c.summary().materialChanges().forEach(m -> print.append("      ").append(m.sentence()).append('\n'));
        }
        return steps;
    }
}
