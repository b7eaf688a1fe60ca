package org.clausemap.export.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.clausemap.analysis.Analysis;
import org.clausemap.checklist.ChecklistItem;

/**
 * The workbook's identity, kept in the very hidden sheet {@value #SHEET} as key / value rows: which document and
 * analysis it belongs to, the rule set, and the checklist action ids in row order, so a reviewed copy can be
 * matched to its analysis and checked for tampering.
 *
 * @param formatVersion  layout version of the workbook ({@value #FORMAT_VERSION} for this writer)
 * @param documentSha256 the analysed document's content hash
 * @param analysisId     the stored analysis id, or null
 * @param ruleSetVersion the rule set the analysis ran on
 * @param analysedAt     when it ran (ISO-8601), or null
 * @param actionIds      checklist action ids in the order written
 */
record Marker(int formatVersion, String documentSha256, String analysisId, String ruleSetVersion, String analysedAt,
              List<String> actionIds) {

    static final String SHEET = "_clausemap";
    static final String FORMAT = "clausemap-workbook";
    static final int FORMAT_VERSION = 1;
    private static final String ACTION = "action";

    Marker {
        actionIds = List.copyOf(actionIds);
    }

    static Marker of(Analysis a, String analysisId) {
        return new Marker(FORMAT_VERSION, a.document().sha256(), analysisId, a.ruleSet().version(),
                a.analysedAt() == null ? null : a.analysedAt().toString(),
                a.checklist().stream().map(ChecklistItem::id).toList());
    }

    /** Adds the sheet as the last one, very hidden (only code or the VBA editor shows it). */
    void write(SXSSFWorkbook wb) {
        Sheet sheet = wb.createSheet(SHEET);
        var rows = new Object() {
            int next;

            void add(String key, String value) {
                Row r = sheet.createRow(next++);
                r.createCell(0).setCellValue(key);
                if (value != null) {
                    r.createCell(1).setCellValue(Cells.escape(value));
                }
            }
        };
        rows.add("format", FORMAT);
        rows.add("format-version", Integer.toString(formatVersion));
        rows.add("document-sha256", documentSha256);
        rows.add("analysis-id", analysisId);
        rows.add("rule-set-version", ruleSetVersion);
        rows.add("analysed-at", analysedAt);
        rows.add("actions", Integer.toString(actionIds.size()));
        actionIds.forEach(id -> rows.add(ACTION, id));
        wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    static Marker read(Workbook wb) {
        Sheet sheet = wb.getSheet(SHEET);
        if (sheet == null) {
            throw WorkbookFormatException.of(SHEET, null, "the sheet is missing: this is not a clausemap workbook,"
                    + " or its hidden identity sheet was deleted; export a new workbook");
        }
        Map<String, String> values = new HashMap<>();
        List<String> actions = new ArrayList<>();
        for (Row r : sheet) {
            String key = string(r.getCell(0));
            String value = string(r.getCell(1));
            if (ACTION.equals(key)) {
                actions.add(value);
            } else if (key != null) {
                values.put(key, value);
            }
        }
        if (!FORMAT.equals(values.get("format"))) {
            throw WorkbookFormatException.of(SHEET, "B1", "expected \"" + FORMAT + "\", found \""
                    + values.get("format") + "\": this is not a clausemap workbook");
        }
        String version = values.get("format-version");
        if (!Integer.toString(FORMAT_VERSION).equals(version)) {
            throw WorkbookFormatException.of(SHEET, cellOf(wb, "format-version"), "workbook format version " + version
                    + " is not supported; this clausemap reads version " + FORMAT_VERSION);
        }
        String count = values.get("actions");
        if (!Integer.toString(actions.size()).equals(count) || actions.contains(null)) {
            throw WorkbookFormatException.of(SHEET, cellOf(wb, "actions"), "the identity sheet was altered: it lists "
                    + actions.size() + " action ids but records " + count);
        }
        return new Marker(FORMAT_VERSION, values.get("document-sha256"), values.get("analysis-id"),
                values.get("rule-set-version"), values.get("analysed-at"), actions);
    }

    /** The cell holding a key's value, for error messages. */
    static String cellOf(Workbook wb, String key) {
        Sheet sheet = wb.getSheet(SHEET);
        for (Row r : sheet) {
            if (key.equals(string(r.getCell(0)))) {
                return new CellReference(r.getRowNum(), 1).formatAsString();
            }
        }
        return null;
    }

    private static String string(Cell cell) {
        if (cell == null || cell.getCellType() != CellType.STRING) {
            return null;
        }
        String s = cell.getStringCellValue();
        return s.isEmpty() ? null : s;
    }
}
