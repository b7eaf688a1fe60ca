package org.clausemap.export.workbook;

import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.clausemap.analysis.Analysis;
import org.clausemap.analysis.ProvisionResult;
import org.clausemap.scoring.ScoredEngagement;

/** One row per engagement of a provision with a framework: its score, the factors behind it, and the rules. */
final class MappingsSheet {

    static final String NAME = "Mappings";
    static final List<Column> COLUMNS = List.of(Column.of("Provision id", 20), Column.of("Number", 9),
            Column.of("Category", 26), Column.of("Framework", 16), Column.of("Citation", 32), Column.of("Score", 8),
            Column.of("Band", 10), Column.of("Factors", 50), Column.of("Rules", 36), Column.of("Rationale", 60));
    private static final int SCORE = 5;

    private MappingsSheet() {
    }

    static void write(SXSSFSheet sheet, Palette palette, Analysis a, Map<String, ProvisionResult> provisions) {
        Table table = new Table(sheet, COLUMNS, palette);
        for (ScoredEngagement e : a.engagements()) {
            ProvisionResult p = provisions.get(e.provisionId());
            Row r = table.row();
            Cells.text(r, 0, e.provisionId(), palette.text);
            Cells.text(r, 1, p == null ? null : p.number(), palette.text);
            Cells.text(r, 2, e.category(), palette.text);
            Cells.text(r, 3, e.framework(), palette.text);
            Cells.text(r, 4, e.citation(), palette.wrap);
            Cells.number(r, SCORE, e.score(), palette.integer);
            Cells.text(r, 6, e.band(), palette.text);
            Cells.text(r, 7, Texts.factors(e), palette.wrap);
            Cells.text(r, 8, Texts.join(e.ruleIds(), "\n"), palette.wrap);
            Cells.text(r, 9, e.rationale(), palette.wrap);
        }
        Heat.scores(sheet, SCORE, 1, table.lastRow());
        table.finish();
    }
}
