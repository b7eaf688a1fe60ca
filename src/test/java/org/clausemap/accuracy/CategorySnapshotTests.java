package org.clausemap.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.clausemap.engine.RuleBase;
import org.clausemap.engine.RuleBaseBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CategorySnapshotTests {

    private static RuleBase rules;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildRules() {
        rules = new RuleBaseBuilder().build(Path.of("rules"));
    }

    private Path folder() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs/acme"));
        Files.writeString(docs.resolve("terms.md"), """
                # Terms

                ## Use of outputs

                You may not use any output of the service to develop models that compete with our products.

                ## Contact

                Write to us at the address below.
                """);
        Files.writeString(docs.resolve("notes.html"), "<p>not read: pages need their selectors</p>");
        return dir.resolve("docs");
    }

    @Test
    void everyProvisionOfTheMarkdownAndTextDocumentsWithItsCategories() throws IOException {
        List<CategorySnapshot.Row> rows = CategorySnapshot.take(rules, folder());

        assertThat(rows).extracting(CategorySnapshot.Row::document).containsOnly("acme/terms.md");
        assertThat(rows).filteredOn(r -> r.text().startsWith("You may not use any output"))
                .singleElement().satisfies(r -> assertThat(r.categories()).contains("competing-model-restriction"));
        assertThat(rows).filteredOn(r -> r.text().startsWith("Write to us")).singleElement()
                .satisfies(r -> assertThat(r.categories()).isEmpty());
    }

    @Test
    void aSnapshotReadsBackAsWrittenAndAComparisonListsOnlyWhatChanged() throws IOException {
        List<CategorySnapshot.Row> now = CategorySnapshot.take(rules, folder());
        Path file = dir.resolve("snap.tsv");
        CategorySnapshot.write(now, file);
        assertThat(CategorySnapshot.read(file)).isEqualTo(now);
        assertThat(CategorySnapshot.compare(now, now)).isEmpty();

        // an earlier snapshot where the competing-model provision had another category instead
        List<CategorySnapshot.Row> before = new ArrayList<>();
        for (CategorySnapshot.Row r : now) {
            boolean target = r.categories().contains("competing-model-restriction");
            before.add(target ? new CategorySnapshot.Row(r.document(), r.provision(), List.of("scraping-prohibition"),
                    r.text()) : r);
        }
        List<CategorySnapshot.Change> changes = CategorySnapshot.compare(before, now);
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.added()).contains("competing-model-restriction");
            assertThat(c.removed()).containsExactly("scraping-prohibition");
        });
        // the report names the provision with what was added and removed, and counts the changes last
        String report = CategorySnapshot.report(now, before);
        CategorySnapshot.Row changed = changes.get(0).row();
        assertThat(report).startsWith("1 documents, " + now.size() + " provisions\n")
                .contains(changed.document() + "  " + changed.provision() + "  +competing-model-restriction")
                .contains("  -scraping-prohibition\n    " + changed.text() + "\n")
                .endsWith("1 provisions changed\n");
        assertThat(CategorySnapshot.report(now, null)).isEqualTo("1 documents, " + now.size() + " provisions\n");
    }

    @Test
    void aFileThatIsNoSnapshotSaysWhereAndWhat() throws IOException {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "document\tprovision\tcategories\ttext\nacme/terms.md\tp-1\tonly three\n");
        assertThatThrownBy(() -> CategorySnapshot.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.tsv:2").hasMessageContaining("expected 4 tab-separated fields");
        Files.writeString(file, "something else\n");
        assertThatThrownBy(() -> CategorySnapshot.read(file)).hasMessageContaining("bad.tsv:1: not a snapshot");
        assertThatThrownBy(() -> CategorySnapshot.take(rules, dir.resolve("missing")))
                .hasMessageContaining("not a folder");
    }
}
