package org.clausemap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.clausemap.ClausemapApplication;
import org.clausemap.archive.TestContent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The import and compare commands on an H2 file database, the service's default kind. */
class ImportCommandTests extends ImportCommandContract {

    @Override
    List<String> database() {
        return List.of("--db-url", h2Url());
    }

    private String h2Url() {
        return "jdbc:h2:file:" + dir.resolve("clausemap").toAbsolutePath() + ";AUTO_SERVER=TRUE";
    }

    @Test
    void theServiceServesWhatTheCommandImported() throws Exception {
        assumeCorpus();
        assertThat(run("import", CORPUS.toString(), "--platform", "reddit")).isZero();
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(ClausemapApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + h2Url(),
                        "--clausemap.archive.monitor.enabled=false")) {
            int port = ((WebServerApplicationContext) service).getWebServer().getPort();
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/documents?platform=reddit")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"documentType\":\"user-agreement\"", "\"versions\":5");
        }
    }

    @Test
    void filesOutsideTheLayoutAreReportedAndTheRestImported() throws Exception {
        Path folder = dir.resolve("archive");
        Files.createDirectories(folder.resolve("globex/platform-terms"));
        Files.writeString(folder.resolve("globex/platform-terms/2026-01-05.html"),
                TestContent.fixture("globex-v1.html"));
        Files.writeString(folder.resolve("globex/platform-terms/latest.html"), "x");
        Files.writeString(folder.resolve("globex/README.md"), "notes");
        assertThat(run("import", folder.toString())).isZero();
        assertThat(output()).contains("1/1 globex/platform-terms 2026-01-05 created",
                "skipped globex/platform-terms/latest.html: not named YYYY-MM-DD.md, .html or .txt",
                "skipped globex/README.md: not at <platform>/<document-type>/<file>",
                "Imported 1 files: 1 new versions");
    }
}
