package org.clausemap.export.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.clausemap.analysis.Analysis;
import org.clausemap.analysis.ProvisionResult;
import org.clausemap.provision.SourceLocation;

/** Every provision in document order, with what the classification rules found in it and where it stands. */
final class ProvisionsSheet {

    static final String NAME = "Provisions";
    static final List<Column> COLUMNS = List.of(Column.of("Provision id", 20), Column.of("Number", 9),
            Column.of("Section", 30), Column.of("Heading", 24), Column.of("Text", 80), Column.of("Categories", 26),
            Column.of("Forms", 14), Column.of("Qualifiers", 24), Column.of("Rules", 30), Column.of("Line", 7),
            Column.of("Source", 36), Column.of("CSS path", 30));
    private static final int SOURCE = 10;

    private ProvisionsSheet() {
    }

    static void write(SXSSFSheet sheet, Palette palette, Analysis a) {
        Table table = new Table(sheet, COLUMNS, palette);
        String source = a.document().source();
        String url = Texts.isWebAddress(source) ? source.strip() : null;
        for (ProvisionResult p : a.provisions()) {
            Row r = table.row();
            Cells.text(r, 0, p.id(), palette.text);
            Cells.text(r, 1, p.number(), palette.text);
            Cells.text(r, 2, Texts.join(p.sectionPath(), Texts.PATH_SEPARATOR), palette.wrap);
            Cells.text(r, 3, p.heading(), palette.wrap);
            Cells.text(r, 4, p.text(), palette.wrap);
            Cells.text(r, 5, Texts.join(p.categories(), "\n"), palette.wrap);
            Cells.text(r, 6, Texts.join(p.forms(), "\n"), palette.wrap);
            Cells.text(r, 7, Texts.join(p.qualifiers(), "\n"), palette.wrap);
            Cells.text(r, 8, Texts.join(p.ruleIds(), "\n"), palette.wrap);
            SourceLocation at = p.location();
            if (at != null && at.line() > 0) {
                Cells.number(r, 9, at.line(), palette.integer);
            }
            Cells.text(r, SOURCE, source, url == null ? palette.text : palette.link);
            Cells.text(r, 11, at == null ? null : at.cssPath(), palette.text);
        }
        if (url != null && table.lastRow() >= 1) {
            Cells.link(sheet, new CellRangeAddress(1, table.lastRow(), SOURCE, SOURCE), url);
        }
        table.finish();
    }
}
