package org.clausemap.export.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.clausemap.export.workbook.AnalysisFixture.SHA;
import static org.clausemap.export.workbook.Workbooks.ANALYSIS_ID;
import static org.clausemap.export.workbook.Workbooks.cell;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clausemap.analysis.Analysis;
import org.junit.jupiter.api.Test;

class ChecklistReviewReaderTests {

    private static final int STATUS = 9;
    private static final int REVIEWER = 10;
    private static final int DUE = 11;
    private static final int NOTES = 12;

    private final Analysis analysis = AnalysisFixture.sample().build();
    private final byte[] exported = Workbooks.write(analysis);
    private final ChecklistReviewReader reader = new ChecklistReviewReader();

    @Test
    void readsWhatAReviewerEnteredForEachAction() throws IOException {
        byte[] reviewed = review(checklist -> {
            cell(checklist, 1, STATUS).setCellValue("Done");
            cell(checklist, 1, REVIEWER).setCellValue("R. Viewer");
            cell(checklist, 1, DUE).setCellValue(LocalDate.of(2026, 4, 30));
            cell(checklist, 1, NOTES).setCellValue("Cleared with counsel.\nNo planned model work.");
            cell(checklist, 2, STATUS).setCellValue("In progress");
        });

        List<ChecklistReview> reviews = reader.read(in(reviewed), ANALYSIS_ID, SHA);

        assertThat(reviews).containsExactly(
                new ChecklistReview("review-competing-use", "Done", "R. Viewer", LocalDate.of(2026, 4, 30),
                        "Cleared with counsel.\nNo planned model work."),
                new ChecklistReview("map-output-use", "In progress", null, null, null));
    }

    @Test
    void anUntouchedWorkbookReadsAsAllOpen() throws IOException {
        assertThat(reader.read(in(exported), ANALYSIS_ID, SHA)).extracting(ChecklistReview::status)
                .containsExactly("Open", "Open");
    }

    @Test
    void rowsMovedAroundOrSeparatedByBlankRowsAreStillMatchedByActionId() throws IOException {
        byte[] reviewed = review(checklist -> {
            cell(checklist, 2, STATUS).setCellValue("Not applicable");
            checklist.shiftRows(1, 1, 3);
        });

        assertThat(reader.read(in(reviewed), ANALYSIS_ID, SHA)).extracting(ChecklistReview::actionId,
                ChecklistReview::status).containsExactly(
                tuple("review-competing-use", "Open"),
                tuple("map-output-use", "Not applicable"));
    }

