package org.clausemap.export.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.clausemap.archive.diff.ChangeSummary;

/**
 * Writes a change summary between two versions of a document as a workbook (xlsx): a Summary sheet (the versions,
 * the counts, the document and per-framework risk, older and newer, and the material changes) and a Changes sheet
 * with one row per change. Uses the same style palette as the analysis workbook, created once per file, and streams
 * rows. Stateless and thread-safe.
 */
public final class ChangesWorkbookWriter {

    /** Writes the workbook of {@code summary} to {@code out} (not closed). */
    public void write(ChangeSummary summary, OutputStream out) throws IOException {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(out, "out");
        SXSSFWorkbook wb = new SXSSFWorkbook(WorkbookWriter.ROW_WINDOW);
        try {
            wb.setCompressTempFiles(true);
            Palette palette = new Palette(wb);
            new ChangeSummarySheet(wb.createSheet(ChangeSummarySheet.NAME), palette).write(summary);
            ChangesSheet.write(wb.createSheet(ChangesSheet.NAME), palette, summary);
            wb.setActiveSheet(0);
            var properties = wb.getXSSFWorkbook().getProperties().getCoreProperties();
            properties.setCreator("clausemap");
            String title = summary.newer().document().title();
            properties.setTitle("Changes: " + (title != null ? title : summary.newer().document().source()));
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }
}
