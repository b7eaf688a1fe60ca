package org.clausemap.export.workbook;

import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.clausemap.archive.diff.ChangeCounts;
import org.clausemap.archive.diff.ChangeSummary;
import org.clausemap.archive.diff.DocumentDelta;
import org.clausemap.archive.diff.FrameworkDelta;
import org.clausemap.archive.diff.ProvisionChange;
import org.clausemap.archive.diff.VersionInfo;

/**
 * The first sheet of a change workbook: which versions were compared with which rules, how many provisions changed
 * how, the document and per-framework scores older and newer (heat-coloured), the material changes, the disclaimer.
 */
final class ChangeSummarySheet {

    static final String NAME = "Summary";
    static final List<String> FRAMEWORK_HEADERS = List.of("Framework", "Name", "Older", "Newer", "Delta",
            "Older band", "Newer band");
    static final List<String> MATERIAL_HEADERS = List.of("Change", "Provision", "Sentence");
    private static final int[] WIDTHS = {30, 44, 60, 9, 9, 12, 12};

    private final SummaryRows rows;
    private final Palette palette;

    ChangeSummarySheet(SXSSFSheet sheet, Palette palette) {
        this.rows = new SummaryRows(sheet, palette, WIDTHS);
        this.palette = palette;
    }

    void write(ChangeSummary s) {
        VersionInfo o = s.older();
        VersionInfo n = s.newer();
        String title = n.document().title() != null ? n.document().title() : n.document().source();
        rows.title("Change summary: " + title);
        version("Older", o);
        version("Newer", n);
        ChangeCounts c = s.counts();
        rows.number("Added", c.added());
        rows.number("Removed", c.removed());
        rows.number("Modified", c.modified());
        rows.number("Moved", c.moved());
        rows.number("Unchanged", c.unchanged());
        rows.number("Material changes", c.material());
        rows.number("Editorial changes", c.editorial());
        rows.number("Material score threshold (points)", s.settings().materialScoreDelta());
        DocumentDelta d = s.document();
        int first = rows.next();
        rows.number("Older document score", d.older());
        rows.number("Newer document score", d.newer());
        rows.heat(1, first, rows.next() - 1);
        rows.number("Document score delta", d.delta());
        rows.pair("Older band", d.olderBand());
        rows.pair("Newer band", d.newerBand());
        frameworks(s.frameworks());
        rows.table("Material changes (every change is on the Changes sheet)", MATERIAL_HEADERS, s.materialChanges(),
                this::material, "No material change.");
        rows.disclaimer(s.disclaimer());
    }

    private void version(String which, VersionInfo v) {
        rows.pair(which + " version", v.document().source());
        rows.pair(which + " SHA-256", v.document().sha256());
        rows.pair(which + " analysed at", v.analysedAt() == null ? null : v.analysedAt().toString());
        rows.pair(which + " rule set version", v.ruleSet() == null ? null : v.ruleSet().version());
        rows.number(which + " provisions", v.provisions());
    }

    private void frameworks(List<FrameworkDelta> frameworks) {
        int first = rows.table("Risk by framework, largest change first", FRAMEWORK_HEADERS, frameworks,
                this::framework, "No framework is engaged in either version.");
        rows.heat(2, first, first + frameworks.size() - 1);
        rows.heat(3, first, first + frameworks.size() - 1);
    }

    private void framework(Row r, FrameworkDelta f) {
        Cells.text(r, 0, f.framework(), palette.text);
        Cells.text(r, 1, f.name(), palette.wrap);
        if (f.older() != null) {
            Cells.number(r, 2, f.older(), palette.integer);
        }
        if (f.newer() != null) {
            Cells.number(r, 3, f.newer(), palette.integer);
        }
        Cells.number(r, 4, f.delta(), palette.integer);
        Cells.text(r, 5, f.olderBand(), palette.text);
        Cells.text(r, 6, f.newerBand(), palette.text);
    }

    private void material(Row r, ProvisionChange c) {
        Cells.text(r, 0, c.kind().name().toLowerCase(Locale.ROOT), palette.text);
        var p = c.newer() != null ? c.newer() : c.older();
        Cells.text(r, 1, Texts.provisionLabel(p.number(), p.id()), palette.text);
        Cells.text(r, 2, c.sentence(), palette.wrap);
    }
}
