package org.clausemap.export.workbook;

import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * Heat-map colouring of score cells: a green-amber-red colour scale pinned to 0, 50 and 100, so a score has the
 * same colour in every workbook (a scale over the sheet's own minimum and maximum would make a 30 look red in a
 * document with nothing worse). Bands stay in their own column as words, because they come from the rule set.
 */
final class Heat {

    private static final byte[][] COLOURS = {
            {(byte) 0xFF, (byte) 0x63, (byte) 0xBE, (byte) 0x7B}, {(byte) 0xFF, (byte) 0xFF, (byte) 0xEB, (byte) 0x84},
            {(byte) 0xFF, (byte) 0xF8, (byte) 0x69, (byte) 0x6B}};
    private static final double[] POINTS = {0, 50, 100};

    private Heat() {
    }

    /** Colours the score cells of one column, rows {@code first..last} (0-based); nothing when the range is empty. */
    static void scores(Sheet sheet, int column, int first, int last) {
        if (last < first) {
            return;
        }
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
        ColorScaleFormatting scale = rule.getColorScaleFormatting();
        scale.setNumControlPoints(POINTS.length);
        XSSFColor[] colours = new XSSFColor[POINTS.length];
        var thresholds = scale.getThresholds();
        for (int i = 0; i < POINTS.length; i++) {
            thresholds[i].setRangeType(RangeType.NUMBER);
            thresholds[i].setValue(POINTS[i]);
            colours[i] = new XSSFColor(COLOURS[i], null);
        }
        scale.setThresholds(thresholds);
        scale.setColors(colours);
        formatting.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(first, last, column, column)},
                rule);
    }
}
