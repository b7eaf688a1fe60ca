package org.clausemap.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clausemap.provision.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceLoaderTests {

    @TempDir
    Path folder;

    private final SourceLoader loader = new SourceLoader();

    @Test
    void loadsALocalFileAsUtf8AndDetectsItsFormat() throws IOException {
        Path file = folder.resolve("terms.md");
        Files.writeString(file, "\uFEFF# Terms\n\n**1.1.** Café clause.\n", StandardCharsets.UTF_8);
        Selectors selectors = new Selectors(List.of("main"), List.of());
        Source source = loader.load(file.toString(), selectors);
        assertThat(source.name()).isEqualTo(file.toString());
        assertThat(source.content()).isEqualTo("# Terms\n\n**1.1.** Café clause.\n");
        assertThat(source.format()).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(source.selectors()).isEqualTo(selectors);
    }

    @Test
    void sniffsTheFormatWhenTheNameHasNoExtension() throws IOException {
        Path file = folder.resolve("terms");
        Files.writeString(file, "<p>1. Clause.</p>", StandardCharsets.UTF_8);
        assertThat(loader.load(file.toString(), Selectors.NONE).format()).isEqualTo(SourceFormat.HTML);
    }

    @Test
    void failsClearlyOnAMissingFile() {
        String missing = folder.resolve("nope.html").toString();
        assertThatThrownBy(() -> loader.load(missing, Selectors.NONE))
                .isInstanceOf(IngestException.class).hasMessage("No such file: " + missing);
    }

    @Test
    void failsClearlyOnADirectory() {
        assertThatThrownBy(() -> loader.load(folder.toString(), Selectors.NONE))
                .isInstanceOf(IngestException.class).hasMessageContaining("is a directory");
    }

    @Test
    void failsClearlyOnInvalidUtf8NamingTheLine() throws IOException {
        Path file = folder.resolve("latin1.txt");
        Files.write(file, "line one\nline two caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> loader.load(file.toString(), Selectors.NONE))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("not valid UTF-8").hasMessageContaining("line 2");
    }

    @Test
    void failsClearlyOnABinaryFile() throws IOException {
        Path file = folder.resolve("image.txt");
        Files.write(file, new byte[] {'G', 'I', 'F', 0, 1, 2});
        assertThatThrownBy(() -> loader.load(file.toString(), Selectors.NONE))
                .isInstanceOf(IngestException.class).hasMessageContaining("is not text");
    }

    @Test
    void refusesSchemesOtherThanHttp() {
        assertThatThrownBy(() -> loader.load("ftp://example.com/terms.html", Selectors.NONE))
                .isInstanceOf(IngestException.class).hasMessageContaining("Unsupported URL scheme 'ftp'");
    }

    @Test
    void fetchesHttpUrlsThroughTheFetcher() {
        assertThatThrownBy(() -> loader.load("http://127.0.0.1:9/terms", Selectors.NONE))
                .isInstanceOf(IngestException.class).hasMessageContaining("Refusing to fetch");
    }
}
