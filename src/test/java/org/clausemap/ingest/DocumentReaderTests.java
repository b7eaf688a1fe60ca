package org.clausemap.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clausemap.ingest.Fixtures.anyContains;
import static org.clausemap.ingest.Fixtures.numbered;
import static org.clausemap.ingest.Fixtures.withText;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clausemap.provision.Document;
import org.clausemap.provision.Provision;
import org.clausemap.provision.SourceFormat;
import org.jsoup.Jsoup;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DocumentReaderTests {

    private static final String HTML = "nested-numbering.html";

    @Nested
    class Html {

        private final Document document = Fixtures.read(HTML);

        @Test
        void detectsHtmlAndTakesTheTitleFromTheFirstH1() {
            assertThat(document.format()).isEqualTo(SourceFormat.HTML);
            assertThat(document.title()).isEqualTo("Example Cloud Service Terms");
            assertThat(document.source()).isEqualTo(HTML);
        }

        @Test
        void recognisesNestedClauseNumbers() {
            assertThat(document.provisions()).extracting(Provision::number).contains("50.1", "50.5", "50.12",
                    "50.12.2", "50.12.2.1", "(a)", "(b)", "(i)", "(ii)", "(iii)", "(iv)", "3(1)", "3(2)", "D.4", "9.1");
        }

        @Test
        void keepsTheNumberOutOfTheTextAndDropsItsTrailingDot() {
            Provision clause = numbered(document, "50.5");
            assertThat(clause.text()).startsWith("Except where permitted").contains("substantially similar");
        }

        @Test
        void readsBoldLeadInsAsHeadings() {
            assertThat(numbered(document, "50.12.2").heading()).isEqualTo("Abuse Detection");
            assertThat(numbered(document, "50.12").heading()).isEqualTo("Model Hosting");
            assertThat(numbered(document, "D.4").heading()).isEqualTo("Use Restrictions");
            assertThat(numbered(document, "D.4").text()).isEqualTo("Customer may not reverse engineer the Services.");
        }

        @Test
        void buildsSectionPathsFromHeadingsAndParentClauses() {
            assertThat(numbered(document, "50.5").sectionPath())
                    .containsExactly("Example Cloud Service Terms", "50. Machine Learning Services");
            assertThat(numbered(document, "50.12.2.1").sectionPath()).containsExactly("Example Cloud Service Terms",
                    "50. Machine Learning Services", "50.12. Model Hosting", "50.12.2. Abuse Detection");
            assertThat(numbered(document, "D.4").sectionPath()).contains("D. Use Restrictions and Trust");
            assertThat(withText(document, "governed by the laws of Ireland").sectionPath())
                    .endsWith("D. Use Restrictions and Trust", "Section 7 Governing Law");
        }

        @Test
        void nestsListItemsUnderTheItemThatIntroducesThem() {
            assertThat(numbered(document, "(iv)").sectionPath())
                    .endsWith("50.12.2. Abuse Detection", "(b) report it to the competent authority, where");
            assertThat(numbered(document, "(a)").sectionPath()).endsWith("50.12.2. Abuse Detection");
        }

        @Test
        void keepsCollapsedContent() {
            Provision details = numbered(document, "9.1");
            assertThat(details.heading()).isEqualTo("Can I export my data?");
            assertThat(details.text()).isEqualTo("You may export your data at any time through the console.");
            assertThat(withText(document, "We delete Customer Content within 30 days").sectionPath())
                    .endsWith("Data retention");
            assertThat(anyContains(document, "Backups are kept for 90 days")).isTrue();
        }

        @Test
        void dropsPageChromeButKeepsHeaderAndFooterOfTheArticle() {
            assertThat(anyContains(document, "We use cookies to improve")).isFalse();
            assertThat(anyContains(document, "build anything")).isFalse();
            assertThat(anyContains(document, "All rights reserved")).isFalse();
            assertThat(anyContains(document, "Legal center")).isFalse();
            assertThat(anyContains(document, "script text")).isFalse();
            assertThat(anyContains(document, "Last updated: 1 March 2026")).isTrue();
            assertThat(anyContains(document, "counsel last reviewed these terms")).isTrue();
        }

        @Test
        void keepsAContentSectionAboutCookiesInsideTheMainContent() {
            assertThat(withText(document, "Our cookie policy explains").sectionPath()).endsWith("Cookies");
        }

        @Test
        void skipsLoneLinksAndTableHeaderRows() {
            assertThat(document.provisions()).noneMatch(p -> p.text().equals("50. Machine Learning Services"));
            assertThat(document.provisions()).noneMatch(p -> p.text().startsWith("Service | Retention"));
            assertThat(withText(document, "Model Hosting | 30 days").number()).isNull();
        }

        @Test
        void resetsSectionsAtAHorizontalRule() {
            assertThat(withText(document, "Appendix text").sectionPath()).containsExactly("Appendix");
        }

        @Test
        void givesEveryProvisionAStableIdAndHash() {
            Provision clause = numbered(document, "50.5");
            String sha = Texts.sha256(Texts.normalize(clause.text()));
            assertThat(clause.sha256()).isEqualTo(sha);
            assertThat(clause.id()).isEqualTo("50.5-" + sha.substring(0, 8));
            assertThat(withText(document, "Appendix text").id()).startsWith("p-");
            Set<String> ids = new HashSet<>();
            assertThat(document.provisions()).allMatch(p -> ids.add(p.id()));
        }

        @Test
        void hashesTheDocumentFromItsNormalisedProvisions() {
            List<String> normalised = document.provisions().stream().map(p -> Texts.normalize(p.text())).toList();
            String joined = String.join("\n", normalised);
            assertThat(document.sha256()).isEqualTo(Texts.sha256(joined));
        }

        @Test
        void locatesProvisionsInTheSource() {
            String source = Fixtures.text(HTML);
            Provision clause = numbered(document, "50.5");
            assertThat(clause.location().line()).isEqualTo(lineOf(source, "<p><strong>50.5.</strong>"));
            String range = source.substring(clause.location().startOffset(), clause.location().endOffset());
            assertThat(range).startsWith("<p>").endsWith("</p>").contains("substantially similar");
        }

        @Test
        void givesCssPathsOfTheUntouchedPage() {
            org.jsoup.nodes.Document page = Jsoup.parse(Fixtures.text(HTML));
            for (Provision provision : document.provisions()) {
                Elements matched = page.select(provision.location().cssPath());
                assertThat(matched).as(provision.location().cssPath()).hasSize(1);
                String holder = Texts.collapse(matched.get(0).text());
                String text = provision.text().replace(" | ", " ");
                assertThat(holder).contains(text.substring(0, Math.min(20, text.length())));
            }
        }
    }

    @Nested
    class SelectAndRemove {

        @Test
        void readsOnlyTheSelectedElements() {
            Document document = Fixtures.read(HTML, new Selectors(List.of("section.faq"), List.of()));
            assertThat(document.provisions()).extracting(Provision::text).containsExactly(
                    "You may export your data at any time through the console.",
                    "We delete Customer Content within 30 days after termination.",
                    "Backups are kept for 90 days in encrypted form.");
        }

        @Test
        void removesWhatTheRemoveSelectorsMatch() {
            Document document = Fixtures.read(HTML, new Selectors(List.of("main"), List.of(".faq", "table")));
            assertThat(anyContains(document, "export your data")).isFalse();
            assertThat(anyContains(document, "30 days")).isFalse();
            assertThat(numbered(document, "50.5").text()).contains("substantially similar");
        }

        @Test
        void failsWhenASelectSelectorMatchesNothing() {
            assertThatThrownBy(() -> Fixtures.read(HTML, new Selectors(List.of("#terms-body"), List.of())))
                    .isInstanceOf(IngestException.class)
                    .hasMessageContaining("'#terms-body'").hasMessageContaining("select")
                    .hasMessageContaining("matched nothing").hasMessageContaining(HTML);
        }

        @Test
        void failsWhenARemoveSelectorMatchesNothing() {
            assertThatThrownBy(() -> Fixtures.read(HTML, new Selectors(List.of("main"), List.of(".promo"))))
                    .isInstanceOf(IngestException.class)
                    .hasMessageContaining("'.promo'").hasMessageContaining("remove")
                    .hasMessageContaining("matched nothing");
        }

        @Test
        void failsWhenEverySelectedElementIsRemoved() {
            assertThatThrownBy(() -> Fixtures.read(HTML, new Selectors(List.of("section.faq"), List.of("main"))))
                    .isInstanceOf(IngestException.class).hasMessageContaining("matched only elements that [main]");
        }

        @Test
        void failsOnAnInvalidSelector() {
            assertThatThrownBy(() -> Fixtures.read(HTML, new Selectors(List.of("div[class"), List.of())))
                    .isInstanceOf(IngestException.class)
                    .hasMessageContaining("Invalid CSS selector 'div[class'");
        }

        @Test
        void keepsDocumentOrderAndReadsNestedMatchesOnce() {
            String html = "<body><div class='a'><p>First clause of the terms.</p><div class='b'><p>Second clause.</p>"
                    + "</div></div><div class='c'><p>Third clause of the terms.</p></div></body>";
            Document document = Fixtures.readHtml(html, new Selectors(List.of(".c", ".b", ".a"), List.of()));
            assertThat(document.provisions()).extracting(Provision::text)
                    .containsExactly("First clause of the terms.", "Second clause.", "Third clause of the terms.");
        }

        @Test
        void keepsHeaderAndFooterInsideASelectedRegionThatAreNotPageChrome() {
            String html = "<body><header><p>Site banner text.</p></header><div id='terms'><section>"
                    + "<header><h2>4. Payment</h2><p>4.1 Fees are due monthly.</p></header>"
                    + "<p>4.2 Late fees apply after 30 days.</p><footer><p>4.3 Taxes are extra.</p></footer>"
                    + "</section></div></body>";
            Document document = Fixtures.readHtml(html, new Selectors(List.of("#terms"), List.of()));
            assertThat(document.provisions()).extracting(Provision::number).containsExactly("4.1", "4.2", "4.3");
            assertThat(numbered(document, "4.3").sectionPath()).containsExactly("4. Payment");
        }

        @Test
        void prefersSelectedElementsOutsideBoilerplate() {
            String html = "<body><header><div><p>Menu entry text.</p></div></header>"
                    + "<main><div><p>Clause text of the terms.</p></div></main></body>";
            Document document = Fixtures.readHtml(html, new Selectors(List.of("div"), List.of()));
            assertThat(document.provisions()).extracting(Provision::text).containsExactly("Clause text of the terms.");
        }
    }

    @Nested
    class Markdown {

        private final Document document = Fixtures.read("terms.md");

        @Test
        void convertsMarkdownAndReadsItLikeHtml() {
            assertThat(document.format()).isEqualTo(SourceFormat.MARKDOWN);
            assertThat(document.title()).isEqualTo("Example Markdown Terms");
            assertThat(numbered(document, "1.2").heading()).isEqualTo("Accounts");
            assertThat(numbered(document, "4.8.1").text()).isEqualTo(
                    "We will not train models on your content without your consent.");
        }

        @Test
        void readsEscapedNumbersInSetextHeadings() {
            assertThat(numbered(document, "50.13.1").sectionPath()).containsExactly("Example Markdown Terms",
                    "50. AWS Machine Learning and Artificial Intelligence Services", "50.13. Assistant");
            assertThat(numbered(document, "50.13.1").heading()).isEqualTo("Service Improvement");
            assertThat(numbered(document, "4.8.1").sectionPath())
                    .endsWith("4. Machine Learning", "4.8. Model Training");
        }

        @Test
        void readsGfmTableRows() {
            assertThat(withText(document, "Basic | 10 EUR per month").sectionPath()).endsWith("Fees");
            assertThat(anyContains(document, "Pro | 20 EUR per month")).isTrue();
            assertThat(anyContains(document, "Plan | Price")).isFalse();
        }

        @Test
        void numbersOrderedListItemsAsTheyAreShown() {
            assertThat(withText(document, "Pay on time.").number()).isEqualTo("1");
            assertThat(withText(document, "Keep your billing details current.").number()).isEqualTo("2");
        }

        @Test
        void startsANewSectionAfterTheCombinedPageSeparator() {
            assertThat(withText(document, "second page").sectionPath()).containsExactly("Second Page Title");
        }

        @Test
        void pointsAtMarkdownLinesAndOffsets() {
            String source = Fixtures.text("terms.md");
            Provision clause = numbered(document, "4.8.1");
            assertThat(clause.location().line()).isEqualTo(lineOf(source, "**4.8.1.**"));
            assertThat(source.substring(clause.location().startOffset(), clause.location().endOffset()))
                    .isEqualTo("**4.8.1.** We will not train models on your content without your consent.");
            assertThat(withText(document, "Basic |").location().line()).isEqualTo(lineOf(source, "| Basic |"));
            assertThat(clause.location().cssPath()).isNotBlank();
        }
    }

    @Nested
    class PlainText {

        private final Document document = Fixtures.read("license.txt");

        @Test
        void readsNumberedClausesOfPlainText() {
            assertThat(document.format()).isEqualTo(SourceFormat.TEXT);
            assertThat(document.title()).isEqualTo("EXAMPLE MODEL LICENSE AGREEMENT");
            Provision grant = numbered(document, "a");
            assertThat(grant.heading()).isEqualTo("Grant of Rights");
            assertThat(grant.sectionPath()).containsExactly("EXAMPLE MODEL LICENSE AGREEMENT", "1. License Rights");
            assertThat(numbered(document, "ii").sectionPath()).endsWith("3. Termination");
        }

        @Test
        void joinsContinuationLinesIntoTheirClause() {
            Provision restrictions = numbered(document, "2");
            assertThat(restrictions.heading()).isEqualTo("Restrictions");
            assertThat(restrictions.text()).isEqualTo("You will not use the Example Model to build a competing model."
                    + " This restriction survives termination.");
        }

        @Test
        void givesLinesAndOffsetsButNoCssPath() {
            String source = Fixtures.text("license.txt");
            Provision redistribution = numbered(document, "b");
            assertThat(redistribution.location().line()).isEqualTo(lineOf(source, "b. Redistribution"));
            assertThat(source.substring(redistribution.location().startOffset(), redistribution.location().endOffset()))
                    .startsWith("b. Redistribution").endsWith("with this notice.");
            assertThat(redistribution.location().cssPath()).isNull();
        }
    }

    @Nested
    class LongParagraphs {

        private final Document document = Fixtures.read("long-paragraph.html");

        @Test
        void splitsALongParagraphIntoSentencesWithTheParentsNumberAndHeading() {
            assertThat(document.provisions()).hasSize(5);
            assertThat(document.provisions()).allSatisfy(p -> {
                assertThat(p.number()).isEqualTo("12.3");
                assertThat(p.heading()).isEqualTo("Scope");
            });
            assertThat(document.provisions().get(1).text()).startsWith("Customer will not use the Services")
                    .contains("17 U.S.C. § 106").endsWith("in the European Union.");
            assertThat(document.provisions().get(3).text()).contains("(a) unauthorized access. (b) loss");
        }

        @Test
        void givesSentencesOfOneParagraphDistinctIds() {
            assertThat(document.provisions()).extracting(Provision::id).doesNotHaveDuplicates()
                    .allMatch(id -> id.startsWith("12.3-"));
        }
    }

    @Nested
    class Markup {

        @Test
        void headsADefinitionWithItsTerm() {
            Document document = Fixtures.readHtml("<main><dl><dt>Customer Content</dt><dd>All data that Customer "
                    + "uploads.</dd><dt>5.2 Fees</dt><dd>The amounts in the Order Form.</dd></dl></main>", Selectors.NONE);
            assertThat(withText(document, "All data").heading()).isEqualTo("Customer Content");
            assertThat(withText(document, "The amounts").number()).isEqualTo("5.2");
            assertThat(withText(document, "The amounts").heading()).isEqualTo("Fees");
        }

        @Test
        void dropsDialogsOutsideTheMainContent() {
            Document document = Fixtures.readHtml("<div role='dialog'><p>Subscribe to our newsletter today.</p></div>"
                    + "<main><p>1. Customer will pay all fees.</p></main>", Selectors.NONE);
            assertThat(document.provisions()).extracting(Provision::text).containsExactly("Customer will pay all fees.");
        }

        @Test
        void splitsParagraphsAtLineBreaksBeforeClauseNumbers() {
            Document document = Fixtures.readHtml("<p>1. First clause text.<br>2. Second clause text.<br>continued "
                    + "here.<br><br>Closing words of the terms.</p>", Selectors.NONE);
            assertThat(document.provisions()).extracting(Provision::text).containsExactly("First clause text.",
                    "Second clause text. continued here.", "Closing words of the terms.");
        }

        @Test
        void readsLayoutTablesAsContent() {
            Document document = Fixtures.readHtml("<table><tr><td><h2>7. Liability</h2><p>7.1 Caps apply.</p>"
                    + "</td></tr></table>", Selectors.NONE);
            assertThat(numbered(document, "7.1").sectionPath()).containsExactly("7. Liability");
        }

        @Test
        void splitsSpansLaidOutAsBlocksWhereASentenceEnds() {
            Document document = Fixtures.readHtml("<div><span><b>1. Services.</b></span><span>Meta grants you a "
                    + "licence.</span><span>You must comply with the law.</span></div>", Selectors.NONE);
            assertThat(document.provisions()).extracting(Provision::text)
                    .containsExactly("Meta grants you a licence.", "You must comply with the law.");
            assertThat(withText(document, "comply").sectionPath()).containsExactly("1. Services");
        }
    }

    @Nested
    class Detection {

        @Test
        void detectsTheFormatFromTheContentWhenTheNameSaysNothing() {
            DocumentReader reader = new DocumentReader();
            assertThat(reader.read(new Source("pasted", "<p>1. Clause text.</p>", null, null)).format())
                    .isEqualTo(SourceFormat.HTML);
            assertThat(reader.read(new Source("pasted", "# Terms\n\n**4.1.** Clause text.", null, null)).format())
                    .isEqualTo(SourceFormat.MARKDOWN);
            assertThat(reader.read(new Source("pasted", "1. Clause text.\n2. More text.", null, null)).format())
                    .isEqualTo(SourceFormat.TEXT);
        }

        @Test
        void usesThePageTitleAndThenTheSourceNameWhenThereIsNoH1() {
            DocumentReader reader = new DocumentReader();
            String titled = "<html><head><title>Page Title</title></head><body><p>Clause.</p></body></html>";
            assertThat(reader.read(new Source("a.html", titled, null, null)).title()).isEqualTo("Page Title");
            assertThat(reader.read(new Source("b.html", "<p>Clause.</p>", null, null)).title()).isEqualTo("b.html");
        }

        @Test
        void suffixesDuplicateIdsInDocumentOrder() {
            String html = "<p>1. Same text.</p><p>1. Same text.</p><p>1. Same text.</p>";
            Document document = Fixtures.readHtml(html, Selectors.NONE);
            String base = document.provisions().get(0).id();
            assertThat(document.provisions()).extracting(Provision::id).containsExactly(base, base + "-2", base + "-3");
        }

        @Test
        void readsAnEmptySourceAsADocumentWithoutProvisions() {
            Document document = new DocumentReader().read(new Source("empty.txt", "", null, null));
            assertThat(document.provisions()).isEmpty();
            assertThat(document.title()).isEqualTo("empty.txt");
        }
    }

    private static int lineOf(String source, String needle) {
        int at = source.indexOf(needle);
        assertThat(at).as("fixture holds " + needle).isNotNegative();
        return (int) source.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
