package org.clausemap.api.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A posted rules archive unpacks into its folder and nowhere else, within the entry and byte limits. */
class RuleArchiveTests {

    @TempDir
    Path dir;

    private final RuleArchive archive = new RuleArchive(10, 10_000);

    @Test
    void unpacksFilesAndFoldersSkippingHiddenAndMacMetadata() throws Exception {
        Path root = Files.createDirectory(dir.resolve("root"));
        int files = archive.extract(zip(Map.of("ruleset.yaml", "name: x", "classify/a.drl", "package classify",
                ".git/config", "x", "__MACOSX/classify/._a.drl", "x", "classify/.DS_Store", "x")), root);
        assertThat(files).isEqualTo(2);
        assertThat(root.resolve("classify/a.drl")).hasContent("package classify");
        try (Stream<Path> all = Files.walk(root)) {
            assertThat(all.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()))
                    .containsExactlyInAnyOrder("ruleset.yaml", "classify/a.drl");
        }
    }

    @Test
    void anEntryClimbingOutOfTheFolderIsRefusedAndNothingIsWrittenOutside() throws IOException {
        Path root = Files.createDirectory(dir.resolve("root"));
        assertThatThrownBy(() -> archive.extract(zip(Map.of("classify/../../evil.drl", "x")), root))
                .isInstanceOf(RuleArchive.Refused.class).hasMessageContaining("climbs out");
        assertThat(dir.resolve("evil.drl")).doesNotExist();
    }

    @Test
    void anAbsoluteEntryIsRefused() throws IOException {
        Path root = Files.createDirectory(dir.resolve("root"));
        assertThatThrownBy(() -> archive.extract(zip(Map.of("/tmp/evil.drl", "x")), root))
                .isInstanceOf(RuleArchive.Refused.class).hasMessageContaining("absolute");
        assertThatThrownBy(() -> archive.extract(zip(Map.of("C:\\evil.drl", "x")), root))
                .isInstanceOf(RuleArchive.Refused.class).hasMessageContaining("absolute");
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        Path root = Files.createDirectory(dir.resolve("root"));
        Map<String, String> many = new java.util.TreeMap<>();
        for (int i = 0; i < 11; i++) {
            many.put("f" + i + ".drl", "x");
        }
        assertThatThrownBy(() -> archive.extract(zip(many), root))
                .isInstanceOf(RuleArchive.Refused.class).hasMessageContaining("more than 10 entries");
    }

    @Test
    void aBombIsStoppedOnceItsUnpackedBytesPassTheLimit() throws IOException {
        Path root = Files.createDirectory(dir.resolve("root"));
        // 6 KB each compress to almost nothing; together they pass the 10 KB limit
        ByteArrayInputStream bomb = zip(Map.of("a.drl", "a".repeat(6000), "b.drl", "b".repeat(6000)));
        assertThatThrownBy(() -> archive.extract(bomb, root))
                .isInstanceOf(RuleArchive.Refused.class).hasMessageContaining("more than 10000 bytes");
    }

    @Test
    void somethingThatIsNotAZipIsRefused() throws IOException {
        Path root = Files.createDirectory(dir.resolve("root"));
        assertThatThrownBy(() -> archive.extract(new ByteArrayInputStream("rule \"x\" end".getBytes(
                StandardCharsets.UTF_8)), root)).isInstanceOf(RuleArchive.Refused.class)
                .hasMessageContaining("not a zip");
    }

    static ByteArrayInputStream zip(Map<String, String> entries) throws IOException {
        return new ByteArrayInputStream(zipBytes(entries));
    }

    static byte[] zipBytes(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
