package org.clausemap.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.clausemap.engine.RuleBase;
import org.clausemap.engine.RuleBaseBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/** The classify batch over JSONL sentences, run by the shipped rules. */
class BatchClassifierTests {

    private static RuleBase rules;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildRules() {
        rules = new RuleBaseBuilder().build(Path.of("rules"));
    }

    @Test
    void writesEveryInputFieldBackWithCategoriesAndDecidingRules() throws IOException {
        Path in = write("in.jsonl",
                "{\"doc\":\"d1\",\"i\":0,\"text\":\"by using the app you agree to these terms .\",\"extra\":7}",
                "{\"doc\":\"d1\",\"i\":1,\"text\":\"ignored\",\"text_original\":\"We may terminate your account at any"
                        + " time without notice.\"}",
                "{\"doc\":\"d2\",\"i\":0,\"text\":\"The sky is blue.\"}");
        Path out = dir.resolve("out.jsonl");

        int n = new BatchClassifier(new SentenceClassifier(rules)).run(in, out);

        List<String> lines = Files.readAllLines(out);
        assertThat(n).isEqualTo(3);
        assertThat(lines).hasSize(3);
        JsonNode first = SentenceFile.JSON.readTree(lines.get(0));
        assertThat(first.get("extra").asInt()).isEqualTo(7);
        assertThat(strings(first.get("categories"))).containsExactly("use");
        assertThat(strings(first.get("rules"))).containsExactly("classify.contract-by-using");
        JsonNode second = SentenceFile.JSON.readTree(lines.get(1));
        assertThat(strings(second.get("categories"))).as("text_original is what the rules read").containsExactly("ter");
        JsonNode third = SentenceFile.JSON.readTree(lines.get(2));
        assertThat(strings(third.get("categories"))).isEmpty();
        assertThat(strings(third.get("rules"))).isEmpty();
    }

    @Test
    void claudetteCodesComeFromTheTaxonomyAndOtherCategoriesKeepTheirIds() {
        SentenceClassifier classifier = new SentenceClassifier(rules);

        assertThat(classifier.code("limitation-of-liability")).isEqualTo("ltd");
        assertThat(classifier.code("competing-model-restriction")).isEqualTo("competing-model-restriction");
        assertThat(classifier.classify(List.of("You may not use outputs to develop models that compete with us.")))
                .first().extracting(Verdict::categories).asList().contains("competing-model-restriction");
    }

    @Test
    void aMalformedLineFailsWithItsLineNumber() throws IOException {
        Path in = write("bad.jsonl", "{\"doc\":\"d\",\"i\":0,\"text\":\"fine\"}", "", "{\"doc\":\"d\",\"i\":1");

        assertThatThrownBy(() -> SentenceFile.read(in)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3").hasMessageContaining("not valid JSON");
    }

    @Test
    void aLineWithoutTextFailsNamingTheField() throws IOException {
        Path in = write("missing.jsonl", "{\"doc\":\"d\",\"i\":0}");

        assertThatThrownBy(() -> SentenceFile.read(in)).hasMessageContaining("line 1")
                .hasMessageContaining("'text'");
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.write(dir.resolve(name), List.of(lines));
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
