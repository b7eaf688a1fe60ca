package org.clausemap.api.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clausemap.archive.Archive;
import org.clausemap.archive.SiteServer;
import org.clausemap.archive.TestContent;
import org.clausemap.archive.WebhookReceiver;
import org.clausemap.archive.imports.FolderImport;
import org.clausemap.archive.imports.ImportReport;
import org.clausemap.archive.monitor.Monitor;
import org.clausemap.archive.monitor.MonitorRun;
import org.clausemap.archive.monitor.Notices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;

/**
 * The archive API over a real database: documents registered, versions recorded only when the text changed, change
 * summaries between versions (JSON and workbook), cross-platform comparison, and the monitor bean with its webhook.
 * The corpus tests import real archived versions from ../shared/corpus/platforms (skipped when it is absent). Run
 * once per supported database by the concrete subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ArchiveApiContract {

    private static WebhookReceiver hook;

    @Autowired
    RestTestClient client;

    @Autowired
    Archive archive;

    @Autowired
    Monitor monitor;

    ArchiveApi api;
    private boolean corpusImported;

    @DynamicPropertySource
    static void webhook(DynamicPropertyRegistry registry) {
        registry.add("clausemap.archive.monitor.webhook-url", () -> receiver().url().toString());
    }

    private static synchronized WebhookReceiver receiver() {
        if (hook == null) {
            hook = new WebhookReceiver();
        }
        return hook;
    }

    @AfterAll
    static void closeReceiver() {
        synchronized (ArchiveApiContract.class) {
            if (hook != null) {
                hook.close();
                hook = null;
            }
        }
    }

    @BeforeEach
    void setUp() {
        api = new ArchiveApi(client);
    }

    /** A platform name no other test uses. */
    private static String platform() {
        return "globex-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonNode registered(String platform) {
        return api.register(Map.of("platform", platform, "documentType", "platform-terms", "select", List.of("main")));
    }

    private String versions(JsonNode document) {
        return "/api/documents/" + document.path("id").asString() + "/versions";
    }

    private RestTestClient.ResponseSpec postHtml(JsonNode document, String fixture, String recordedAt) {
        return api.post(versions(document), recordedAt == null ? Map.of("html", TestContent.fixture(fixture))
                : Map.of("html", TestContent.fixture(fixture), "recordedAt", recordedAt));
    }

    @Test
    void registeringReturnsCreatedAndTheDocumentIsListedAndRead() {
        String platform = platform();
        RestTestClient.ResponseSpec response = api.post("/api/documents", Map.of("platform", platform,
                "documentType", "platform-terms", "url", "https://globex.example/terms", "select", List.of("main"),
                "monitor", true, "interval", "12h"));
        response.expectStatus().isCreated();
        JsonNode created = api.read(response);
        String id = created.path("id").asString();
        response.expectHeader().valueEquals("Location", "/api/documents/" + id);
        assertThat(created.path("monitor").asBoolean()).isTrue();
        assertThat(created.path("interval").asString()).isEqualTo("PT12H");
        assertThat(created.path("monitoring").path("nextFetchAt").isNull()).as("due at once").isFalse();

        JsonNode read = api.ok("/api/documents/" + id);
        assertThat(read.path("platform").asString()).isEqualTo(platform);
        assertThat(read.path("select").get(0).asString()).isEqualTo("main");
        assertThat(read.path("versions").asInt()).isZero();
        JsonNode listed = api.ok("/api/documents?platform=" + platform);
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).path("id").asString()).isEqualTo(id);
    }

    @Test
    void badRegistrationsAndUnknownIdsAreProblemDetails() {
        String platform = platform();
        registered(platform);
        JsonNode conflict = api.problem(api.post("/api/documents", Map.of("platform", platform,
                "documentType", "platform-terms")), HttpStatus.CONFLICT, "document-exists");
        assertThat(conflict.path("id").asString()).isNotBlank();
        assertThat(api.problem(api.post("/api/documents", Map.of("platform", "a b", "documentType", "terms")),
                HttpStatus.BAD_REQUEST, "invalid-request").path("field").asString()).isEqualTo("platform");
        assertThat(api.problem(api.post("/api/documents", Map.of("platform", platform(), "documentType", "terms",
                "monitor", true)), HttpStatus.BAD_REQUEST, "invalid-request").path("field").asString())
                .isEqualTo("url");
        assertThat(api.problem(api.post("/api/documents", Map.of("platform", platform(), "documentType", "terms",
                "url", "ftp://globex.example/terms")), HttpStatus.BAD_REQUEST, "invalid-request")
                .path("field").asString()).isEqualTo("url");
        assertThat(api.problem(api.post("/api/documents", Map.of("platform", platform(), "documentType", "terms",
                "url", "https://globex.example/", "monitor", true, "interval", "10s")), HttpStatus.BAD_REQUEST,
                "invalid-request").path("field").asString()).isEqualTo("interval");
        api.problem(api.get("/api/documents/" + UUID.randomUUID()), HttpStatus.NOT_FOUND, "document-not-found");
        api.problem(api.get("/api/documents/not-an-id/versions"), HttpStatus.NOT_FOUND, "document-not-found");
    }

    @Test
    void aVersionIsRecordedOnlyWhenTheNormalisedTextChanged() {
        JsonNode document = registered(platform());
        RestTestClient.ResponseSpec first = postHtml(document, "globex-v1.html", "2026-01-05");
        first.expectStatus().isCreated();
        JsonNode v1 = api.read(first);
        assertThat(v1.path("status").asString()).isEqualTo("created");
        assertThat(v1.path("version").path("recordedAt").asString()).isEqualTo("2026-01-05T00:00:00Z");
        assertThat(v1.path("version").path("provisions").asInt()).isEqualTo(7);
        first.expectHeader().valueEquals("Location", versions(document) + "/" + v1.path("version").path("id")
                .asString());

        JsonNode same = api.read(postHtml(document, "globex-v1-new-nav.html", "2026-01-20").expectStatus().isOk());
        assertThat(same.path("status").asString()).isEqualTo("unchanged");
        assertThat(same.path("version").path("id")).isEqualTo(v1.path("version").path("id"));

        JsonNode v2 = api.read(api.upload(versions(document), "terms.html",
                TestContent.fixture("globex-v2.html").getBytes(StandardCharsets.UTF_8), MediaType.TEXT_HTML,
                Map.of("recordedAt", "2026-02-01")).expectStatus().isCreated());
        assertThat(v2.path("previous").path("id")).isEqualTo(v1.path("version").path("id"));
        assertThat(v2.path("counts").path("material").asInt()).isPositive();
        assertThat(v2.path("materialChanges").toString()).contains("\u00A71.4");

        JsonNode listed = api.ok(versions(document));
        assertThat(listed.size()).isEqualTo(2);
        assertThat(listed.get(0).path("recordedAt").asString()).isEqualTo("2026-01-05T00:00:00Z");
        String v2Id = v2.path("version").path("id").asString();
        JsonNode detail = api.ok(versions(document) + "/" + v2Id);
        assertThat(detail.path("analysis").path("provisions").size()).isEqualTo(8);
        String snapshot = new String(api.get(versions(document) + "/" + v2Id + "/snapshot").expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueEquals("Content-Security-Policy", "sandbox; default-src 'none'")
                .expectBody().returnResult().getResponseBody(), StandardCharsets.UTF_8);
        assertThat(snapshot).isEqualTo(TestContent.fixture("globex-v2.html"));
        assertThat(receiver().events(Notices.MATERIAL_CHANGE)).as("the API's versions are notified too")
                .anyMatch(n -> n.path("newerVersion").path("id").asString().equals(v2Id));
    }

    @Test
    void fetchingNowRecordsTheUrlsContent() {
        try (SiteServer site = new SiteServer()) {
            site.serve("/terms", TestContent.fixture("globex-v1.html"));
            JsonNode document = api.register(Map.of("platform", platform(), "documentType", "platform-terms",
                    "url", site.url("/terms"), "select", List.of("main")));
            JsonNode created = api.read(api.postEmpty(versions(document)).expectStatus().isCreated());
            assertThat(created.path("version").path("origin").asString()).isEqualTo("fetch");
            assertThat(created.path("version").path("source").asString()).isEqualTo(site.url("/terms"));
            JsonNode again = api.read(api.post(versions(document), Map.of()).expectStatus().isOk());
            assertThat(again.path("status").asString()).isEqualTo("unchanged");
            site.fail("/terms", 500);
            api.problem(api.postEmpty(versions(document)), HttpStatus.BAD_GATEWAY, "fetch-failed");
            assertThat(site.requests("/terms")).isEqualTo(3);
        }
        JsonNode noUrl = registered(platform());
        assertThat(api.problem(api.postEmpty(versions(noUrl)), HttpStatus.BAD_REQUEST, "invalid-request")
                .path("field").asString()).isEqualTo("url");
    }

    @Test
    void aCaptureThatExtractsToAlmostNothingIsRefusedAndRecorded() {
        JsonNode document = registered(platform());
        postHtml(document, "globex-v1.html", "2026-01-05").expectStatus().isCreated();
        JsonNode problem = api.problem(postHtml(document, "globex-maintenance.html", null),
                HttpStatus.UNPROCESSABLE_CONTENT, "capture-failure");
        assertThat(problem.path("provisions").asInt()).isEqualTo(1);
        assertThat(problem.path("previousProvisions").asInt()).isEqualTo(7);
        JsonNode read = api.ok("/api/documents/" + document.path("id").asString());
        assertThat(read.path("versions").asInt()).isEqualTo(1);
        assertThat(read.path("captureFailures").size()).isEqualTo(1);
        assertThat(read.path("captureFailures").get(0).path("origin").asString()).isEqualTo("upload");

        JsonNode fresh = registered(platform());
        api.problem(postHtml(fresh, "globex-no-main.html", null), HttpStatus.UNPROCESSABLE_CONTENT,
                "unprocessable-document");
    }

    @Test
    void changesAreSummarisedBetweenAnyTwoVersionsByIdOrDate() {
        JsonNode document = registered(platform());
        String changes = "/api/documents/" + document.path("id").asString() + "/changes";
        String v1 = api.read(postHtml(document, "globex-v1.html", "2026-01-05").expectStatus().isCreated())
                .path("version").path("id").asString();
        api.problem(api.get(changes), HttpStatus.CONFLICT, "too-few-versions");
        String v2 = api.read(postHtml(document, "globex-v2.html", "2026-02-01").expectStatus().isCreated())
                .path("version").path("id").asString();

        JsonNode latest = api.ok(changes);
        assertThat(latest.path("fromVersion").path("id").asString()).isEqualTo(v1);
        assertThat(latest.path("toVersion").path("id").asString()).isEqualTo(v2);
        assertThat(latest.path("counts").path("added").asInt()).isEqualTo(1);
        assertThat(latest.path("counts").path("material").asInt()).isPositive();
        List<String> appeared = new ArrayList<>();
        latest.path("changes").forEach(c -> c.path("categories").forEach(k -> appeared.add(k.path("category")
                .asString())));
        assertThat(appeared).contains("competing-model-restriction", "training-on-customer-content");
        assertThat(latest.path("frameworks").size()).isPositive();
        assertThat(latest.path("disclaimer").asString()).contains("not legal advice");

        assertThat(api.ok(changes + "?from=2026-01-10&to=2026-02-01")).isEqualTo(latest);
        assertThat(api.ok(changes + "?from=" + v1 + "&to=" + v2)).isEqualTo(latest);
        assertThat(api.problem(api.get(changes + "?from=" + v2 + "&to=" + v1), HttpStatus.BAD_REQUEST,
                "invalid-request").path("field").asString()).isEqualTo("from");
        api.problem(api.get(changes + "?from=2025-12-31"), HttpStatus.NOT_FOUND, "version-not-found");
        api.problem(api.get(changes + "?from=" + UUID.randomUUID()), HttpStatus.NOT_FOUND, "version-not-found");
        assertThat(api.problem(api.get(changes + "?from=last-week"), HttpStatus.BAD_REQUEST, "invalid-request")
                .path("field").asString()).isEqualTo("from");
    }

    @Test
    void theChangesWorkbookHasTheChangesSheet() throws Exception {
        JsonNode document = registered(platform());
        postHtml(document, "globex-v1.html", "2026-01-05").expectStatus().isCreated();
        postHtml(document, "globex-v2.html", "2026-02-01").expectStatus().isCreated();
        byte[] xlsx = api.get("/api/documents/" + document.path("id").asString() + "/changes/workbook")
                .expectStatus().isOk()
                .expectHeader().contentType(ChangesController.XLSX)
                .expectBody().returnResult().getResponseBody();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet changes = wb.getSheet("Changes");
            assertThat(changes).isNotNull();
            List<String> kinds = new ArrayList<>();
            for (Row row : changes) {
                if (row.getRowNum() > 0) {
                    kinds.add(row.getCell(0).getStringCellValue());
                }
            }
            assertThat(kinds).contains("added");
        }
    }

    @Test
    void theMonitorBeanFetchesMonitoredDocumentsAndPostsMaterialChanges() {
        try (SiteServer site = new SiteServer()) {
            site.serve("/terms", TestContent.fixture("globex-v1.html"));
            JsonNode document = api.register(Map.of("platform", platform(), "documentType", "platform-terms",
                    "url", site.url("/terms"), "select", List.of("main"), "monitor", true));
            String id = document.path("id").asString();
            assertThat(monitor.runDue()).filteredOn(r -> r.documentId().toString().equals(id))
                    .extracting(MonitorRun::outcome).containsExactly("created");
            assertThat(monitor.runDue()).as("not due again before its interval")
                    .noneMatch(r -> r.documentId().toString().equals(id));
            site.serve("/terms", TestContent.fixture("globex-v2.html"));
            JsonNode v2 = api.read(api.postEmpty(versions(document)).expectStatus().isCreated());
            assertThat(receiver().events(Notices.MATERIAL_CHANGE)).anyMatch(n -> n.path("newerVersion").path("id")
                    .asString().equals(v2.path("version").path("id").asString()));
        }
    }

    // ---- over the real archived versions

    private void importCorpus() {
        assumeTrue(Files.isDirectory(TestContent.CORPUS), "corpus not present");
        if (!corpusImported) {
            ImportReport report = new FolderImport(archive).run(TestContent.CORPUS, Set.of("aws", "openai"),
                    (done, total, result) -> { });
            assertThat(report.clean()).as(report.results().toString()).isTrue();
            corpusImported = true;
        }
    }

    @Test
    void awsServiceTermsSection50ChangesAreMaterialWithCategoriesAndFrameworks() {
        importCorpus();
        String id = archive.document("aws", "service-terms").orElseThrow().id().toString();
        JsonNode s = api.ok("/api/documents/" + id + "/changes?from=2024-03-16");
        assertThat(s.path("fromVersion").path("recordedAt").asString()).isEqualTo("2024-03-16T00:00:00Z");
        assertThat(s.path("toVersion").path("recordedAt").asString()).isEqualTo("2026-08-21T00:00:00Z");

        List<JsonNode> section50 = new ArrayList<>();
        s.path("changes").forEach(c -> {
            String number = c.path("newer").path("number").asString(c.path("older").path("number").asString(""));
            if (number.startsWith("50.") && c.path("significance").asString().equals("material")) {
                section50.add(c);
            }
        });
        assertThat(section50).hasSizeGreaterThanOrEqualTo(8);
        JsonNode competing = find(section50, "50.5");
        assertThat(competing.path("newer").path("categories").toString()).contains("competing-model-restriction");
        assertThat(competing.path("terms").toString()).contains("except-where-permitted");
        JsonNode provenance = find(section50, "50.12.6");
        assertThat(provenance.path("kind").asString()).isEqualTo("added");
        assertThat(provenance.path("categories").get(0).path("category").asString())
                .isEqualTo("provenance-tampering-prohibition");
        assertThat(provenance.path("frameworks").toString()).contains("eu-ai-act");
        assertThat(provenance.path("sentence").asString()).contains("\u00A750.12.6");
        JsonNode abuse = find(section50, "50.12.2");
        assertThat(abuse.path("categories").toString()).contains("human-review-retention");
        assertThat(abuse.path("frameworks").toString()).contains("gdpr");
        assertThat(section50).anyMatch(c -> c.path("kind").asString().equals("removed")
                && c.path("categories").toString().contains("training-opt-out"));
    }

    private static JsonNode find(List<JsonNode> changes, String newerNumber) {
        return changes.stream().filter(c -> newerNumber.equals(c.path("newer").path("number").asString(null)))
                .findFirst().orElseThrow(() -> new AssertionError("no material change of \u00A7" + newerNumber));
    }

    @Test
    void comparisonListsThePlatformsThatHaveAProvisionWithQuotes() throws Exception {
        importCorpus();
        JsonNode competing = api.ok("/api/compare?category=competing-model-restriction");
        assertThat(competing.path("name").asString()).isNotBlank();
        assertThat(strings(competing.path("with"))).contains("aws", "openai");
        assertThat(competing.path("share").asDouble()).isBetween(0.01, 1.0);
        JsonNode aws = document(competing, "aws", "service-terms");
        assertThat(aws.path("version").path("recordedAt").asString()).startsWith("2026-08-21");
        assertThat(aws.path("provisions").toString()).contains("substantially similar");
        JsonNode openai = document(competing, "openai", "terms-of-use");
        assertThat(openai.path("provisions").get(0).path("quote").asString()).containsIgnoringCase("compete");
        assertThat(openai.path("provisions").get(0).path("maxScore").asInt()).isPositive();
        assertThat(openai.path("provisions").get(0).path("scores").size()).isPositive();

        JsonNode training = api.ok("/api/compare?category=training-on-customer-content");
        assertThat(strings(training.path("with"))).contains("aws", "openai");
        assertThat(training.path("platformsWith").asInt() + training.path("without").size())
                .isEqualTo(training.path("platforms").asInt());

        api.problem(api.get("/api/compare?category=no-such-category"), HttpStatus.BAD_REQUEST, "invalid-request");
        api.problem(api.get("/api/compare"), HttpStatus.BAD_REQUEST, "invalid-request");

        byte[] xlsx = api.get("/api/compare/workbook?category=competing-model-restriction").expectStatus().isOk()
                .expectBody().returnResult().getResponseBody();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheet("Compare");
            List<String> platforms = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 5 && "yes".equals(row.getCell(3).getStringCellValue())) {
                    platforms.add(row.getCell(0).getStringCellValue());
                    assertThat(row.getCell(6).getStringCellValue()).isNotBlank();
                }
            }
            assertThat(platforms).contains("aws", "openai");
        }
    }

    private static JsonNode document(JsonNode comparison, String platform, String type) {
        for (JsonNode d : comparison.path("documents")) {
            if (d.path("platform").asString().equals(platform) && d.path("documentType").asString().equals(type)) {
                return d;
            }
        }
        throw new AssertionError("no " + platform + "/" + type + " in " + comparison.path("documents"));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
