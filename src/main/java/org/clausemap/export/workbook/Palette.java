package org.clausemap.export.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The fixed set of cell styles of one workbook, created once and shared by every cell (a workbook holds at most
 * 64,000 styles, so a style per cell would fail on large documents). Document text styles are quote-prefixed:
 * Excel keeps their content text even when a user edits a cell that reads like a formula.
 */
final class Palette {

    static final String DATE_FORMAT = "yyyy-mm-dd";
    /** ARGB: Excel reads six-digit colours inconsistently. */
    private static final byte[] HEADER_FILL = {(byte) 0xFF, (byte) 0x1F, (byte) 0x3A, (byte) 0x5F};
    private static final byte[] REVIEW_FILL = {(byte) 0xFF, (byte) 0xFF, (byte) 0xF2, (byte) 0xCC};
    private static final byte[] REVIEW_HEADER_FILL = {(byte) 0xFF, (byte) 0xBF, (byte) 0x8F, (byte) 0x00};
    private static final byte[] SECTION_FILL = {(byte) 0xFF, (byte) 0xDD, (byte) 0xE6, (byte) 0xF0};

    final CellStyle title;
    final CellStyle section;
    final CellStyle header;
    final CellStyle reviewHeader;
    final CellStyle label;
    final CellStyle text;
    final CellStyle wrap;
    final CellStyle integer;
    final CellStyle link;
    final CellStyle reviewText;
    final CellStyle reviewDate;

    Palette(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        Font white = wb.createFont();
        white.setBold(true);
        white.setColor(IndexedColors.WHITE.getIndex());
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        Font underline = wb.createFont();
        underline.setUnderline(Font.U_SINGLE);
        underline.setColor(IndexedColors.BLUE.getIndex());

        title = style(wb, big, null, false);
        section = style(wb, bold, SECTION_FILL, false);
        header = style(wb, white, HEADER_FILL, true);
        header.setBorderBottom(BorderStyle.THIN);
        reviewHeader = style(wb, white, REVIEW_HEADER_FILL, true);
        reviewHeader.setBorderBottom(BorderStyle.THIN);
        label = style(wb, bold, null, false);
        text = literal(style(wb, null, null, false));
        wrap = literal(style(wb, null, null, true));
        integer = style(wb, null, null, false);
        link = style(wb, underline, null, false);
        reviewText = literal(style(wb, null, REVIEW_FILL, true));
        reviewText.setLocked(false);
        reviewDate = style(wb, null, REVIEW_FILL, false);
        reviewDate.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat(DATE_FORMAT));
        reviewDate.setLocked(false);
    }

    private static CellStyle style(Workbook wb, Font font, byte[] fill, boolean wrapped) {
        XSSFCellStyle s = (XSSFCellStyle) wb.createCellStyle();
        if (font != null) {
            s.setFont(font);
        }
        if (fill != null) {
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setFillForegroundColor(new XSSFColor(fill, null));
        }
        s.setWrapText(wrapped);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    private static CellStyle literal(CellStyle s) {
        s.setQuotePrefixed(true);
        return s;
    }
}
