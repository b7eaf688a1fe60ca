package org.clausemap.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.clausemap.RuleExpressions;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PrefilterTests {

    @Test
    void literalRunsAndMandatoryGroupsBecomeRequiredWords() {
        // a literal run directly followed by a mandatory group of plain words: the run joined to each of them
        assertThat(Prefilter.of("\\barbitra(tion|tor)\\b").literals()).containsExactly("arbitration", "arbitrator");
        assertThat(Prefilter.of("\\bmay\\b[^.;]{0,60}\\buse (it|them)\\b").literals())
                .containsExactly("use it", "use them");
        assertThat(Prefilter.of("\\bpost(s|ed)?\\b").literals()).containsExactly("post");
        assertThat(Prefilter.of("\\bpost(s|\\w+)\\b").literals()).containsExactly("post");
        assertThat(Prefilter.of("\\b(develop|train|build)\\w*\\b[^.;]{0,200}\\bcompet(e|ing)").literals())
                .containsExactly("compete", "competing");
        assertThat(Prefilter.of("\\b(develop|train|build)\\w*\\b[^.;]{0,200}\\bsim").literals())
                .containsExactly("develop", "train", "build");
        assertThat(Prefilter.of("in no event|\\bnot (be )?liable").literals()).containsExactly("in no event", "liable");
    }

    @Test
    void theGateHoldsTheFirstRequiredElementOfEachBranch() {
        // elements are tried fewest alternatives first: the single word before the group of four
        assertThat(Prefilter.of("\\bterminat\\w*\\b[^.;]{0,40}\\b(accounts?|access|services?|agreements?)\\b")
                .gateWords()).extracting(MatchText.Word::text).containsExactly("terminat");
        assertThat(Prefilter.of("\\b(scrape|crawl)\\w*").gateWords()).extracting(MatchText.Word::text)
                .containsExactlyInAnyOrder("scrape", "crawl");
    }

    @Test
    void optionalPartsAreNeverRequired() {
        assertThat(Prefilter.of("\\boutputs?\\b").literals()).containsExactly("output");
        assertThat(Prefilter.of("(hereby )?grants?").literals()).containsExactly("grant");
        assertThat(Prefilter.of("\\b(sole )?discretion").literals()).containsExactly("discretion");
    }

    @Test
    void noPrefilterWhenABranchHasNoSafeWord() {
        assertThat(Prefilter.of("\\b\\w+\\b")).isNull();
        assertThat(Prefilter.of("arbitration|^(not|no)\\b")).isNull();
        assertThat(Prefilter.of("a|bc")).isNull();
        assertThat(Prefilter.of("(?=x)abc|\\Qa|b\\E")).isNull();
    }

    @Test
    void escapedPunctuationIsLiteralButClassEscapesAreNot() {
        assertThat(Prefilter.of("u\\.s\\.c\\.").literals()).containsExactly("u.s.c.");
        assertThat(Prefilter.of("\\d+ days").literals()).containsExactly(" days");
    }

    @Test
    void aCaseSensitivePartKeepsThePrefilter() {
        Prefilter filter = Prefilter.of("\\bbased solely on (an? )?(?-i:[A-Z][\\w-]*(?: [A-Z][\\w-]*){0,3})");
        assertThat(filter).isNotNull();
        assertThat(filter.literals()).containsExactly("based solely on ");
        assertThat(filter.admits(MatchText.of("Do not reject anyone based solely on a Match Report."))).isTrue();
        assertThat(filter.admits(MatchText.of("Decisions need a human review."))).isFalse();
    }

    @Test
    void anEscapeKeepsItsArgumentsOutOfTheWords() {
        // \x22 is a quotation mark: "22 off" is no word a match holds
        String quoted = "\\bswitch\\w* \\x22[^\\x22]{0,40}\\bimprov\\w*[^\\x22]{0,40}\\x22 off\\b";
        assertThat(Prefilter.of(quoted).admits(MatchText.of("Switch \"Help improve Quillo\" off in Settings."))).isTrue();
        assertThat(Prefilter.of("caf\\u00e9 terms").literals()).containsExactly(" terms");
        assertThat(Prefilter.of("\\p{Lu}nited states").literals()).containsExactly("nited states");
        assertThat(Prefilter.of("\\x{201C}terms of use").literals()).containsExactly("terms of use");
        assertThat(Prefilter.of("\\0101ct of god").literals()).containsExactly("ct of god");
    }

    /** Soundness: over real clause texts, a prefilter never rejects a text that the expression matches. */
    @Test
    void neverRejectsATextTheExpressionMatches() throws IOException {
        List<String> texts = sentences(4000);
        List<String> regexes = shippedExpressions();
        assertThat(regexes).hasSizeGreaterThan(20);
        int checked = 0;
        for (String regex : regexes) {
            Prefilter filter = Prefilter.of(regex);
            if (filter == null) {
                continue;
            }
            Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
            for (String text : texts) {
                if (p.matcher(text).find()) {
                    assertThat(filter.admits(MatchText.of(text))).as("%s on %s", regex, text).isTrue();
                    checked++;
                }
            }
        }
        assertThat(checked).isPositive();
    }

    /**
     * Searching only where a match can start, with the words looked up in the rule base's word index, finds exactly
     * what a full search finds. Each expression's first text is made before the expression is compiled (its words
     * are then looked for in the text itself); the rest use an index that holds them.
     */
    @Test
    void anchoredSearchAgreesWithAFullSearch() throws IOException {
        List<String> texts = sentences(2500);
        TextPatterns patterns = new TextPatterns();
        int anchored = 0;
        for (String regex : shippedExpressions()) {
            Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
            if (Prefilter.leading(regex) != null) {
                anchored++;
            }
            for (String text : texts) {
                assertThat(patterns.find(regex, patterns.text(text)))
                        .as("%s on %s", regex, text).isEqualTo(p.matcher(text).find());
            }
        }
        assertThat(anchored).isPositive();
    }

    /**
     * Texts share the word index of the expressions compiled before they were made; it is rebuilt only once new words
     * are known, and a text made earlier still answers the newer words exactly (from its own text).
     */
    @Test
    void textsShareOneIndexUntilNewWordsAreCompiled() {
        TextPatterns patterns = new TextPatterns();
        String terminate = "\\bterminat\\w*\\b[^.;]{0,40}\\baccounts?\\b";
        String suspend = "\\bsuspend\\w*\\b[^.;]{0,20}\\baccess\\b";
        MatchText first = patterns.text("we may terminate your account");
        assertThat(first.wordIndex().size()).as("nothing compiled yet").isZero();
        assertThat(patterns.find(terminate, first)).isTrue();
        MatchText second = patterns.text("we may suspend your access");
        assertThat(second.wordIndex().size()).as("terminat, account").isEqualTo(2);
        assertThat(patterns.text("another clause").wordIndex()).isSameAs(second.wordIndex());
        assertThat(patterns.find(terminate, second)).isFalse();
        assertThat(patterns.find(suspend, second)).as("words newer than the text's index").isTrue();
        assertThat(patterns.find(suspend, first)).isFalse();
        assertThat(patterns.text("x").wordIndex().size()).as("suspend, access added").isEqualTo(4);
    }

    /** The word index finds exactly the words String.contains finds, overlapping and nested ones too. */
    @Test
    void wordIndexAnswersExactlyAsASearch() throws IOException {
        List<String> words = shippedLiterals(new ArrayList<>(List.of("he", "she", "his", "hers", "s", "use", "user",
                "users", "u.s.c.", " days", "may not", "zzq")));
        WordIndex index = new WordIndex(words);
        assertThat(index.size()).isEqualTo(words.size());
        List<String> texts = new ArrayList<>(sentences(1500));
        texts.addAll(List.of("ushers", "", "the users' days", "U.S.C. \u00a7 107"));
        int present = 0;
        for (String text : texts) {
            MatchText match = MatchText.of(text, index);
            String lower = TextPatterns.lower(text);
            for (int id = 0; id < words.size(); id++) {
                boolean expected = lower.contains(words.get(id));
                assertThat(match.contains(MatchText.Word.of(words.get(id), id)))
                        .as("%s in %s", words.get(id), text).isEqualTo(expected);
                present += expected ? 1 : 0;
            }
        }
        assertThat(present).isPositive();
    }

    /**
     * A set of alternative words answers as a search for each of them would, whether the text's index holds all of
     * the words (bit masks), some (a word compiled after the index was built), or none (a word without an id).
     */
    @Test
    void wordSetAnswersExactlyAsASearch() throws IOException {
        List<String> words = shippedLiterals(new ArrayList<>());
        assertThat(words.size()).as("enough words to span many 64-bit slots").isGreaterThan(200);
        WordIndex index = new WordIndex(words.subList(0, words.size() - 10));
        List<MatchText.Word> all = new ArrayList<>();
        for (int id = 0; id < words.size(); id++) {
            all.add(MatchText.Word.of(words.get(id), id));
        }
        List<List<MatchText.Word>> sets = new ArrayList<>();
        for (int i = 0; i + 7 < all.size(); i += 7) {
            sets.add(List.of(all.get(i), all.get(i + 3), all.get(all.size() - 1 - i % 10)));
            sets.add(List.of(all.get(i), all.get((i * 31 + 5) % (all.size() - 10))));
        }
        sets.add(List.of(all.get(all.size() - 1)));
        sets.add(List.of(all.get(1), MatchText.Word.of(words.get(2))));
        int found = 0;
        for (String text : sentences(600)) {
            MatchText match = MatchText.of(text, index);
            String lower = TextPatterns.lower(text);
            for (List<MatchText.Word> set : sets) {
                boolean expected = set.stream().anyMatch(w -> lower.contains(w.text()));
                assertThat(new WordSet(set).foundIn(match)).as("%s in %s", set, text).isEqualTo(expected);
                found += expected ? 1 : 0;
            }
        }
        assertThat(found).isPositive();
    }

    /**
     * Sets numbered in the index are answered from the scan's bits, exactly as a search for each word; a set with a
     * word the index does not hold, and every set after it, is answered word by word.
     */
    @Test
    void indexedWordSetsAnswerExactlyAsASearch() throws IOException {
        List<String> words = shippedLiterals(new ArrayList<>());
        List<int[]> sets = new ArrayList<>();
        for (int i = 0; i + 7 < words.size() - 10; i += 7) {
            sets.add(new int[] {i, i + 3, (i * 31 + 5) % (words.size() - 10)});
        }
        int held = sets.size();
        sets.add(new int[] {0, words.size() - 1});
        sets.add(new int[] {1});
        WordIndex index = new WordIndex(words.subList(0, words.size() - 10), sets);
        assertThat(index.sets()).as("the sets before the first with a word beyond the index").isEqualTo(held);
        int found = 0;
        for (String text : sentences(600)) {
            MatchText match = MatchText.of(text, index);
            String lower = TextPatterns.lower(text);
            for (int k = 0; k < sets.size(); k++) {
                List<MatchText.Word> set = Arrays.stream(sets.get(k))
                        .mapToObj(id -> MatchText.Word.of(words.get(id), id)).toList();
                boolean expected = set.stream().anyMatch(w -> lower.contains(w.text()));
                assertThat(new WordSet(set, k).foundIn(match)).as("%s in %s", set, text).isEqualTo(expected);
                if (k < held) {
                    // the index's own bit for the set, which the scan marks with each word it finds
                    assertThat(match.containsSet(k)).as("bit of %s in %s", set, text).isEqualTo(expected);
                }
                found += expected ? 1 : 0;
            }
        }
        assertThat(found).isPositive();
    }

    /** Words beyond the states a char table can number are not held, and answered from the text itself. */
    @Test
    void anIndexHoldsTheWordsItsStatesAllowAndTheRestAreSearched() {
        List<String> words = new ArrayList<>();
        Random random = new Random(7);
        while (words.size() < 7000) {
            StringBuilder w = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                w.append((char) ('a' + random.nextInt(26)));
            }
            words.add(w.toString());
        }
        WordIndex index = new WordIndex(words);
        assertThat(index.size()).isLessThan(words.size()).isGreaterThan(WordIndex.MAX_STATES / 12 - 100);
        assertThat(index.offeredWords()).isEqualTo(words.size());
        String text = "x " + words.get(0) + " y " + words.get(6999) + " z " + words.get(index.size());
        MatchText match = MatchText.of(text, index);
        for (int id : new int[] {0, 1, index.size() - 1, index.size(), 6998, 6999}) {
            assertThat(match.contains(MatchText.Word.of(words.get(id), id))).as("word %d", id)
                    .isEqualTo(text.contains(words.get(id)));
        }
    }

    /** The pair signature only ever short-cuts a search: it answers exactly as String.contains does. */
    @Test
    void signatureAnswersExactlyAsASearch() throws IOException {
        List<String> texts = sentences(1500);
        List<String> literals = new ArrayList<>(List.of("arbitration", "terminate", "liable", "u.s.c.", " days",
                "zzq", "ab", "a", ""));
        for (String regex : shippedExpressions()) {
            Prefilter filter = Prefilter.of(regex);
            if (filter != null) {
                literals.addAll(filter.literals());
            }
        }
        int present = 0;
        int absent = 0;
        int ruledOut = 0;
        for (String text : texts) {
            MatchText match = MatchText.of(text);
            String lower = TextPatterns.lower(text);
            for (String literal : literals) {
                MatchText.Word word = MatchText.Word.of(literal);
                boolean expected = lower.contains(literal);
                assertThat(match.contains(word)).as("%s in %s", literal, text).isEqualTo(expected);
                if (expected) {
                    assertThat(match.mayContain(word)).as("signature of %s in %s", literal, text).isTrue();
                    present++;
                } else {
                    absent++;
                    ruledOut += match.mayContain(word) ? 0 : 1;
                }
            }
        }
        assertThat(present).isPositive();
        // the point of the signature: it settles most absent words without a search
        assertThat(ruledOut).as("absent words ruled out by the signature alone").isGreaterThan(absent / 2);
    }

    @Test
    void leadingLiteralsFollowZeroWidthTokensAndMandatoryGroups() {
        assertThat(Prefilter.leading("\\b(develop|train)\\w*\\b[^.;]{0,20}\\bmodel")).containsExactly("develop", "train");
        // while the opening literals are whole matches of their piece, the next piece continues them
        assertThat(Prefilter.leading("(?<!this )\\byou (may|can)")).containsExactly("you may", "you can");
        assertThat(Prefilter.leading("\\b(is|are|be) entitled\\b")).containsExactly("is entitled", "are entitled",
                "be entitled");
        assertThat(Prefilter.leading("\\bha(s|ve) the right\\b")).containsExactly("has the right", "have the right");
        assertThat(Prefilter.leading("\\b(may|can)\\b(?! not)[^.;]{0,9}x")).containsExactly("may", "can");
        assertThat(Prefilter.leading("\\bterms?\\b of")).containsExactly("term");
        assertThat(Prefilter.leading("(ab)+c")).containsExactly("ab");
        assertThat(Prefilter.leading("(a1|a2|a3|a4|a5|a6|a7|a8|a9)(b1|b2|b3|b4|b5|b6|b7|b8)")).hasSize(9);
        assertThat(Prefilter.leading("\\boutputs?\\b|\\bin no event")).containsExactly("output", "in no event");
        assertThat(Prefilter.leading("\\w+ing\\b")).isNull();
        // an optional opening group: the match opens with it or with what follows it
        assertThat(Prefilter.leading("(sole )?discretion")).containsExactly("sole ", "discretion");
        assertThat(Prefilter.leading("\\b(?:you|(?:the )?(?:customers?|users?))\\b"))
                .containsExactly("you", "the ", "customer", "user");
        assertThat(Prefilter.leading("(sole )?\\w+ion")).isNull();
        assertThat(Prefilter.leading("(sole )*discretion")).containsExactly("sole ", "discretion");
        // '^' anchors a branch at the start of the text: it can start nowhere else ("" stands for that position)
        assertThat(Prefilter.leading("^(not|no)\\b")).containsExactly("");
        assertThat(Prefilter.leading("(\\byou\\b[^.;]{0,40}\\bmay not|^\\W*(do not|never))\\b[^.;]{0,60}\\buse\\b"))
                .containsExactly("you", "");
        assertThat(Prefilter.of("(?m)^(not|no)\\b[^.;]{0,9}\\bliable")).isNull();
    }

    @Test
    void aBranchAnchoredAtTheStartIsTriedThereOnly() {
        // the anchored alternative adds the start of the text to the positions tried, and nothing else
        Prefilter anchored = Prefilter.of("(\\byou\\b[^.;]{0,40}\\bmay not|^\\W*(do not|never))\\b[^.;]{0,60}\\buses?\\b");
        assertThat(anchored.starts(MatchText.of("never use outputs; others use them"))).containsExactly(0);
        assertThat(anchored.starts(MatchText.of("so you may not use them"))).containsExactly(0, 3);
        TextPatterns patterns = new TextPatterns();
        String regex = "(\\byou\\b[^.;]{0,40}\\bmay not|^\\W*(\\(?[a-z]{1,3}\\)\\s*)?(?=use\\b))[^.;]{0,60}\\boutputs?\\b";
        assertThat(patterns.find(regex, MatchText.of("(b) use any outputs to build a rival model"))).isTrue();
        assertThat(patterns.find(regex, MatchText.of("Then you may not use outputs."))).isTrue();
        assertThat(patterns.find(regex, MatchText.of("Customers use outputs at their own risk."))).isFalse();
    }

    /**
     * The starts of a branch are every occurrence of its leading literals, the literals the signature of character
     * pairs rules out included: it only spares the search of literals a text lacks.
     */
    @Test
    void startsAreEveryOccurrenceOfALeadingLiteral() throws IOException {
        List<String> texts = sentences(400);
        int starts = 0;
        for (String regex : shippedExpressions()) {
            Prefilter filter = Prefilter.of(regex);
            if (filter == null || Prefilter.leading(regex) == null) {
                continue;
            }
            for (String text : texts) {
                String lower = TextPatterns.lower(text);
                List<Integer> expected = new ArrayList<>();
                for (String literal : Prefilter.leading(regex)) {
                    for (int i = lower.indexOf(literal); i >= 0;
                            i = literal.isEmpty() ? -1 : lower.indexOf(literal, i + 1)) {
                        expected.add(i);
                    }
                }
                expected.sort(null);
                assertThat(filter.starts(MatchText.of(text))).as("%s on %s", regex, text)
                        .containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
                starts += expected.size();
            }
        }
        assertThat(starts).isPositive();
    }

    /** Adds to the words, once each, the prefilter literals of every shipped expression; returns the words. */
    private static List<String> shippedLiterals(List<String> words) throws IOException {
        for (String regex : shippedExpressions()) {
            Prefilter filter = Prefilter.of(regex);
            if (filter != null) {
                filter.literals().stream().filter(w -> !words.contains(w)).forEach(words::add);
            }
        }
        return words;
    }

    /** The first CLAUDETTE sentences, folded as clauses are (skipped where the corpus is absent). */
    static List<String> sentences(int limit) throws IOException {
        Path sentences = Path.of("..", "shared", "corpus", "claudette", "sentences.jsonl");
        assumeTrue(Files.isRegularFile(sentences), "CLAUDETTE corpus not present");
        List<String> texts = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        try (Stream<String> lines = Files.lines(sentences)) {
            lines.limit(limit).forEach(l -> {
                JsonNode node = json.readTree(l);
                JsonNode text = node.has("text_original") ? node.get("text_original") : node.get("text");
                texts.add(TextPatterns.fold(text.asString()));
            });
        }
        return texts;
    }

    @Test
    void theExpressionsOfEveryClauseMethodAreChecked() {
        Matcher m = RuleExpressions.EXPRESSION.matcher(
                "Clause( has(\"a\\\\bb\"), inSection(\"c\"), introduces(\"\\\\bd\"), x says \"e\" )");
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        assertThat(found).containsExactly("a\\\\bb", "c", "\\\\bd", "e");
    }

    /** A DSL placeholder ("{wording}"): the phrase's expression, not one itself. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z]+\\}");

    /** A DSL keyword: replaced wherever it stands in a .dslr file, inside a wording too. */
    private static final Pattern KEYWORD = Pattern.compile("(?m)^\\[keyword\\]\\[\\]([^=]+)=(.*)$");

    /**
     * Every expression of the shipped rules, the DSL's own (the exclusions its phrases add) included, with the DSL's
     * keywords replaced as Drools replaces them.
     */
    static List<String> shippedExpressions() throws IOException {
        Map<String, String> keywords = new LinkedHashMap<>();
        Matcher k = KEYWORD.matcher(Files.readString(Path.of("rules/clauses.dsl")));
        while (k.find()) {
            keywords.put(k.group(1), k.group(2));
        }
        assertThat(keywords).as("the DSL's keywords").isNotEmpty();
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path f : files.filter(p -> p.toString().matches(".*\\.(drl|dslr|dsl)")).toList()) {
                String text = Files.readString(f);
                if (f.toString().endsWith(".dslr")) {
                    for (Map.Entry<String, String> keyword : keywords.entrySet()) {
                        text = text.replace(keyword.getKey(), keyword.getValue());
                    }
                }
                Matcher m = RuleExpressions.EXPRESSION.matcher(text);
                while (m.find()) {
                    if (!PLACEHOLDER.matcher(m.group(1)).find()) {
                        out.add(m.group(1).replace("\\\\", "\\"));
                    }
                }
            }
        }
        assertThat(out).as("expressions still naming a DSL keyword (checked as Drools never reads them)")
                .noneMatch(e -> keywords.keySet().stream().anyMatch(e::contains));
        return out;
    }
}
