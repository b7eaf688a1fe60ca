package org.clausemap.export.workbook;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.clausemap.analysis.Analysis;
import org.clausemap.analysis.DocumentInfo;
import org.clausemap.analysis.ProvisionResult;
import org.clausemap.scoring.FrameworkScore;
import org.clausemap.scoring.ScoredEngagement;

/**
 * The first sheet: what was analysed and with which rules, the document and framework scores (heat-coloured), the
 * highest-scoring findings with quote and citation, and the disclaimer.
 */
final class SummarySheet {

    static final String NAME = "Summary";
    static final List<String> FRAMEWORK_HEADERS = List.of("Framework", "Name", "Citation", "Score", "Band",
            "Provisions", "Driving provision");
    static final List<String> FINDING_HEADERS = List.of("Score", "Band", "Framework", "Citation", "Provision",
            "Category", "Quote");
    private static final int[] WIDTHS = {30, 44, 36, 9, 11, 12, 70};
    private static final int QUOTE = 400;
    private static final int SCORE_COLUMN = 3;

    private final SXSSFSheet sheet;
    private final Palette palette;
    private int next;

    SummarySheet(SXSSFSheet sheet, Palette palette) {
        this.sheet = sheet;
        this.palette = palette;
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
    }

    void write(Analysis a, String analysisId, Map<String, ProvisionResult> provisions, int topFindings) {
        DocumentInfo d = a.document();
        Cells.text(sheet.createRow(next++), 0, "Due-diligence workbook: "
                + (d.title() != null ? d.title() : d.source()), palette.title);
        next++;
        pair("Document", d.title());
        sourceRow(d.source());
        pair("Format", d.format());
        pair("Platform", d.platform());
        pair("Document type", d.documentType());
        pair("SHA-256", d.sha256());
        pair("Analysis id", analysisId);
        pair("Analysed at", a.analysedAt() == null ? null : a.analysedAt().toString());
        pair("Rule set version", a.ruleSet().version());
        number("Rules", a.ruleSet().rules());
        pair("Regulations version", a.ruleSet().regulationsVersion());
        pair("Jurisdictions", Texts.join(a.jurisdictions(), ", "));
        pair("Market position", a.marketPosition());
        int scoreRow = next;
        number("Document score", a.score().score());
        Heat.scores(sheet, 1, scoreRow, scoreRow);
        pair("Band", a.score().band());
        pair("Driving framework", a.score().drivingFramework());
        number("High or critical engagements", a.score().highOrCritical());
        number("Provisions", a.provisions().size());
        number("Engagements", a.engagements().size());
        number("Checklist actions", a.checklist().size());

        next++;
        frameworks(a.frameworks());
        next++;
        findings(a.engagements(), provisions, topFindings);
        next++;
        disclaimer(a.disclaimer());
    }

    private void frameworks(List<FrameworkScore> frameworks) {
        Cells.text(sheet.createRow(next++), 0, "Frameworks engaged, highest score first", palette.section);
        Cells.header(sheet.createRow(next++), FRAMEWORK_HEADERS, palette.header);
        int first = next;
        for (FrameworkScore f : frameworks) {
            Row r = sheet.createRow(next++);
            Cells.text(r, 0, f.id(), palette.text);
            Cells.text(r, 1, f.name(), palette.wrap);
            Cells.text(r, 2, f.citation(), palette.wrap);
            Cells.number(r, 3, f.score(), palette.integer);
            Cells.text(r, 4, f.band(), palette.text);
            Cells.number(r, 5, f.engagements(), palette.integer);
            Cells.text(r, 6, f.drivingProvisionId(), palette.text);
        }
        if (frameworks.isEmpty()) {
            Cells.text(sheet.createRow(next++), 0, "No framework is engaged.", palette.text);
        }
        Heat.scores(sheet, SCORE_COLUMN, first, first + frameworks.size() - 1);
    }

    private void findings(List<ScoredEngagement> engagements, Map<String, ProvisionResult> provisions, int limit) {
        Cells.text(sheet.createRow(next++), 0, "Top findings: the highest-scoring engagements", palette.section);
        Cells.header(sheet.createRow(next++), FINDING_HEADERS, palette.header);
        List<ScoredEngagement> top = engagements.stream()
                .sorted(Comparator.comparingInt(ScoredEngagement::score).reversed()).limit(limit).toList();
        int first = next;
        for (ScoredEngagement e : top) {
            ProvisionResult p = provisions.get(e.provisionId());
            Row r = sheet.createRow(next++);
            Cells.number(r, 0, e.score(), palette.integer);
            Cells.text(r, 1, e.band(), palette.text);
            Cells.text(r, 2, e.framework(), palette.text);
            Cells.text(r, 3, e.citation(), palette.wrap);
            Cells.text(r, 4, p == null ? e.provisionId() : Texts.provisionLabel(p.number(), p.id()), palette.text);
            Cells.text(r, 5, e.category(), palette.text);
            Cells.text(r, 6, p == null ? null : shorten(p.text()), palette.wrap);
        }
        Heat.scores(sheet, 0, first, first + top.size() - 1);
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

    private void sourceRow(String source) {
        Row r = sheet.createRow(next++);
        Cells.text(r, 0, "Source", palette.label);
        if (Texts.isWebAddress(source)) {
            Cells.link(r, 1, source.strip(), palette.link);
        } else {
            Cells.text(r, 1, source, palette.text);
        }
    }

    private static String shorten(String text) {
        return text.length() <= QUOTE ? text : text.substring(0, QUOTE - 1).stripTrailing() + "\u2026";
    }
}
