package org.clausemap.export.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clausemap.export.workbook.AnalysisFixture.AT_TEXT;
import static org.clausemap.export.workbook.AnalysisFixture.FORMULA_TEXT;
import static org.clausemap.export.workbook.AnalysisFixture.PLUS_TEXT;
import static org.clausemap.export.workbook.Workbooks.rowOfLabel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clausemap.analysis.Analysis;
import org.junit.jupiter.api.Test;

class WorkbookWriterTests {

    private final Analysis analysis = AnalysisFixture.sample().build();
    private final XSSFWorkbook wb = Workbooks.open(Workbooks.write(analysis));

    @Test
    void sheetsComeInReadingOrderWithTheIdentitySheetVeryHiddenLast() {
        List<String> names = IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName).toList();

        assertThat(names).containsExactly("Summary", "Provisions", "Mappings", "Checklist", "Rule trace", "Method",
                "_clausemap");
        assertThat(wb.getSheetVisibility(6)).isEqualTo(SheetVisibility.VERY_HIDDEN);
        assertThat(wb.getActiveSheetIndex()).isZero();
    }

    @Test
    void tableSheetsHaveTheirHeadersFrozenAndFiltered() {
        assertTable("Provisions", List.of("Provision id", "Number", "Section", "Heading", "Text", "Categories",
                "Forms", "Qualifiers", "Rules", "Line", "Source", "CSS path"), 4);
        assertTable("Mappings", List.of("Provision id", "Number", "Category", "Framework", "Citation", "Score", "Band",
                "Factors", "Rules", "Rationale"), 3);
        assertTable("Checklist", List.of("Action id", "Action", "Priority", "Owner", "Frameworks", "Citations",
                "Evidence", "Max score", "Rules", "Status", "Reviewer", "Due date", "Notes"), 2);
        assertTable("Rule trace", List.of("#", "Rule id", "Stage", "Provision ids"), 3);
    }

    @Test
    void documentTextThatReadsLikeAFormulaStaysText() {
        Sheet provisions = wb.getSheet("Provisions");
        List<Cell> texts = IntStream.rangeClosed(1, 4).mapToObj(r -> provisions.getRow(r).getCell(4)).toList();

        assertThat(texts).allSatisfy(c -> assertThat(c.getCellType()).isEqualTo(CellType.STRING));
        assertThat(texts).extracting(Cell::getStringCellValue).containsSubsequence(FORMULA_TEXT, PLUS_TEXT, AT_TEXT);
        assertThat(((XSSFCellStyle) texts.get(1).getCellStyle()).getQuotePrefixed()).isTrue();
        assertThat(cellsOfEverySheet()).noneMatch(c -> c.getCellType() == CellType.FORMULA);
    }

    @Test
    void summaryIdentifiesTheAnalysisAndHeatColoursTheFrameworkScores() {
        Sheet summary = wb.getSheet("Summary");

        assertThat(value(summary, "SHA-256")).isEqualTo(AnalysisFixture.SHA);
        assertThat(value(summary, "Analysis id")).isEqualTo(Workbooks.ANALYSIS_ID);
        assertThat(value(summary, "Analysed at")).isEqualTo("2026-01-15T09:30:00Z");
        assertThat(value(summary, "Rule set version")).isEqualTo("rules-7c2f");
        assertThat(value(summary, "Rules")).isEqualTo("57");
        assertThat(value(summary, "Regulations version")).isEqualTo("regs-19ab");
        assertThat(value(summary, "Jurisdictions")).isEqualTo("EU, US");
        assertThat(value(summary, "Market position")).isEqualTo("dominant");
        assertThat(value(summary, "Document score")).isEqualTo("42");
        assertThat(value(summary, "Band")).isEqualTo("medium");

        int header = rowOfLabel(summary, "Framework");
        Row dma = summary.getRow(header + 1);
        assertThat(dma.getCell(0).getStringCellValue()).isEqualTo("eu-dma");
        assertThat(dma.getCell(2).getStringCellValue()).isEqualTo("Regulation (EU) 2022/1925");
        assertThat(dma.getCell(3).getNumericCellValue()).isEqualTo(42);
        assertThat(dma.getCell(4).getStringCellValue()).isEqualTo("medium");
        assertThat(dma.getCell(5).getNumericCellValue()).isEqualTo(2);
        assertThat(colourScaleRanges(summary)).contains(new CellRangeAddress(header + 1, header + 2, 3, 3));
    }

    @Test
    void summaryRunsTitlePairsFrameworksFindingsAndDisclaimerWithABlankRowBeforeEachSection() {
        XSSFSheet summary = wb.getSheet("Summary");
        String dma = "You may not use Outputs to develop models that compete with us.";

        assertThat(Workbooks.rows(summary)).containsExactly(
                "Due-diligence workbook: Example Terms of Service",
                "",
                "Document | Example Terms of Service",
                "Source | " + AnalysisFixture.URL,
                "Format | HTML",
                "Platform | example",
                "Document type | terms-of-service",
                "SHA-256 | " + AnalysisFixture.SHA,
                "Analysis id | " + Workbooks.ANALYSIS_ID,
                "Analysed at | 2026-01-15T09:30:00Z",
                "Rule set version | rules-7c2f",
                "Rules | 57",
                "Regulations version | regs-19ab",
                "Jurisdictions | EU, US",
                "Market position | dominant",
                "Document score | 42",
                "Band | medium",
                "Driving framework | eu-dma",
                "High or critical engagements | 0",
                "Provisions | 4",
                "Engagements | 3",
                "Checklist actions | 2",
                "",
                "Frameworks engaged, highest score first",
                "Framework | Name | Citation | Score | Band | Provisions | Driving provision",
                "eu-dma | Digital Markets Act | Regulation (EU) 2022/1925 | 42 | medium | 2 | 4.2-aa11",
                "us-sherman | Sherman Act | 15 U.S.C. \u00A7\u00A7 1-7 | 18 | low | 1 | 4.2-aa11",
                "",
                "Top findings: the highest-scoring engagements",
                "Score | Band | Framework | Citation | Provision | Category | Quote",
                "42 | medium | eu-dma | Art. 6(6) DMA | \u00A74.2 | competing-model-restriction | " + dma,
                "30 | medium | eu-dma | Art. 6(7) DMA | p-bb22 | output-use-restriction | " + FORMULA_TEXT,
                "18 | low | us-sherman | 15 U.S.C. \u00A7 2 | \u00A74.2 | competing-model-restriction | " + dma,
                "",
                "Disclaimer",
                analysis.disclaimer());
        assertThat(summary.getRow(0).getCell(0).getCellStyle().getFont().getFontHeightInPoints()).isEqualTo((short) 14);
        assertThat(summary.getRow(23).getCell(0).getCellStyle().getFillForegroundColorColor()).isNotNull();
        assertThat(summary.getRow(24).getCell(0).getCellStyle().getFont().getBold()).isTrue();
        assertThat(summary.getMergedRegions()).containsExactly(new CellRangeAddress(35, 35, 0, 6));
        assertThat(summary.getRow(35).getHeightInPoints()).isEqualTo(3 * summary.getDefaultRowHeightInPoints());
        assertThat(colourScaleRanges(summary)).containsExactly(new CellRangeAddress(15, 15, 1, 1),
                new CellRangeAddress(25, 26, 3, 3), new CellRangeAddress(30, 32, 0, 0));
        assertThat(IntStream.range(0, 7).map(summary::getColumnWidth).toArray())
                .containsExactly(30 * 256, 44 * 256, 36 * 256, 9 * 256, 11 * 256, 12 * 256, 70 * 256);
    }

    @Test
    void summaryOfAnEmptyAnalysisSaysNoFrameworkIsEngagedAndColoursOnlyTheDocumentScore() {
        XSSFSheet summary = Workbooks.open(Workbooks.write(new AnalysisFixture().build())).getSheet("Summary");
        List<String> rows = Workbooks.rows(summary);

        assertThat(rows.subList(22, rows.size() - 1)).containsExactly("", "Frameworks engaged, highest score first",
                "Framework | Name | Citation | Score | Band | Provisions | Driving provision",
                "No framework is engaged.", "", "Top findings: the highest-scoring engagements",
                "Score | Band | Framework | Citation | Provision | Category | Quote", "", "Disclaimer");
        assertThat(summary.getMergedRegions()).containsExactly(new CellRangeAddress(31, 31, 0, 6));
        assertThat(colourScaleRanges(summary)).containsExactly(new CellRangeAddress(15, 15, 1, 1));
    }

    @Test
    void summaryListsTopFindingsWithQuoteAndCitationThenTheDisclaimer() {
        Sheet summary = wb.getSheet("Summary");
        Row first = summary.getRow(rowOfLabel(summary, "Score") + 1);

        assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(42);
        assertThat(first.getCell(3).getStringCellValue()).isEqualTo("Art. 6(6) DMA");
        assertThat(first.getCell(4).getStringCellValue()).isEqualTo("\u00A74.2");
        assertThat(first.getCell(6).getStringCellValue()).startsWith("You may not use Outputs");
        assertThat(summary.getRow(rowOfLabel(summary, "Disclaimer") + 1).getCell(0).getStringCellValue())
                .isEqualTo(analysis.disclaimer());
    }

    @Test
    void provisionsLinkToAWebSource() {
        Sheet provisions = wb.getSheet("Provisions");
        Row first = provisions.getRow(1);

        assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Terms \u203A Use of Services");
        assertThat(first.getCell(9).getNumericCellValue()).isEqualTo(10);
        assertThat(first.getCell(10).getHyperlink().getAddress()).isEqualTo(AnalysisFixture.URL);
        assertThat(wb.getSheet("Summary").getRow(rowOfLabel(wb.getSheet("Summary"), "Source")).getCell(1)
                .getHyperlink().getAddress()).isEqualTo(AnalysisFixture.URL);
    }

    @Test
    void everyProvisionRowLinksThroughOneRangeHyperlink() {
        XSSFSheet provisions = wb.getSheet("Provisions");

        assertThat(provisions.getHyperlinkList()).singleElement().satisfies(link -> {
            assertThat(link.getCellRef()).isEqualTo("K2:K5");
            assertThat(link.getAddress()).isEqualTo(AnalysisFixture.URL);
        });
        assertThat(provisions.getRow(4).getCell(10).getHyperlink().getAddress()).isEqualTo(AnalysisFixture.URL);
        assertThat(provisions.getRow(4).getCell(10).getStringCellValue()).isEqualTo(AnalysisFixture.URL);
    }

    @Test
    void documentTextIsStoredVerbatimExceptCharactersXmlCannotHold() {
        List<String> texts = List.of("escaped-looking _x0041_ stays", "tab\there\r\nnext line", "emoji \uD83D\uDE00",
                "bell\u0007");
        AnalysisFixture fixture = new AnalysisFixture();
        texts.forEach(t -> fixture.provision("p-" + texts.indexOf(t), null, t));
        Sheet provisions = Workbooks.open(Workbooks.write(fixture.build())).getSheet("Provisions");

        assertThat(IntStream.rangeClosed(1, texts.size()).mapToObj(r -> provisions.getRow(r).getCell(4)
                .getStringCellValue())).containsExactly(texts.get(0), texts.get(1), texts.get(2), "bell?");
    }

    @Test
    void aSourceThatIsNotAWebAddressIsPlainText() {
        XSSFWorkbook local = Workbooks.open(Workbooks.write(AnalysisFixture.sample().source("terms/example.html")
                .build()));
        Cell source = local.getSheet("Provisions").getRow(1).getCell(10);

        assertThat(source.getStringCellValue()).isEqualTo("terms/example.html");
        assertThat(source.getHyperlink()).isNull();
        assertThat(local.getSheet("Provisions").getHyperlinkList()).isEmpty();
    }

    @Test
    void mappingsShowTheScoreAsTheProductOfItsFactors() {
        Row first = wb.getSheet("Mappings").getRow(1);

        assertThat(first.getCell(1).getStringCellValue()).isEqualTo("4.2");
        assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(42);
        assertThat(first.getCell(6).getStringCellValue()).isEqualTo("medium");
        assertThat(first.getCell(7).getStringCellValue())
                .isEqualTo("severity 60 \u00D7 relevance 0.7 \u00D7 strength 1.0 = 42");
        assertThat(first.getCell(8).getStringCellValue()).contains("map.competing-model-restriction.eu-dma");
        assertThat(colourScaleRanges(wb.getSheet("Mappings"))).contains(new CellRangeAddress(1, 3, 5, 5));
    }

    @Test
    void checklistQuotesEvidenceOnePerLineAndStartsEveryActionOpen() {
        Row first = wb.getSheet("Checklist").getRow(1);

        assertThat(first.getCell(0).getStringCellValue()).isEqualTo("review-competing-use");
        assertThat(first.getCell(5).getStringCellValue()).isEqualTo("Art. 6(6) DMA\n15 U.S.C. \u00A7 2");
        assertThat(first.getCell(6).getStringCellValue().split("\n")).containsExactly(
                "\u00A74.2 (4.2-aa11): \u201CYou may not use Outputs to develop models that compete with us.\u201D",
                "p-bb22: \u201C" + FORMULA_TEXT + "\u201D");
        assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(42);
        assertThat(first.getCell(9).getStringCellValue()).isEqualTo("Open");
        assertThat(first.getCell(10)).satisfies(c -> assertThat(c.getCellType()).isEqualTo(CellType.BLANK));
    }

    @Test
    void checklistStatusIsADropdownOfTheFourStatusesAndDueDateIsValidatedAsADate() {
        XSSFSheet checklist = wb.getSheet("Checklist");
        List<XSSFDataValidation> validations = checklist.getDataValidations();

        XSSFDataValidation status = validationOf(validations, 9);
        assertThat(status.getValidationConstraint().getExplicitListValues())
                .containsExactly("Open", "In progress", "Done", "Not applicable");
        assertThat(status.getRegions().getCellRangeAddress(0)).isEqualTo(new CellRangeAddress(1, 2, 9, 9));
        assertThat(checklist.getCTWorksheet().getDataValidations().getDataValidationArray())
                .as("Excel hides the in-cell arrow when showDropDown is set").noneMatch(v -> v.getShowDropDown());
        assertThat(status.getShowErrorBox()).isTrue();
        XSSFDataValidation due = validationOf(validations, 11);
        assertThat(due.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DATE);
    }

    @Test
    void reviewerColumnsAreUnlockedAndTintedWhileTheAnalysisIsLocked() {
        XSSFSheet checklist = wb.getSheet("Checklist");
        Row first = checklist.getRow(1);

        assertThat(checklist.getProtect()).isTrue();
        assertThat(checklist.isAutoFilterLocked()).isFalse();
        for (int c = 9; c <= 12; c++) {
            XSSFCellStyle style = (XSSFCellStyle) first.getCell(c).getCellStyle();
            assertThat(style.getLocked()).as("column %d", c).isFalse();
            assertThat(style.getFillForegroundColorColor()).as("column %d", c).isNotNull();
        }
        for (int c = 0; c <= 8; c++) {
            XSSFCellStyle style = (XSSFCellStyle) first.getCell(c).getCellStyle();
            assertThat(style.getLocked()).as("column %d", c).isTrue();
            assertThat(style.getFillForegroundColorColor()).as("column %d", c).isNull();
        }
        assertThat(first.getCell(11).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
    }

    @Test
    void storedReviewsAreShownInTheReviewerColumns() {
        var review = new ChecklistReview("map-output-use", "done", "A. Counsel", LocalDate.of(2026, 3, 31),
                "=checked with product");
        XSSFWorkbook reviewed = Workbooks.open(Workbooks.write(analysis, "an-7",
                Map.of("map-output-use", review, "gone-action", new ChecklistReview("gone-action", null, null, null,
                        null))));
        Row row = reviewed.getSheet("Checklist").getRow(2);

        assertThat(row.getCell(9).getStringCellValue()).isEqualTo("Done");
        assertThat(row.getCell(10).getStringCellValue()).isEqualTo("A. Counsel");
        assertThat(DateUtil.isCellDateFormatted(row.getCell(11))).isTrue();
        assertThat(row.getCell(11).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(row.getCell(12).getCellType()).isEqualTo(CellType.STRING);
        assertThat(row.getCell(12).getStringCellValue()).isEqualTo("=checked with product");
        assertThat(reviewed.getSheet("Checklist").getRow(1).getCell(9).getStringCellValue()).isEqualTo("Open");
    }

    @Test
    void ruleTraceListsFiringsInOrder() {
        Row third = wb.getSheet("Rule trace").getRow(3);

        assertThat(third.getCell(0).getNumericCellValue()).isEqualTo(3);
        assertThat(third.getCell(1).getStringCellValue()).isEqualTo("score.strength.absolute");
        assertThat(third.getCell(2).getStringCellValue()).isEqualTo("score");
        assertThat(third.getCell(3).getStringCellValue()).isEqualTo("4.2-aa11, p-bb22");
    }

    @Test
    void methodExplainsTheScoresAndEndsWithTheDisclaimer() {
        Sheet method = wb.getSheet("Method");
        List<String> lines = new ArrayList<>();
        method.forEach(r -> lines.add(r.getCell(0).getStringCellValue()));

        assertThat(String.join("\n", lines)).contains("base severity", "relevance", "capped at 100",
                "highest engagement score", "highest framework score", "strength", "breadth", "jurisdiction",
                "market-position", "mitigation", "rules-7c2f");
        assertThat(lines.get(lines.size() - 1)).isEqualTo(analysis.disclaimer());
    }

    @Test
    void identitySheetRecordsDocumentAnalysisRuleSetAndActionsInRowOrder() {
        Marker marker = Marker.read(wb);

        assertThat(marker.formatVersion()).isEqualTo(1);
        assertThat(marker.documentSha256()).isEqualTo(AnalysisFixture.SHA);
        assertThat(marker.analysisId()).isEqualTo(Workbooks.ANALYSIS_ID);
        assertThat(marker.ruleSetVersion()).isEqualTo("rules-7c2f");
        assertThat(marker.actionIds()).containsExactly("review-competing-use", "map-output-use");
    }

    @Test
    void textLongerThanACellHoldsIsCutWithANote() {
        String huge = "x".repeat(40_000);
        XSSFWorkbook big = Workbooks.open(Workbooks.write(new AnalysisFixture().provision("p-1", "1", huge).build()));
        String stored = big.getSheet("Provisions").getRow(1).getCell(4).getStringCellValue();

        assertThat(stored).hasSize(Cells.MAX_TEXT).endsWith("[cut: 40000 characters in full]");
    }

    @Test
    void anEmptyAnalysisStillMakesAWorkbook() {
        XSSFWorkbook empty = Workbooks.open(Workbooks.write(new AnalysisFixture().build()));

        assertThat(empty.getSheet("Checklist").getLastRowNum()).isZero();
        assertThat(empty.getSheet("Checklist").getDataValidations()).isEmpty();
        assertThat(Marker.read(empty).actionIds()).isEmpty();
    }

    @Test
    void stylesAreAFixedPaletteWhateverTheDocumentSize() {
        AnalysisFixture many = new AnalysisFixture();
        for (int i = 0; i < 500; i++) {
            many.provision("p-" + i, Integer.toString(i), "text " + i)
                    .engagement("p-" + i, "c", "f", "Art. 1", i % 101, AnalysisFixture.factor("severity", 60));
        }
        XSSFWorkbook large = Workbooks.open(Workbooks.write(many.build()));

        assertThat(large.getNumCellStyles()).isEqualTo(wb.getNumCellStyles()).isLessThan(20);
    }

    private void assertTable(String name, List<String> headers, int lastRow) {
        XSSFSheet sheet = wb.getSheet(name);
        List<String> found = new ArrayList<>();
        sheet.getRow(0).forEach(c -> found.add(c.getStringCellValue()));

        assertThat(found).as(name).isEqualTo(headers);
        assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
        assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).as(name).isZero();
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).as(name).isEqualTo(new CellRangeAddress(0,
                lastRow, 0, headers.size() - 1).formatAsString());
        assertThat(sheet.getLastRowNum()).as(name).isEqualTo(lastRow);
    }

    private static String value(Sheet summary, String label) {
        Cell c = summary.getRow(rowOfLabel(summary, label)).getCell(1);
        return c.getCellType() == CellType.NUMERIC ? Long.toString((long) c.getNumericCellValue())
                : c.getStringCellValue();
    }

    private static List<CellRangeAddress> colourScaleRanges(Sheet sheet) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        List<CellRangeAddress> ranges = new ArrayList<>();
        for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
            var f = formatting.getConditionalFormattingAt(i);
            if (f.getRule(0).getConditionType() == ConditionType.COLOR_SCALE) {
                ranges.addAll(List.of(f.getFormattingRanges()));
            }
        }
        return ranges;
    }

    private static XSSFDataValidation validationOf(List<XSSFDataValidation> validations, int column) {
        return validations.stream().filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == column)
                .findFirst().orElseThrow(() -> new AssertionError("no validation on column " + column));
    }

    private List<Cell> cellsOfEverySheet() {
        List<Cell> cells = new ArrayList<>();
        wb.forEach(sheet -> sheet.forEach(row -> row.forEach(cells::add)));
        return cells;
    }
}