    @Test
    void aDueDateTypedAsIsoTextAndAStatusInOtherCaseAreAccepted() throws IOException {
        byte[] reviewed = review(checklist -> {
            cell(checklist, 1, DUE).setCellValue("2026-05-01");
            cell(checklist, 1, STATUS).setCellValue(" done ");
        });

        ChecklistReview first = reader.read(in(reviewed), ANALYSIS_ID, SHA).get(0);

        assertThat(first.dueDate()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(first.status()).isEqualTo("Done");
    }

    @Test
    void aClearedStatusMeansOpen() throws IOException {
        byte[] reviewed = review(checklist -> cell(checklist, 1, STATUS));

        assertThat(reader.read(in(reviewed), ANALYSIS_ID, SHA).get(0).status()).isEqualTo("Open");
    }

    @Test
    void actionIdsThatLookEscapedSurviveTheRoundTrip() throws IOException {
        Analysis odd = new AnalysisFixture().action("fix_x0041_", "Odd id", "low", "legal", List.of(), List.of())
                .build();
        XSSFWorkbook wb = Workbooks.open(Workbooks.write(odd, ANALYSIS_ID, Map.of()));
        cell(wb.getSheet("Checklist"), 1, STATUS).setCellValue("Done");

        assertThat(reader.read(in(Workbooks.save(wb)), ANALYSIS_ID, SHA)).singleElement()
                .extracting(ChecklistReview::actionId, ChecklistReview::status)
                .containsExactly("fix_x0041_", "Done");
    }

    @Test
    void reviewsReadBackAreShownAgainInTheNextWorkbook() throws IOException {
        byte[] reviewed = review(checklist -> {
            cell(checklist, 2, STATUS).setCellValue("Done");
            cell(checklist, 2, REVIEWER).setCellValue("R. Viewer");
            cell(checklist, 2, DUE).setCellValue(LocalDate.of(2026, 6, 1));
            cell(checklist, 2, NOTES).setCellValue("+see memo");
        });
        List<ChecklistReview> first = reader.read(in(reviewed), ANALYSIS_ID, SHA);

        Map<String, ChecklistReview> stored = first.stream()
                .collect(Collectors.toMap(ChecklistReview::actionId, Function.identity()));
        byte[] next = Workbooks.write(analysis, ANALYSIS_ID, stored);

        assertThat(reader.read(in(next), ANALYSIS_ID, SHA)).isEqualTo(first);
    }

    @Test
    void refusesAWorkbookOfAnotherAnalysis() {
        assertProblem(exported, "an-9999", SHA, "_clausemap", "B4", "belongs to analysis \"an-0001\", not \"an-9999\"");
    }

    @Test
    void refusesAWorkbookWithoutAnalysisIdWhenOneIsExpected() {
        byte[] anonymous = Workbooks.write(analysis, null, Map.of());

        assertProblem(anonymous, ANALYSIS_ID, SHA, "_clausemap", "B4", "belongs to analysis nothing");
    }

    @Test
    void refusesAWorkbookAboutAnotherDocument() {
        assertProblem(exported, ANALYSIS_ID, "0".repeat(64), "_clausemap", "B3", "about document \"" + SHA + "\"");
    }

    @Test
    void refusesARenamedHeader() {
        byte[] reviewed = review(checklist -> cell(checklist, 0, STATUS).setCellValue("State"));

        assertProblem(reviewed, "Checklist", "J1", "expected the header \"Status\", found \"State\"");
    }

    @Test
    void refusesMovedColumns() {
        byte[] reviewed = review(checklist -> {
            cell(checklist, 0, REVIEWER).setCellValue("Due date");
            cell(checklist, 0, DUE).setCellValue("Reviewer");
        });

        assertThat(problems(reviewed)).extracting(WorkbookProblem::cell).containsExactly("K1", "L1");
    }

    @Test
    void refusesADeletedColumn() {
        byte[] reviewed = review(checklist -> checklist.shiftColumns(NOTES, NOTES, -1));

        assertThat(problems(reviewed)).extracting(WorkbookProblem::cell).containsExactly("L1", "M1");
    }

    @Test
    void refusesAnAddedColumn() {
        byte[] reviewed = review(checklist -> cell(checklist, 0, 13).setCellValue("Second opinion"));

        assertProblem(reviewed, "Checklist", "N1", "unexpected column \"Second opinion\"");
    }

    @Test
    void refusesAValueBesideTheChecklistThatWouldBeLost() {
        byte[] reviewed = review(checklist -> cell(checklist, 2, 14).setCellValue("see email"));

        assertProblem(reviewed, "Checklist", "O3", "a value outside the checklist columns would be lost");
    }

    @Test
    void refusesAnEditedActionId() {
        byte[] reviewed = review(checklist -> cell(checklist, 1, 0).setCellValue("review-competing-use-2"));

        assertThat(problems(reviewed)).extracting(WorkbookProblem::toString).containsExactly(
                "Checklist!A2: action id \"review-competing-use-2\" is not one this workbook was exported with;"
                        + " action ids must not be edited and rows must not be added",
                "Checklist!A2: action \"review-competing-use\" is missing (it was exported in row 2); action ids"
                        + " must not be edited and rows must not be removed");
    }

    @Test
    void refusesAnAddedAction() {
        byte[] reviewed = review(checklist -> {
            cell(checklist, 3, 0).setCellValue("my-own-action");
            cell(checklist, 3, STATUS).setCellValue("Open");
        });

        assertProblem(reviewed, "Checklist", "A4", "\"my-own-action\" is not one this workbook was exported with");
    }

    @Test
    void refusesARemovedAction() {
        byte[] reviewed = review(checklist -> checklist.removeRow(checklist.getRow(2)));

        assertProblem(reviewed, "Checklist", "A3", "action \"map-output-use\" is missing");
    }

    @Test
    void refusesAnActionListedTwice() {
        byte[] reviewed = review(checklist -> cell(checklist, 2, 0).setCellValue("review-competing-use"));

        assertThat(problems(reviewed)).extracting(WorkbookProblem::message).anySatisfy(m -> assertThat(m)
                .contains("\"review-competing-use\" appears twice (also in row 2)"));
    }

    @Test
    void refusesAStatusOutsideTheList() {
        byte[] reviewed = review(checklist -> cell(checklist, 1, STATUS).setCellValue("Maybe later"));

        assertProblem(reviewed, "Checklist", "J2", "status \"Maybe later\" is not one of Open, In progress, Done,"
                + " Not applicable");
    }

    @Test
    void refusesADueDateThatIsNotADate() {
        byte[] text = review(checklist -> cell(checklist, 1, DUE).setCellValue("next Friday"));
        byte[] number = review(checklist -> {
            var due = cell(checklist, 2, DUE);
            due.setCellStyle(checklist.getWorkbook().createCellStyle());
            due.setCellValue(42);
        });

        assertProblem(text, "Checklist", "L2", "due date \"next Friday\" is not a date");
        assertProblem(number, "Checklist", "L3", "due date \"42\" is not a date");
    }

    @Test
    void reportsEveryBadEntryAtOnce() {
        byte[] reviewed = review(checklist -> {
            cell(checklist, 1, STATUS).setCellValue("Sort of");
            cell(checklist, 2, DUE).setCellValue("soon");
        });

        WorkbookFormatException e = refusal(reviewed, ANALYSIS_ID, SHA);

        assertThat(e.problems()).extracting(WorkbookProblem::cell).containsExactly("J2", "L3");
        assertThat(e.getMessage()).startsWith("the workbook has 2 problems:").contains("Checklist!J2", "Checklist!L3");
    }

    @Test
    void refusesRandomBytes() {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);

        assertThat(refusal(junk, ANALYSIS_ID, SHA).problems()).singleElement().satisfies(p -> {
            assertThat(p.sheet()).isNull();
            assertThat(p.message()).startsWith("not an xlsx workbook");
        });
        assertThat(refusal(new byte[0], ANALYSIS_ID, SHA).getMessage()).startsWith("not an xlsx workbook");
    }

