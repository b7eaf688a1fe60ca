package org.clausemap.export.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.clausemap.analysis.Analysis;
import org.clausemap.engine.RuleFiring;

/** The audit trail: every rule firing in the order it happened, with the provisions it matched. */
final class TraceSheet {

    static final String NAME = "Rule trace";
    static final List<Column> COLUMNS = List.of(Column.of("#", 8), Column.of("Rule id", 40), Column.of("Stage", 12),
            Column.of("Provision ids", 90));

    private TraceSheet() {
    }

    static void write(SXSSFSheet sheet, Palette palette, Analysis a) {
        Table table = new Table(sheet, COLUMNS, palette);
        int order = 0;
        for (RuleFiring f : a.trace()) {
            Row r = table.row();
            Cells.number(r, 0, ++order, palette.integer);
            Cells.text(r, 1, f.ruleId(), palette.text);
            Cells.text(r, 2, f.stage(), palette.text);
            Cells.text(r, 3, Texts.join(f.provisionIds(), ", "), palette.wrap);
        }
        table.finish();
    }
}
