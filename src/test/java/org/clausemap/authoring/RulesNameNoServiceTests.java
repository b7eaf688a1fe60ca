package org.clausemap.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.clausemap.RuleExpressions;
import org.junit.jupiter.api.Test;

/**
 * Rules must state general legal language: a rule that names a particular service is fitted to that service's
 * document. This guards the rule files (not their cases or comments) against the names of the platforms and
 * services in the corpora the rules are measured on, and well-known product names, and so are the values of the DSL's
 * keywords and phrases (rules/clauses.dsl), which expand into the rules' expressions.
 */
class RulesNameNoServiceTests {

    private static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final List<String> PRODUCTS = List.of("bedrock", "claude", "chatgpt", "gpt", "gemini", "llama",
            "copilot", "dall", "grok", "le chat", "kiro", "amazon", "nova", "tiktok");
    /**
     * Document names that are also ordinary words of consumer contracts, used by the rules as those words: "booking"
     * is what a traveller keeps doing after revised terms are posted (continued use), whatever service it names.
     */
    private static final Set<String> ORDINARY_WORDS = Set.of("booking");

    @Test
    void ruleExpressionsNameNoServiceOrProduct() throws IOException {
        Set<String> names = new TreeSet<>(PRODUCTS);
        names.addAll(corpusNames());
        names.removeAll(ORDINARY_WORDS);
        Map<String, Pattern> wholeWords = new TreeMap<>();
        names.forEach(name -> wholeWords.put(name, Pattern.compile("(?<![a-z])" + Pattern.quote(name) + "(?![a-z])")));
        List<String> found = new ArrayList<>();
        int expressions = 0;
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path file : files.filter(p -> p.toString().matches(".*\\.(drl|dslr)")).toList()) {
                Matcher m = RuleExpressions.EXPRESSION.matcher(Files.readString(file));
                while (m.find()) {
                    expressions++;
                    String regex = m.group(1).toLowerCase(Locale.ROOT);
                    wholeWords.forEach((name, word) -> {
                        if (word.matcher(regex).find()) {
                            found.add(file + ": \"" + name + "\" in " + m.group(1));
                        }
                    });
                }
            }
        }
        // the DSL's keywords and phrases expand into the rules' expressions: their values are rule wording too
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".dsl")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.startsWith("[") || line.indexOf('=') < 0) {
                        continue;
                    }
                    expressions++;
                    String value = line.substring(line.indexOf('=') + 1).toLowerCase(Locale.ROOT);
                    wholeWords.forEach((name, word) -> {
                        if (word.matcher(value).find()) {
                            found.add(file + ": \"" + name + "\" in " + line);
                        }
                    });
                }
            }
        }
        assertThat(expressions).as("rule expressions read").isGreaterThan(100);
        assertThat(found).as("service or product names in rule expressions").isEmpty();
    }

    /** Platform folder names and CLAUDETTE document names, where the corpus is present. */
    private static Set<String> corpusNames() throws IOException {
        Set<String> names = new TreeSet<>();
        Path platforms = CORPUS.resolve("platforms");
        if (Files.isDirectory(platforms)) {
            try (Stream<Path> dirs = Files.list(platforms)) {
                dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                        .filter(n -> n.length() > 1).forEach(names::add);
            }
        }
        Path docs = CORPUS.resolve("claudette").resolve("docs").resolve("plain");
        if (Files.isDirectory(docs)) {
            try (Stream<Path> files = Files.list(docs)) {
                files.map(p -> p.getFileName().toString().replaceFirst("\\.txt$", "").toLowerCase(Locale.ROOT)
                        .replace('_', ' ').replace("-app", "")).forEach(names::add);
            }
        }
        names.remove("x");
        return names;
    }
}
