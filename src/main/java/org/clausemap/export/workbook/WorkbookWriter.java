package org.clausemap.export.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.clausemap.analysis.Analysis;
import org.clausemap.analysis.ProvisionResult;

/**
 * Writes an analysis as an audit-ready due-diligence workbook (xlsx): Summary, Provisions, Mappings, Checklist,
 * Rule trace and Method sheets, plus the very hidden {@code _clausemap} sheet that ties the file to its analysis
 * so {@link ChecklistReviewReader} can read the reviewers' entries back.
 * <p>
 * Rows are streamed ({@link SXSSFWorkbook}, {@value #ROW_WINDOW} rows in memory per sheet), so documents with tens
 * of thousands of provisions and engagements are written in bounded memory. Stateless and thread-safe.
 */
public final class WorkbookWriter {

    static final int ROW_WINDOW = 200;
    static final int TOP_FINDINGS = 10;

    /** Writes the workbook of an analysis that has no stored id; every checklist action starts Open. */
    public void write(Analysis analysis, OutputStream out) throws IOException {
        write(analysis, null, Map.of(), out);
    }

    /** Writes the workbook of a stored analysis; every checklist action starts Open. */
    public void write(Analysis analysis, String analysisId, OutputStream out) throws IOException {
        write(analysis, analysisId, Map.of(), out);
    }

    /**
     * Writes the workbook of a stored analysis, with the reviews stored so far shown in the reviewer columns.
     *
     * @param analysisId the stored analysis id, recorded so a reviewed copy can be matched to it; or null
     * @param reviews    reviews by action id; reviews of actions not in the checklist are left out
     * @param out        receives the xlsx bytes; not closed
     */
    public void write(Analysis analysis, String analysisId, Map<String, ChecklistReview> reviews, OutputStream out)
            throws IOException {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(reviews, "reviews");
        Objects.requireNonNull(out, "out");
        SXSSFWorkbook wb = new SXSSFWorkbook(ROW_WINDOW);
        try {
            // plain temp files: gzip-compressing them more than doubled the time of a 10,000-provision workbook
            wb.setCompressTempFiles(false);
            Palette palette = new Palette(wb);
            Map<String, ProvisionResult> provisions = new HashMap<>();
            analysis.provisions().forEach(p -> provisions.putIfAbsent(p.id(), p));

            new SummarySheet(wb.createSheet(SummarySheet.NAME), palette)
                    .write(analysis, analysisId, provisions, TOP_FINDINGS);
            ProvisionsSheet.write(wb.createSheet(ProvisionsSheet.NAME), palette, analysis);
            MappingsSheet.write(wb.createSheet(MappingsSheet.NAME), palette, analysis, provisions);
            ChecklistSheet.write(wb.createSheet(ChecklistSheet.NAME), palette, analysis.checklist(), reviews);
            TraceSheet.write(wb.createSheet(TraceSheet.NAME), palette, analysis);
            MethodSheet.write(wb.createSheet(MethodSheet.NAME), palette, analysis);
            Marker.of(analysis, analysisId).write(wb);

            wb.setActiveSheet(0);
            var properties = wb.getXSSFWorkbook().getProperties().getCoreProperties();
            properties.setCreator("clausemap");
            properties.setTitle(analysis.document().title());
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }
}
