package org.clausemap.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegulationCatalogTests {

    /** Maven runs tests from the project root. */
    private static final Path REGULATIONS = Path.of("regulations");

    private static final Path FIXTURES = Path.of("src/test/resources/regulation");

    /** The ids that rules and decision tables refer to. */
    private static final Set<String> IDS_USED_BY_RULES = Set.of("us-copyright", "trade-secrets", "ftc-act-5",
            "tfeu-101", "tfeu-102", "sherman-act", "eu-dma", "eu-unfair-terms", "rome-brussels", "us-faa", "gdpr",
            "ccpa", "eu-ai-act", "cfaa", "eu-dsa-p2b", "eu-data-act", "contract");

    // --- the shipped regulations/ folder -----------------------------------------------------------------------

    @Test
    void shippedCatalogDeclaresEveryFrameworkTheRulesUse() {
        RegulationCatalog catalog = RegulationCatalog.load(REGULATIONS);

        assertThat(catalog.ids()).containsAll(IDS_USED_BY_RULES);
    }

    @Test
    void everyShippedFrameworkHasCitationsAuthoritiesSourcesAndASeverityRationale() {
        for (Framework framework : RegulationCatalog.load(REGULATIONS).all()) {
            assertThat(framework.name()).as(framework.id()).isNotBlank();
            assertThat(framework.citations()).as(framework.id()).isNotEmpty().allSatisfy(c -> assertThat(c).isNotBlank());
            assertThat(framework.authorities()).as(framework.id()).isNotEmpty();
            assertThat(framework.exposure()).as(framework.id()).isNotEmpty();
            assertThat(framework.baseSeverity()).as(framework.id()).isBetween(0, 100);
            assertThat(framework.sources()).as(framework.id()).isNotEmpty()
                    .allSatisfy(url -> assertThat(url).startsWith("https://"));
            assertThat(framework.notes()).as(framework.id())
                    .contains("Severity rationale: " + framework.baseSeverity() + " - ");
        }
    }

    @Test
    void contractAppliesWhereverTheAgreementIsEnforcedAndOutranksEveryPublicLawFramework() {
        RegulationCatalog catalog = RegulationCatalog.load(REGULATIONS);
        Framework contract = catalog.require("contract");

        assertThat(contract.jurisdictions()).containsExactly("ANY");
        assertThat(contract.area()).isEqualTo("contract");
        assertThat(contract.exposure()).containsExactly("contract");
        assertThat(catalog.all()).filteredOn(f -> !f.id().equals("contract"))
                .allSatisfy(f -> assertThat(f.baseSeverity()).isLessThan(contract.baseSeverity()));
    }

    @Test
    void tradeSecretsCoversBothUsAndEuWithTheReverseEngineeringRulesCited() {
        Framework tradeSecrets = RegulationCatalog.load(REGULATIONS).require("trade-secrets");

        assertThat(tradeSecrets.jurisdictions()).containsExactly("US", "EU");
        assertThat(tradeSecrets.citations()).anySatisfy(c -> assertThat(c).contains("§ 1839(6)(B)"))
                .anySatisfy(c -> assertThat(c).contains("2016/943 Art. 3(1)(b)"));
    }

    @Test
    void unfairTermsCitesTheAnnexPointsTheConsumerCategoriesRelyOn() {
        Framework unfairTerms = RegulationCatalog.load(REGULATIONS).require("eu-unfair-terms");

        assertThat(unfairTerms.citations()).anySatisfy(c -> assertThat(c).contains("Annex point 1(j)"))
                .anySatisfy(c -> assertThat(c).contains("Annex point 1(q)"))
                .anySatisfy(c -> assertThat(c).contains("Annex point 1(b)"))
                .anySatisfy(c -> assertThat(c).contains("Annex point 1(g)"));
        assertThat(unfairTerms.jurisdictions()).containsExactly("EU");
        assertThat(unfairTerms.area()).isEqualTo("consumer-protection");
    }

    // --- queries ------------------------------------------------------------------------------------------------

    @Test
    void readsYamlAndYmlFilesAndIgnoresReadmeAndOtherFiles() {
        RegulationCatalog catalog = RegulationCatalog.load(FIXTURES.resolve("valid"));

        assertThat(catalog.ids()).containsExactly("alpha-act", "beta-code");
    }

    @Test
    void bindsEveryFieldOfTheFile() {
        Framework alpha = RegulationCatalog.load(FIXTURES.resolve("valid")).require("alpha-act");

        assertThat(alpha).isEqualTo(new Framework("alpha-act", "Alpha Act", "competition",
                List.of("Alpha Act s. 2(1)", "Alpha Act s. 9"), List.of("EU", "UK"),
                List.of("Alpha Competition Board"), List.of("regulatory-fine", "private-action"),
                55, "Fictional entry.\nSeverity rationale: 55 - fixture.",
                List.of("https://example.org/alpha-act")));
    }

    @Test
    void sourcesAreOptional() {
        Framework beta = RegulationCatalog.load(FIXTURES.resolve("valid")).require("beta-code");

        assertThat(beta.sources()).isEmpty();
        assertThat(beta.baseSeverity()).isZero();
    }

    @Test
    void allIsSortedById() {
        RegulationCatalog catalog = RegulationCatalog.load(REGULATIONS);

        assertThat(catalog.all()).extracting(Framework::id).isSorted().containsExactlyElementsOf(catalog.ids());
    }

    @Test
    void findReturnsEmptyForAnUnknownId() {
        assertThat(RegulationCatalog.load(REGULATIONS).find("no-such-law")).isEmpty();
        assertThat(RegulationCatalog.load(REGULATIONS).find("gdpr")).hasValueSatisfying(
                f -> assertThat(f.area()).isEqualTo("data-protection"));
    }

    @Test
    void requireNamesTheUnknownIdAndTheDeclaredOnes() {
        RegulationCatalog catalog = RegulationCatalog.load(FIXTURES.resolve("valid"));

        assertThatThrownBy(() -> catalog.require("gamma"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("'gamma'")
                .hasMessageContaining("alpha-act, beta-code");
    }

    @Test
    void catalogCannotBeModified() {
        RegulationCatalog catalog = RegulationCatalog.load(FIXTURES.resolve("valid"));

        assertThrows(UnsupportedOperationException.class, () -> catalog.all().clear());
        assertThrows(UnsupportedOperationException.class, () -> catalog.ids().add("x"));
    }

    // --- version ------------------------------------------------------------------------------------------------

    @Test
    void versionIsAStableSha256OfTheContents() {
        String version = RegulationCatalog.load(REGULATIONS).version();

        assertThat(version).matches("[0-9a-f]{64}");
        assertThat(RegulationCatalog.load(REGULATIONS).version()).isEqualTo(version);
    }

    @Test
    void versionChangesWithAFrameworkFileButNotWithOtherFiles(@TempDir Path dir) throws IOException {
        copyFixture("valid", dir);
        String before = RegulationCatalog.load(dir).version();

        Files.writeString(dir.resolve("README.md"), "edited\n");
        assertThat(RegulationCatalog.load(dir).version()).isEqualTo(before);

        Path beta = dir.resolve("beta-code.yml");
        Files.writeString(beta, Files.readString(beta).replace("baseSeverity: 0", "baseSeverity: 1"));
        assertThat(RegulationCatalog.load(dir).version()).isNotEqualTo(before);
    }

    // --- errors -------------------------------------------------------------------------------------------------

    @Test
    void missingAndBlankFieldsAreAllReported() {
        RegulationException e = failure("missing-field");

        assertThat(e.problems()).hasSize(3);
        assertProblem(e, "gamma-rule.yaml", 2, "name must not be blank");
        assertProblem(e, "gamma-rule.yaml", 0, "missing required field 'exposure'");
        assertProblem(e, "gamma-rule.yaml", 0, "missing required field 'notes'");
    }

    @Test
    void idMustEqualTheFileName() {
        RegulationException e = failure("id-mismatch");

        assertProblem(e, "delta-statute.yaml", 2, "id 'delta' does not match the file name");
        assertThat(e.getMessage()).contains("delta-statute.yaml:2:1:").contains("'delta-statute'");
    }

    @Test
    void baseSeverityMustBeAWholeNumberFrom0To100() {
        RegulationException e = failure("bad-severity");

        assertProblem(e, "epsilon-law.yaml", 8, "baseSeverity must be a whole number from 0 to 100, found 150");
        assertProblem(e, "zeta-law.yaml", 8, "found text 'high'");
    }

    @Test
    void unknownFieldsAreRejected() {
        RegulationException e = failure("unknown-field");

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file().getFileName()).hasToString("eta-directive.yaml");
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.message()).startsWith("unknown field 'severity'").contains("baseSeverity");
        });
    }

    @Test
    void jurisdictionsAndExposureMustComeFromTheAllowedSets() {
        RegulationException e = failure("bad-jurisdiction");

        assertProblem(e, "theta-treaty.yaml", 5, "jurisdictions 'FR' is not one of: ANY, EU, UK, US");
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.column()).isEqualTo(21));
        assertProblem(e, "theta-treaty.yaml", 7, "exposure 'damages' is not one of");
        assertProblem(e, "kappa-pact.yaml", 5, "'ANY' already covers every jurisdiction and must stand alone");
    }

    @Test
    void malformedYamlIsReportedWithItsLine() {
        RegulationException e = failure("malformed");

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file().getFileName()).hasToString("lambda-order.yaml");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.hasPosition()).isTrue();
            assertThat(p.message()).startsWith("malformed YAML:").contains("flow sequence (line 4, column 12)");
        });
    }

    @Test
    void anIdDefinedTwiceIsReportedNamingBothFiles() {
        RegulationException e = failure("duplicate-id");

        assertProblem(e, "mu-rule.yml", 0, "duplicate id 'mu-rule', already defined in");
        assertThat(e.getMessage()).contains("mu-rule.yaml");
    }

    @Test
    void everyProblemInEveryFileIsReportedAtOnce() {
        RegulationException e = failure("several-problems");

        assertThat(e.problems()).hasSize(7).noneSatisfy(p -> assertThat(p.file().toString()).contains("nu-act"));
        assertProblem(e, "omicron-act.yaml", 1, "expected a mapping of framework fields");
        assertProblem(e, "xi-act.yaml", 1, "id 'xi' does not match the file name");
        assertProblem(e, "xi-act.yaml", 3, "area 'magic' is not one of");
        assertProblem(e, "xi-act.yaml", 4, "citations must list at least one entry");
        assertProblem(e, "xi-act.yaml", 5, "jurisdictions lists 'US' twice");
        assertProblem(e, "xi-act.yaml", 6, "authorities must be a list");
        assertProblem(e, "xi-act.yaml", 8, "found -1");
        assertThat(e.getMessage()).startsWith("7 problems in the framework definitions:");
    }

    @Test
    void idsMustBeLowerCaseWordsJoinedByHyphens(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Bad_Id.yaml"), Files.readString(FIXTURES.resolve("valid/beta-code.yml"))
                .replace("id: beta-code", "id: Bad_Id"));

        RegulationException e = assertThrows(RegulationException.class, () -> RegulationCatalog.load(dir));

        assertProblem(e, "Bad_Id.yaml", 1, "id 'Bad_Id' must be lower-case letters and digits");
    }

    @Test
    void duplicateKeysSecondDocumentsEmptyFilesAndNonUtf8TextAreReported(@TempDir Path dir) throws IOException {
        String beta = Files.readString(FIXTURES.resolve("valid/beta-code.yml"));
        Files.writeString(dir.resolve("beta-code.yml"), beta + "name: Beta Code again\n---\nid: other\n");
        Files.writeString(dir.resolve("empty.yaml"), "");
        Files.write(dir.resolve("latin1.yaml"), new byte[] {'i', 'd', ':', ' ', (byte) 0xE9});

        RegulationException e = assertThrows(RegulationException.class, () -> RegulationCatalog.load(dir));

        assertProblem(e, "beta-code.yml", 10, "field 'name' is given twice");
        assertProblem(e, "beta-code.yml", 12, "only one YAML document per file");
        assertProblem(e, "empty.yaml", 0, "the file is empty");
        assertProblem(e, "latin1.yaml", 0, "not valid UTF-8");
        assertThat(e.problems()).hasSize(4);
    }

    @Test
    void hiddenFilesAreIgnored(@TempDir Path dir) throws IOException {
        copyFixture("valid", dir);
        Files.writeString(dir.resolve(".#alpha-act.yaml"), "editor lock file: not: yaml");

        assertThat(RegulationCatalog.load(dir).ids()).containsExactly("alpha-act", "beta-code");
    }

    @Test
    void anEmptyFolderIsAnErrorNamingThePath(@TempDir Path dir) {
        RegulationException e = assertThrows(RegulationException.class, () -> RegulationCatalog.load(dir));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(dir);
            assertThat(p.message()).contains("no framework files");
        });
        assertThat(e.getMessage()).contains(dir.toString());
    }

    @Test
    void aFolderWithOnlyOtherFilesIsAnErrorNamingThePath() {
        Path dir = FIXTURES.resolve("no-framework-files");

        RegulationException e = assertThrows(RegulationException.class, () -> RegulationCatalog.load(dir));

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.file()).isEqualTo(dir));
    }

    @Test
    void aMissingFolderIsAnErrorNamingThePath() {
        Path dir = FIXTURES.resolve("does-not-exist");

        RegulationException e = assertThrows(RegulationException.class, () -> RegulationCatalog.load(dir));

        assertThat(e.getMessage()).contains(dir.toString()).contains("does not exist");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static RegulationException failure(String fixture) {
        return assertThrows(RegulationException.class, () -> RegulationCatalog.load(FIXTURES.resolve(fixture)));
    }

    /** Some problem is in {@code fileName}, at {@code line} (0: no position) and its message contains the text. */
    private static void assertProblem(RegulationException e, String fileName, int line, String text) {
        assertThat(e.problems()).as(e.getMessage()).anySatisfy(p -> {
            assertThat(p.file().getFileName()).hasToString(fileName);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains(text);
        });
    }

    private static void copyFixture(String fixture, Path target) throws IOException {
        try (var files = Files.list(FIXTURES.resolve(fixture))) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
    }
}
