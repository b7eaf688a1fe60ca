package org.clausemap.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.clausemap.accuracy.SentenceFile;
import org.clausemap.ingest.DocumentReader;
import org.clausemap.ingest.Selectors;
import org.clausemap.ingest.Source;
import org.clausemap.ingest.SourceLoader;
import org.junit.jupiter.api.Test;

class LanguageCheckTests {

    private static final Path CORPUS = Path.of("..", "shared", "corpus");

    @Test
    void englishProvisionsAndShortLinesReadAsEnglish() {
        assertThat(LanguageCheck.readsAsEnglish("We may suspend or terminate your access to the service at any time"
                + " if you breach these terms.")).isTrue();
        assertThat(LanguageCheck.readsAsEnglish("Customer shall not use Output to develop models that compete with"
                + " Provider.")).isTrue();
        // too short to judge: headings, addresses, defined terms
        assertThat(LanguageCheck.readsAsEnglish("Article 7 (Propriété des résultats)")).isTrue();
        assertThat(LanguageCheck.readsAsEnglish("Legal Department, 1 Main Street, Springfield")).isTrue();
    }

    @Test
    void provisionsInOtherLanguagesDoNotReadAsEnglish() {
        assertThat(LanguageCheck.readsAsEnglish("Le Prestataire peut suspendre l'accès au service à tout moment et"
                + " sans préavis en cas de manquement aux présentes conditions.")).isFalse();
        assertThat(LanguageCheck.readsAsEnglish("Der Anbieter ist berechtigt, diese Bedingungen jederzeit mit"
                + " Wirkung für die Zukunft zu ändern, sofern der Kunde nicht widerspricht.")).isFalse();
        assertThat(LanguageCheck.readsAsEnglish("El Cliente no podrá utilizar los resultados generados para"
                + " desarrollar un modelo que compita con los servicios del Proveedor.")).isFalse();
        assertThat(LanguageCheck.readsAsEnglish("Il Fornitore può modificare le presenti condizioni in qualsiasi"
                + " momento dandone comunicazione al Cliente con un preavviso di trenta giorni.")).isFalse();
        assertThat(LanguageCheck.readsAsEnglish("O Usuário não poderá utilizar robôs ou outros meios automatizados"
                + " para extrair dados da plataforma sem autorização prévia.")).isFalse();
        assertThat(LanguageCheck.readsAsEnglish("利用者は、本サービスの出力を利用して競合する製品を開発してはならない。")).isFalse();
        assertThat(LanguageCheck.readsAsEnglish("يُحظر استخدام أي برامج آلية للوصول إلى التطبيق أو جمع البيانات منه."))
                .isFalse();
    }

    @Test
    void aDocumentNamesItsProvisionsThatAreNotEnglishInItsWarning() {
        Document document = new DocumentReader().read(new Source("mixed.md", """
                # Terms

                1. We may change these terms at any time by posting a new version on this page.

                2. Le Prestataire peut modifier les présentes conditions à tout moment et sans préavis.

                3. Der Anbieter kann diese Bedingungen jederzeit ändern, ohne den Kunden vorher zu informieren.
                """, SourceFormat.MARKDOWN, Selectors.NONE));
        LanguageCheck check = LanguageCheck.of(document.provisions());
        assertThat(check.notEnglish()).isEqualTo(2);
        assertThat(check.examples()).containsExactly("2", "3");
        assertThat(check.warning()).startsWith("2 of " + check.provisions() + " provisions do not read as English"
                + " (for example 2, 3)").contains("not classified");
        assertThat(LanguageCheck.of(document.provisions().subList(0, 1)).warning()).isNull();
    }

    @Test
    void theEnglishCorpusSentencesReadAsEnglish() throws IOException {
        Path sentences = CORPUS.resolve("claudette/sentences.jsonl");
        assumeTrue(Files.isRegularFile(sentences), "corpus not present");
        List<String> notEnglish = new ArrayList<>();
        for (var line : SentenceFile.read(sentences)) {
            if (!LanguageCheck.readsAsEnglish(line.text())) {
                notEnglish.add(line.text());
            }
        }
        // postal addresses and copyright lines are the only English sentences the check misreads
        assertThat(notEnglish).hasSizeLessThanOrEqualTo(8);
    }

    @Test
    void theEnglishPlatformDocumentsReadAsEnglishAndTheFrenchAndGermanNoticesOfOneAreFound() throws IOException {
        Path platforms = CORPUS.resolve("platforms");
        assumeTrue(Files.isDirectory(platforms), "corpus not present");
        Map<String, Integer> flagged = new TreeMap<>();
        try (Stream<Path> files = Files.walk(platforms)) {
            for (Path file : files.filter(f -> f.getParent() != null && !f.getParent().equals(platforms))
                    .filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".html")).sorted().toList()) {
                Document d = new DocumentReader().read(new SourceLoader().load(file.toString(), Selectors.NONE));
                LanguageCheck check = LanguageCheck.of(d.provisions());
                if (check.notEnglish() > 0) {
                    flagged.merge(platforms.relativize(file.getParent()).toString(), check.notEnglish(), Integer::sum);
                }
            }
        }
        // the Mistral terms reproduce the French statutory warranty notices (and, lately, a German one) in their
        // own language; every other provision of the 115 versions reads as English
        assertThat(flagged.keySet()).containsExactly("mistral/terms-of-service");
        assertThat(flagged.get("mistral/terms-of-service")).isGreaterThan(50);
    }
}
