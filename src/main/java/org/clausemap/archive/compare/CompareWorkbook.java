package org.clausemap.archive.compare;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a comparison as a workbook with one Compare sheet: the category and the share of platforms above a table
 * with one row per matching provision (and one "none" row per document without the category), quotes and
 * qualifiers side by side. Text cells are plain strings, never formulas. Stateless and thread-safe.
 */
public final class CompareWorkbook {

    public static final String SHEET = "Compare";
    static final int HEADER_ROW = 5;
    static final List<String> HEADERS = List.of("Platform", "Document", "Version date", "Has provision", "Number",
            "Section", "Quote", "Forms", "Qualifiers", "Max score", "Band", "Frameworks and scores");
    private static final int[] WIDTHS = {14, 24, 12, 10, 10, 30, 80, 16, 26, 10, 10, 40};
    private static final int MAX_CELL = 32_000;

    public void write(CategoryComparison c, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet(SHEET);
            CellStyle bold = style(wb, true, false, false);
            CellStyle header = style(wb, true, false, true);
            CellStyle wrap = style(wb, false, true, false);
            CellStyle plain = style(wb, false, false, false);

            text(sheet.createRow(0), 0, "Category: " + c.name() + " (" + c.category() + ")", bold);
            text(sheet.createRow(1), 0, String.format(Locale.ROOT, "Platforms with such a provision: %d of %d"
                    + " (%.0f%%): %s", c.platformsWith(), c.platforms(), c.share() * 100,
                    String.join(", ", c.with())), plain);
            text(sheet.createRow(2), 0, "Without: " + (c.without().isEmpty() ? "none" : String.join(", ",
                    c.without())), plain);
            text(sheet.createRow(3), 0, c.disclaimer(), plain);

            Row head = sheet.createRow(HEADER_ROW);
            for (int i = 0; i < HEADERS.size(); i++) {
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
                text(head, i, HEADERS.get(i), header);
            }
            int r = HEADER_ROW + 1;
            for (DocumentColumn d : c.documents()) {
                String date = d.version().recordedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString();
                if (!d.has()) {
                    Row row = sheet.createRow(r++);
                    document(row, d, date, "no", plain);
                    continue;
                }
                for (MatchingProvision p : d.provisions()) {
                    Row row = sheet.createRow(r++);
                    document(row, d, date, "yes", plain);
                    text(row, 4, p.number(), plain);
                    text(row, 5, String.join(" > ", p.sectionPath()), wrap);
                    text(row, 6, p.quote(), wrap);
                    text(row, 7, String.join(", ", p.forms()), wrap);
                    text(row, 8, String.join(", ", p.qualifiers()), wrap);
                    row.createCell(9).setCellValue(p.maxScore());
                    text(row, 10, p.band(), plain);
                    text(row, 11, p.scores().stream().map(s -> s.framework() + " " + s.score() + " (" + s.band()
                            + ")").collect(Collectors.joining("; ")), wrap);
                }
            }
            sheet.createFreezePane(2, HEADER_ROW + 1);
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, r - 1), 0, HEADERS.size() - 1));
            wb.getProperties().getCoreProperties().setCreator("clausemap");
            wb.getProperties().getCoreProperties().setTitle("Compare: " + c.name());
            wb.write(out);
        }
    }

    private static void document(Row row, DocumentColumn d, String date, String has, CellStyle style) {
        text(row, 0, d.platform(), style);
        text(row, 1, d.documentType(), style);
        text(row, 2, date, style);
        text(row, 3, has, style);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.length() > MAX_CELL ? value.substring(0, MAX_CELL) + "\u2026" : value);
        }
    }

    private static CellStyle style(XSSFWorkbook wb, boolean bold, boolean wrap, boolean header) {
        CellStyle style = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(bold);
        style.setFont(font);
        style.setWrapText(wrap);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (header) {
            style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setBorderBottom(BorderStyle.THIN);
        }
        return style;
    }
}
