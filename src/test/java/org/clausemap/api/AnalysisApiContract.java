package org.clausemap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.clausemap.analysis.AnalysisOptions;
import org.clausemap.analysis.Core;
import org.clausemap.export.AnalysisJson;
import org.clausemap.ingest.Source;
import org.clausemap.provision.SourceFormat;
import org.clausemap.store.FireCount;
import org.clausemap.store.FiringBackfill;
import org.clausemap.store.Review;
import org.clausemap.store.ReviewStore;
import org.clausemap.store.RuleFirings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API over a real database: what is posted is stored, read back unchanged, listed and paged; reviews are
 * replaced atomically. Run once per supported database by the concrete subclasses.
 */
abstract class AnalysisApiContract {

    @Autowired
    RestTestClient client;

    @Autowired
    Core core;

    @Autowired
    ReviewStore reviews;

    @Autowired
    RuleFirings firings;

    @Autowired
    FiringBackfill backfill;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(client);
    }

    @Test
    void postingTextReturnsCreatedWithLocationAndTheAnalysis() {
        RestTestClient.ResponseSpec response = api.postJson(Map.of("text", Api.fixture("terms.txt"),
                "platform", "acme", "documentType", "usage-terms"));
        response.expectStatus().isCreated();
        JsonNode body = api.read(response);
        String id = body.path("id").asString();
        response.expectHeader().valueEquals("Location", "/api/analyses/" + id);
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(body.path("document").path("platform").asString()).isEqualTo("acme");
        assertThat(body.path("document").path("documentType").asString()).isEqualTo("usage-terms");
        assertThat(body.path("provisions").size()).isEqualTo(3);
        assertThat(categories(body)).contains("competing-model-restriction", "training-on-customer-content");
        assertThat(body.path("reviews").isArray()).isTrue();
        assertThat(body.path("reviews").size()).isZero();
    }

    @Test
    void aStoredAnalysisIsTheCliJsonPlusIdAndReviews() {
        String text = Api.fixture("terms.txt");
        JsonNode posted = api.created(Map.of("text", text));
        JsonNode fetched = api.read(api.get("/api/analyses/" + posted.path("id").asString()).expectStatus().isOk());
        assertThat(fetched).isEqualTo(posted);

        var cli = core.analyses().analyze(new Source("inline:text", text, SourceFormat.TEXT, null),
                AnalysisOptions.defaults());
        ObjectNode expected = (ObjectNode) api.tree(new AnalysisJson().write(cli));
        ObjectNode actual = ((ObjectNode) fetched).deepCopy();
        assertThat(actual.remove("id")).isNotNull();
        assertThat(actual.remove("reviews")).isNotNull();
        expected.remove("analysedAt");
        actual.remove("analysedAt");
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void uploadingAFileAnalysesItWithTheFormFields() {
        byte[] markdown = Api.fixture("terms.md").getBytes(StandardCharsets.UTF_8);
        RestTestClient.ResponseSpec response = api.upload("developer-terms.md", markdown,
                MediaType.parseMediaType("text/markdown"), Map.of("platform", "acme", "documentType",
                        "developer-terms", "jurisdictions", "EU,UK", "marketPosition", "dominant",
                        "title", "Acme developer terms (upload)"));
        response.expectStatus().isCreated();
        JsonNode body = api.read(response);
        assertThat(body.path("document").path("format").asString()).isEqualTo("MARKDOWN");
        assertThat(body.path("document").path("source").asString()).isEqualTo("developer-terms.md");
        assertThat(body.path("document").path("title").asString()).isEqualTo("Acme developer terms (upload)");
        assertThat(body.path("jurisdictions").toString()).isEqualTo("[\"EU\",\"UK\"]");
        assertThat(body.path("marketPosition").asString()).isEqualTo("dominant");
        assertThat(categories(body)).contains("competing-model-restriction", "scraping-prohibition");
    }

    @Test
    void listingPagesNewestFirstAndFiltersByPlatform() {
        String platform = "listing-" + UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(api.created(Map.of("text", "1. You may not use the outputs to develop models that compete"
                    + " with us. (" + i + ")", "platform", platform, "title", "Doc " + i)).path("id").asString());
        }
        JsonNode first = api.read(api.get("/api/analyses?platform=" + platform + "&size=2").expectStatus().isOk());
        assertThat(first.path("totalItems").asLong()).isEqualTo(3);
        assertThat(first.path("totalPages").asInt()).isEqualTo(2);
        assertThat(first.path("page").asInt()).isZero();
        assertThat(first.path("size").asInt()).isEqualTo(2);
        assertThat(first.path("items").valueStream().map(i -> i.path("id").asString()).toList())
                .containsExactly(ids.get(2), ids.get(1));
        JsonNode item = first.path("items").get(0);
        assertThat(item.path("title").asString()).isEqualTo("Doc 2");
        assertThat(item.path("platform").asString()).isEqualTo(platform);
        assertThat(item.path("sha256").asString()).hasSize(64);
        assertThat(item.path("band").asString()).isNotBlank();
        assertThat(item.path("score").isInt()).isTrue();
        assertThat(item.path("ruleSetVersion").asString()).isEqualTo(core.rules().current().version());
        assertThat(item.path("analysedAt").asString()).isNotBlank();
        assertThat(item.has("provisions")).isFalse();

        JsonNode second = api.read(api.get("/api/analyses?platform=" + platform + "&size=2&page=1")
                .expectStatus().isOk());
        assertThat(second.path("items").valueStream().map(i -> i.path("id").asString()).toList())
                .containsExactly(ids.get(0));
        JsonNode all = api.read(api.get("/api/analyses?size=100").expectStatus().isOk());
        assertThat(all.path("totalItems").asLong()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void anUnknownAnalysisIsANotFoundProblem() {
        JsonNode problem = api.problem(api.get("/api/analyses/" + UUID.randomUUID()), HttpStatus.NOT_FOUND,
                "analysis-not-found");
        assertThat(problem.path("detail").asString()).startsWith("No analysis with id");
    }

    @Test
    void replacingReviewsStampsChangesKeepsUnchangedAndRemovesBlanks() {
        UUID id = UUID.fromString(api.created(Map.of("text", Api.fixture("terms.txt"))).path("id").asString());
        reviews.replace(id, List.of(review("a", "open", "ann"), review("b", "done", "bob")));
        List<Review> before = reviews.reviews(id);
        assertThat(before).extracting(Review::actionId).containsExactly("a", "b");

        reviews.replace(id, List.of(review("a", "open", "ann"), review("b", null, null), review("c", "open", "cy")));
        List<Review> after = reviews.reviews(id);
        assertThat(after).extracting(Review::actionId).containsExactly("a", "c");
        assertThat(after.get(0).updatedAt()).isEqualTo(before.get(0).updatedAt());
        assertThat(after.get(1).dueDate()).isEqualTo(LocalDate.of(2026, 3, 31));

        JsonNode fetched = api.read(api.get("/api/analyses/" + id).expectStatus().isOk());
        assertThat(fetched.path("reviews").valueStream().map(r -> r.path("actionId").asString()).toList())
                .containsExactly("a", "c");
        assertThat(fetched.path("reviews").get(1).path("dueDate").asString()).isEqualTo("2026-03-31");
    }

    @Test
    void aFailedReviewReplacementChangesNothing() {
        UUID id = UUID.fromString(api.created(Map.of("text", Api.fixture("terms.txt"))).path("id").asString());
        reviews.replace(id, List.of(review("a", "open", "ann")));
        List<Review> before = reviews.reviews(id);

        assertThatThrownBy(() -> reviews.replace(id, List.of(review("a", "done", "zed"), review("b", "open", "x"),
                review("b", "done", "y")))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("b");
        assertThat(reviews.reviews(id)).isEqualTo(before);
    }

    @Test
    void storingAnAnalysisAddsItsTraceToTheRuleFiringCounts() {
        Map<String, FireCount> before = firings.counts();
        JsonNode analysis = api.created(Map.of("text", Api.fixture("terms.txt")));
        assertCountedOnce(before, firings.counts(), analysis);
    }

    @Test
    void analysesWhoseFiringsWereNeverCountedAreCountedOnceFromTheirJson() {
        JsonNode analysis = api.created(Map.of("text", Api.fixture("terms.txt")));
        UUID id = UUID.fromString(analysis.path("id").asString());
        // as a process that died with the firings still queued leaves an analysis (and the V2 migration one stored
        // before it): stored, its counted flag not set
        UUID copy = UUID.randomUUID();
        jdbc.sql("INSERT INTO analysis (id, title, platform, document_type, source, sha256, score, band,"
                        + " rule_set_version, analysed_at) SELECT :copy, title, platform, document_type, source, sha256,"
                        + " score, band, rule_set_version, analysed_at FROM analysis WHERE id = :id")
                .param("copy", copy).param("id", id).update();
        jdbc.sql("INSERT INTO analysis_json (analysis_id, body_compressed) SELECT :copy, body_compressed"
                        + " FROM analysis_json WHERE analysis_id = :id")
                .param("copy", copy).param("id", id).update();
        Map<String, FireCount> before = firings.counts();

        assertThat(backfill.backfill()).isEqualTo(1);
        assertCountedOnce(before, firings.counts(), analysis);
        assertThat(backfill.backfill()).isZero();
        assertCountedOnce(before, firings.counts(), analysis);
    }

    @Test
    void anAnalysisQueuedAndBackfilledAtOnceIsCountedOnce() {
        firings.flush();
        Map<String, FireCount> before = firings.counts();
        JsonNode analysis = api.created(Map.of("text", Api.fixture("terms.txt")));
        backfill.backfill(); // usually ahead of the once-a-second flush: both then try to count the analysis

        assertCountedOnce(before, firings.counts(), analysis);
        assertThat(firings.flush()).isZero();
        assertCountedOnce(before, firings.counts(), analysis);
    }

    private static void assertCountedOnce(Map<String, FireCount> before, Map<String, FireCount> after,
                                          JsonNode analysis) {
        Map<String, Long> trace = analysis.path("trace").valueStream().collect(Collectors.groupingBy(
                f -> f.path("ruleId").asString(), Collectors.counting()));
        assertThat(trace).isNotEmpty();
        assertThat(after.keySet()).containsAll(trace.keySet());
        for (String rule : after.keySet()) {
            FireCount was = before.getOrDefault(rule, FireCount.NONE);
            assertThat(after.get(rule).firings() - was.firings()).as(rule).isEqualTo(trace.getOrDefault(rule, 0L));
            assertThat(after.get(rule).analyses() - was.analyses()).as(rule).isEqualTo(trace.containsKey(rule) ? 1 : 0);
        }
    }

    private static Review review(String actionId, String status, String reviewer) {
        return new Review(actionId, status, reviewer, status == null ? null : LocalDate.of(2026, 3, 31),
                status == null ? null : "note on " + actionId, null);
    }

    static List<String> categories(JsonNode analysis) {
        return analysis.path("provisions").valueStream()
                .flatMap(p -> p.path("categories").valueStream().map(JsonNode::asString)).distinct().toList();
    }
}
