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

    private final SXSSFSheet sheet;
    private final Palette palette;
    private int next;

    ChangeSummarySheet(SXSSFSheet sheet, Palette palette) {
        this.sheet = sheet;
        this.palette = palette;
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
    }

    void write(ChangeSummary s) {
        VersionInfo o = s.older();
        VersionInfo n = s.newer();
        String title = n.document().title() != null ? n.document().title() : n.document().source();
        Cells.text(sheet.createRow(next++), 0, "Change summary: " + title, palette.title);
        next++;
        version("Older", o);
        version("Newer", n);
        ChangeCounts c = s.counts();
        number("Added", c.added());
        number("Removed", c.removed());
        number("Modified", c.modified());
        number("Moved", c.moved());
        number("Unchanged", c.unchanged());
        number("Material changes", c.material());
        number("Editorial changes", c.editorial());
        number("Material score threshold (points)", s.settings().materialScoreDelta());
        DocumentDelta d = s.document();
        int first = next;
        number("Older document score", d.older());
        number("Newer document score", d.newer());
        Heat.scores(sheet, 1, first, next - 1);
        number("Document score delta", d.delta());
        pair("Older band", d.olderBand());
        pair("Newer band", d.newerBand());

        next++;
        frameworks(s.frameworks());
        next++;
        material(s.materialChanges());
        next++;
        disclaimer(s.disclaimer());
    }

    private void version(String which, VersionInfo v) {
        pair(which + " version", v.document().source());
        pair(which + " SHA-256", v.document().sha256());
        pair(which + " analysed at", v.analysedAt() == null ? null : v.analysedAt().toString());
        pair(which + " rule set version", v.ruleSet() == null ? null : v.ruleSet().version());
        number(which + " provisions", v.provisions());
    }

    private void frameworks(List<FrameworkDelta> frameworks) {
        Cells.text(sheet.createRow(next++), 0, "Risk by framework, largest change first", palette.section);
        Cells.header(sheet.createRow(next++), FRAMEWORK_HEADERS, palette.header);
        int first = next;
        for (FrameworkDelta f : frameworks) {
            Row r = sheet.createRow(next++);
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
        if (frameworks.isEmpty()) {
            Cells.text(sheet.createRow(next++), 0, "No framework is engaged in either version.", palette.text);
        }
        Heat.scores(sheet, 2, first, first + frameworks.size() - 1);
        Heat.scores(sheet, 3, first, first + frameworks.size() - 1);
    }

    private void material(List<ProvisionChange> changes) {
        Cells.text(sheet.createRow(next++), 0, "Material changes (every change is on the Changes sheet)",
                palette.section);
        Cells.header(sheet.createRow(next++), MATERIAL_HEADERS, palette.header);
        for (ProvisionChange c : changes) {
            Row r = sheet.createRow(next++);
            Cells.text(r, 0, c.kind().name().toLowerCase(Locale.ROOT), palette.text);
            var p = c.newer() != null ? c.newer() : c.older();
            Cells.text(r, 1, Texts.provisionLabel(p.number(), p.id()), palette.text);
            Cells.text(r, 2, c.sentence(), palette.wrap);
        }
        if (changes.isEmpty()) {
            Cells.text(sheet.createRow(next++), 0, "No material change.", palette.text);
        }
    }

    private void disclaimer(String text) {
        next = SummaryRows.disclaimer(sheet, palette, WIDTHS, next, text);
    }

    private void pair(String label, String value) {
        next = SummaryRows.pair(sheet, palette, next, label, value);
    }

    private void number(String label, int value) {
        next = SummaryRows.number(sheet, palette, next, label, value);
    }
}