    @Test
    void refusesAnOldExcelFile() throws IOException {
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("Checklist");
            wb.write(xls);
        }

        assertThat(refusal(xls.toByteArray(), ANALYSIS_ID, SHA).getMessage()).startsWith("not an xlsx workbook");
    }

    @Test
    void refusesAnXlsxThatClausemapDidNotWrite() {
        XSSFWorkbook other = new XSSFWorkbook();
        other.createSheet("Checklist");

        assertProblem(Workbooks.save(other), "_clausemap", null, "this is not a clausemap workbook");
    }

    @Test
    void refusesAWorkbookWhoseChecklistSheetIsGone() {
        XSSFWorkbook wb = Workbooks.open(exported);
        wb.removeSheetAt(wb.getSheetIndex("Checklist"));

        assertProblem(Workbooks.save(wb), "Checklist", null, "the sheet is missing");
    }

    private byte[] review(Consumer<XSSFSheet> edits) {
        XSSFWorkbook wb = Workbooks.open(exported);
        edits.accept(wb.getSheet("Checklist"));
        return Workbooks.save(wb);
    }

    private List<WorkbookProblem> problems(byte[] workbook) {
        return refusal(workbook, ANALYSIS_ID, SHA).problems();
    }

    private WorkbookFormatException refusal(byte[] workbook, String analysisId, String sha256) {
        Throwable thrown = catchThrowable(() -> reader.read(in(workbook), analysisId,
                sha256));
        assertThat(thrown).isInstanceOf(WorkbookFormatException.class);
        return (WorkbookFormatException) thrown;
    }

    private void assertProblem(byte[] workbook, String sheet, String cell, String message) {
        assertProblem(workbook, ANALYSIS_ID, SHA, sheet, cell, message);
    }

    private void assertProblem(byte[] workbook, String analysisId, String sha256, String sheet, String cell,
                               String message) {
        assertThat(refusal(workbook, analysisId, sha256).problems()).singleElement().satisfies(p -> {
            assertThat(p.sheet()).isEqualTo(sheet);
            assertThat(p.cell()).isEqualTo(cell);
            assertThat(p.message()).contains(message);
        });
    }

    private static ByteArrayInputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
