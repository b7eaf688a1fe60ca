package org.clausemap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.clausemap.cli.Cli;
import org.clausemap.export.workbook.ChecklistReview;
import org.clausemap.export.workbook.ChecklistReviewReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;

/** The workbook round trip over HTTP: download, review in a "spreadsheet" (POI), upload, see the reviews. */
@H2ApiTest
class WorkbookApiTests {

    private static final MediaType XLSX = MediaType.parseMediaType(WorkbookController.XLSX);

    @Autowired
    RestTestClient client;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(client);
    }

    @Test
    void theWorkbookIsAnXlsxNamedForPlatformTypeAndDate() {
        JsonNode analysis = api.created(Map.of("html", Api.fixture("terms.html"), "platform", "Acme AI",
                "documentType", "terms-of-service"));
        RestTestClient.ResponseSpec response = api.get(workbookOf(analysis));
        String date = java.time.Instant.parse(analysis.path("analysedAt").asString()).atOffset(ZoneOffset.UTC)
                .toLocalDate().toString();
        response.expectStatus().isOk()
                .expectHeader().contentType(XLSX)
                .expectHeader().valueEquals("Content-Disposition",
                        "attachment; filename=\"clausemap-acme-ai-terms-of-service-" + date + ".xlsx\"");
        ReviewedCopy workbook = new ReviewedCopy(bytes(response));
        assertThat(workbook.sheetNames()).contains("Checklist");
        assertThat(workbook.actionIds()).isNotEmpty().isEqualTo(actionIds(analysis));
    }

    @Test
    void aReviewedWorkbookIsStoredAndShownByTheAnalysisAndTheNextWorkbook() throws IOException {
        JsonNode analysis = api.created(Map.of("html", Api.fixture("terms.html")));
        String action = actionIds(analysis).get(0);
        byte[] reviewed = new ReviewedCopy(bytes(api.get(workbookOf(analysis)).expectStatus().isOk()))
                .review(action, "Done", "Ann Reviewer", LocalDate.of(2026, 3, 31), "Checked with counsel").bytes();

        JsonNode updated = api.read(upload(analysis, reviewed).expectStatus().isOk());
        assertThat(updated.path("id").asString()).isEqualTo(analysis.path("id").asString());
        assertThat(updated.path("reviews").size()).isEqualTo(1);
        JsonNode review = updated.path("reviews").get(0);
        assertThat(review.path("actionId").asString()).isEqualTo(action);
        assertThat(review.path("status").asString()).isEqualTo("Done");
        assertThat(review.path("reviewer").asString()).isEqualTo("Ann Reviewer");
        assertThat(review.path("dueDate").asString()).isEqualTo("2026-03-31");
        assertThat(review.path("notes").asString()).isEqualTo("Checked with counsel");
        assertThat(review.path("updatedAt").asString()).isNotBlank();

        JsonNode fetched = api.read(api.get("/api/analyses/" + analysis.path("id").asString()).expectStatus().isOk());
        assertThat(fetched.path("reviews")).isEqualTo(updated.path("reviews"));

        byte[] next = bytes(api.get(workbookOf(analysis)).expectStatus().isOk());
        List<ChecklistReview> readBack = new ChecklistReviewReader().read(new ByteArrayInputStream(next),
                analysis.path("id").asString(), analysis.path("document").path("sha256").asString());
        assertThat(readBack).contains(new ChecklistReview(action, "Done", "Ann Reviewer", LocalDate.of(2026, 3, 31),
                "Checked with counsel"));
    }

    @Test
    void aWorkbookOfAnotherAnalysisIsRefusedAndNothingChanges() {
        JsonNode mine = api.created(Map.of("html", Api.fixture("terms.html")));
        JsonNode other = api.created(Map.of("html", Api.fixture("terms.html")));
        String action = actionIds(mine).get(0);
        upload(mine, new ReviewedCopy(bytes(api.get(workbookOf(mine)))).review(action, "In progress", "Ann",
                LocalDate.of(2026, 1, 15), "first pass").bytes()).expectStatus().isOk();
        JsonNode before = api.read(api.get("/api/analyses/" + mine.path("id").asString()));

        byte[] foreign = new ReviewedCopy(bytes(api.get(workbookOf(other)))).review(action, "Done", "Mallory",
                LocalDate.of(2026, 2, 1), "wrong file").bytes();
        JsonNode problem = api.problem(upload(mine, foreign), HttpStatus.UNPROCESSABLE_CONTENT, "invalid-workbook");
        assertThat(problem.path("detail").asString()).contains(other.path("id").asString())
                .contains(mine.path("id").asString());
        assertThat(problem.path("problems").get(0).path("sheet").asString()).isEqualTo("_clausemap");

        JsonNode after = api.read(api.get("/api/analyses/" + mine.path("id").asString()));
        assertThat(after.path("reviews")).isEqualTo(before.path("reviews"));
        assertThat(after.path("reviews").get(0).path("reviewer").asString()).isEqualTo("Ann");
    }

    @Test
    void aWorkbookWithARenamedColumnIsRefusedNamingTheCell() {
        JsonNode analysis = api.created(Map.of("html", Api.fixture("terms.html")));
        byte[] altered = new ReviewedCopy(bytes(api.get(workbookOf(analysis))))
                .review(actionIds(analysis).get(0), "Done", "Ann", LocalDate.of(2026, 3, 31), "ok")
                .renameHeader("Status", "State").bytes();
        JsonNode problem = api.problem(upload(analysis, altered), HttpStatus.UNPROCESSABLE_CONTENT,
                "invalid-workbook");
        assertThat(problem.path("detail").asString()).contains("Checklist!").contains("Status");
        assertThat(problem.path("problems").get(0).path("sheet").asString()).isEqualTo("Checklist");
        assertThat(problem.path("problems").get(0).path("cell").asString()).endsWith("1");
        assertThat(api.read(api.get("/api/analyses/" + analysis.path("id").asString())).path("reviews").size())
                .isZero();
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefused() {
        JsonNode analysis = api.created(Map.of("html", Api.fixture("terms.html")));
        JsonNode problem = api.problem(api.multipart(checklistOf(analysis), "review.xlsx",
                "not a spreadsheet".getBytes(StandardCharsets.UTF_8), XLSX, Map.of()),
                HttpStatus.UNPROCESSABLE_CONTENT, "invalid-workbook");
        assertThat(problem.path("detail").asString()).contains("not an xlsx workbook");
    }

    @Test
    void theWorkbookAndChecklistOfAnUnknownAnalysisAreNotFound() {
        api.problem(api.get("/api/analyses/00000000-0000-0000-0000-000000000000/workbook"), HttpStatus.NOT_FOUND,
                "analysis-not-found");
        api.problem(api.multipart("/api/analyses/00000000-0000-0000-0000-000000000000/checklist", "r.xlsx",
                new byte[] {1}, XLSX, Map.of()), HttpStatus.NOT_FOUND, "analysis-not-found");
    }

    @Test
    void aChecklistUploadWithoutAFileIsABadRequest() {
        JsonNode analysis = api.created(Map.of("text", Api.fixture("terms.txt")));
        JsonNode problem = api.problem(client.post().uri(checklistOf(analysis))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(new org.springframework.util.LinkedMultiValueMap<>(Map.of("note", List.of("no file"))))
                .exchange(), HttpStatus.BAD_REQUEST, "invalid-request");
        assertThat(problem.path("field").asString()).isEqualTo("file");
    }

    @Test
    void theCliWritesTheSameWorkbook(@TempDir Path dir) throws IOException {
        Path document = dir.resolve("terms.html");
        Files.writeString(document, Api.fixture("terms.html"));
        Path xlsx = dir.resolve("out.xlsx");
        assertThat(Cli.run("analyze", document.toString(), "--xlsx", xlsx.toString(), "--platform", "acme"))
                .isZero();

        JsonNode analysis = api.read(api.upload("terms.html", Files.readAllBytes(document), MediaType.TEXT_HTML,
                Map.of("platform", "acme")).expectStatus().isCreated());
        ReviewedCopy fromApi = new ReviewedCopy(bytes(api.get(workbookOf(analysis))));
        ReviewedCopy fromCli = new ReviewedCopy(Files.readAllBytes(xlsx));
        assertThat(fromCli.sheetNames()).isEqualTo(fromApi.sheetNames());
        assertThat(fromCli.checklistText()).isEqualTo(fromApi.checklistText());
        assertThat(new ChecklistReviewReader().read(Files.newInputStream(xlsx), null,
                analysis.path("document").path("sha256").asString())).hasSize(actionIds(analysis).size());
    }

    private RestTestClient.ResponseSpec upload(JsonNode analysis, byte[] xlsx) {
        return api.multipart(checklistOf(analysis), "reviewed.xlsx", xlsx, XLSX, Map.of());
    }

    private static String workbookOf(JsonNode analysis) {
        return "/api/analyses/" + analysis.path("id").asString() + "/workbook";
    }

    private static String checklistOf(JsonNode analysis) {
        return "/api/analyses/" + analysis.path("id").asString() + "/checklist";
    }

    private static List<String> actionIds(JsonNode analysis) {
        return analysis.path("checklist").valueStream().map(i -> i.path("id").asString()).toList();
    }

    private static byte[] bytes(RestTestClient.ResponseSpec response) {
        return response.expectBody().returnResult().getResponseBody();
    }
}
