package org.clausemap.export.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clausemap.export.workbook.Workbooks.rowOfLabel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clausemap.analysis.Analysis;
import org.clausemap.analysis.AnalysisOptions;
import org.clausemap.analysis.Core;
import org.clausemap.archive.diff.ChangeSummarizer;
import org.clausemap.archive.diff.ChangeSummary;
import org.clausemap.archive.diff.FrameworkDelta;
import org.clausemap.archive.diff.ProvisionChange;
import org.clausemap.ingest.Selectors;
import org.clausemap.ingest.Source;
import org.clausemap.provision.SourceFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The change workbook, written by the streaming writer and read back with real POI. */
class ChangesWorkbookWriterTests {

    private static ChangeSummary material;
    private static ChangeSummary editorial;

    @BeforeAll
    static void summarize() throws IOException {
        Core core = Core.load(Path.of("rules"), Path.of("regulations"));
        Analysis base = analyse(core, "base.md");
        ChangeSummarizer summarizer = ChangeSummarizer.of(core);
        material = summarizer.summarize(base, analyse(core, "material.md"));
        editorial = summarizer.summarize(base, analyse(core, "editorial.md"));
    }

    @Test
    void aSummarySheetThenOneChangesRowPerChangeMaterialFirst() throws IOException {
        XSSFWorkbook wb = open(material);
        assertThat(IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName))
                .containsExactly("Summary", "Changes");
        Sheet changes = wb.getSheet("Changes");
        assertThat(headers(changes)).isEqualTo(ChangesSheet.COLUMNS.stream().map(Column::header).toList());
        assertThat(changes.getLastRowNum()).isEqualTo(material.changes().size());
        for (int i = 0; i < material.changes().size(); i++) {
            ProvisionChange c = material.changes().get(i);
            Row r = changes.getRow(i + 1);
            assertThat(text(r, 0)).isEqualTo(c.kind().name().toLowerCase());
            assertThat(text(r, 3)).isEqualTo(c.significance().name().toLowerCase());
            assertThat(text(r, 8)).isEqualTo(c.sentence() == null ? "" : c.sentence());
        }
        Row added = rowWithNewNumber(changes, "2.3");
        assertThat(text(added, 0)).isEqualTo("added");
        assertThat(text(added, 4)).isEqualTo("Competing-model restriction");
        assertThat(text(added, 7)).contains("tfeu-102 \u2013 \u2192 ");
        assertThat(text(added, 10)).startsWith("You may not use Outputs to develop or train");
        assertThat(((XSSFSheet) changes).getCTWorksheet().isSetAutoFilter()).isTrue();
    }

    @Test
    void theWordDiffIsRenderedWithDeletionsAndInsertionsMarked() throws IOException {
        Sheet changes = open(editorial).getSheet("Changes");
        Row survival = rowWithNewNumber(changes, "3.2");
        assertThat(text(survival, 0)).isEqualTo("modified");
        assertThat(text(survival, 3)).isEqualTo("editorial");
        assertThat(text(survival, 11))
                .isEqualTo("Section [-1.2-]{+2.2+} and Section [-2.1-]{+1.1+} survive the end of these Terms.");
        Row moved = rowWithNewNumber(changes, "1.1");
        assertThat(text(moved, 0)).isEqualTo("moved");
        assertThat(text(moved, 1)).isEqualTo("2.1");
        assertThat(text(moved, 11)).isEmpty();
    }

    @Test
    void theSummaryShowsCountsTheRiskByFrameworkAndTheMaterialSentences() throws IOException {
        XSSFWorkbook wb = open(material);
        Sheet summary = wb.getSheet("Summary");
        assertThat(summary.getRow(rowOfLabel(summary, "Material changes")).getCell(1).getNumericCellValue())
                .isEqualTo(material.counts().material());
        FrameworkDelta gdpr = material.frameworks().stream().filter(f -> f.framework().equals("gdpr")).findFirst()
                .orElseThrow();
        Row gdprRow = summary.getRow(rowOfLabel(summary, "gdpr"));
        assertThat(gdprRow.getCell(2).getNumericCellValue()).isEqualTo(gdpr.older().doubleValue());
        assertThat(gdprRow.getCell(3).getNumericCellValue()).isEqualTo(gdpr.newer().doubleValue());
        assertThat(gdprRow.getCell(4).getNumericCellValue()).isEqualTo(gdpr.delta());
        List<String> sentences = IntStream.rangeClosed(0, summary.getLastRowNum()).mapToObj(summary::getRow)
                .filter(r -> r != null && r.getCell(2) != null).map(r -> r.getCell(2).toString()).toList();
        assertThat(sentences).containsAll(material.materialChanges().stream().map(ProvisionChange::sentence).toList());
        assertThat(summary.getSheetConditionalFormatting().getNumConditionalFormattings()).isPositive();
        assertThat(wb.getNumCellStyles()).as("one palette per file, not a style per cell").isLessThan(20);
    }

    @Test
    void theSummaryRunsVersionsCountsAndScoresThenEachSectionAfterABlankRowWithTheDisclaimerMergedLast()
            throws IOException {
        for (ChangeSummary s : List.of(material, editorial)) {
            XSSFSheet summary = open(s).getSheet("Summary");
            List<String> expected = new ArrayList<>(List.of("Change summary: " + s.newer().document().title(), ""));
            for (String which : List.of("Older", "Newer")) {
                expected.addAll(List.of(which + " version", which + " SHA-256", which + " analysed at",
                        which + " rule set version", which + " provisions"));
            }
            expected.addAll(List.of("Added", "Removed", "Modified", "Moved", "Unchanged", "Material changes",
                    "Editorial changes", "Material score threshold (points)", "Older document score",
                    "Newer document score", "Document score delta", "Older band", "Newer band",
                    "", "Risk by framework, largest change first", "Framework"));
            int frameworks = expected.size();
            s.frameworks().forEach(f -> expected.add(f.framework()));
            if (s.frameworks().isEmpty()) {
                expected.add("No framework is engaged in either version.");
            }
            expected.addAll(List.of("", "Material changes (every change is on the Changes sheet)", "Change"));
            s.materialChanges().forEach(c -> expected.add(c.kind().name().toLowerCase(Locale.ROOT)));
            if (s.materialChanges().isEmpty()) {
                expected.add("No material change.");
            }
            expected.addAll(List.of("", "Disclaimer", s.disclaimer()));
            int last = expected.size() - 1;

            assertThat(Workbooks.rows(summary).stream().map(r -> r.split(" \\| ", -1)[0]).toList())
                    .containsExactlyElementsOf(expected);
            assertThat(summary.getMergedRegions()).containsExactly(new CellRangeAddress(last, last, 0, 6));
            assertThat(colourScaleRanges(summary)).containsExactly(new CellRangeAddress(20, 21, 1, 1),
                    new CellRangeAddress(frameworks, frameworks + s.frameworks().size() - 1, 2, 2),
                    new CellRangeAddress(frameworks, frameworks + s.frameworks().size() - 1, 3, 3));
            assertThat(IntStream.range(0, 7).map(summary::getColumnWidth).toArray())
                    .containsExactly(30 * 256, 44 * 256, 60 * 256, 9 * 256, 9 * 256, 12 * 256, 12 * 256);
        }
        assertThat(editorial.materialChanges()).as("the editorial fixture shows the empty-table note").isEmpty();
    }

    private static List<CellRangeAddress> colourScaleRanges(XSSFSheet sheet) {
        var formatting = sheet.getSheetConditionalFormatting();
        return IntStream.range(0, formatting.getNumConditionalFormattings())
                .mapToObj(i -> formatting.getConditionalFormattingAt(i).getFormattingRanges()).flatMap(Arrays::stream)
                .toList();
    }

    private static Row rowWithNewNumber(Sheet sheet, String number) {
        for (Row r : sheet) {
            if (r.getRowNum() > 0 && number.equals(text(r, 2))) {
                return r;
            }
        }
        throw new AssertionError("no row for new number " + number);
    }

    private static List<String> headers(Sheet sheet) {
        Row header = sheet.getRow(0);
        return IntStream.range(0, header.getLastCellNum()).mapToObj(c -> text(header, c)).toList();
    }

    private static String text(Row r, int column) {
        return r.getCell(column) == null ? "" : r.getCell(column).getStringCellValue();
    }

    private static XSSFWorkbook open(ChangeSummary summary) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ChangesWorkbookWriter().write(summary, out);
        return Workbooks.open(out.toByteArray());
    }

    private static Analysis analyse(Core core, String fixture) throws IOException {
        try (InputStream in = ChangesWorkbookWriterTests.class.getResourceAsStream("/archive/diff/" + fixture)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return core.analyses().analyze(new Source(fixture, text, SourceFormat.MARKDOWN, Selectors.NONE),
                    AnalysisOptions.defaults());
        }
    }
}
