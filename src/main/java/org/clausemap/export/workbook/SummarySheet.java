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

    private final SummaryRows rows;
    private final Palette palette;

    SummarySheet(SXSSFSheet sheet, Palette palette) {
        this.rows = new SummaryRows(sheet, palette, WIDTHS);
        this.palette = palette;
    }

    void write(Analysis a, String analysisId, Map<String, ProvisionResult> provisions, int topFindings) {
        DocumentInfo d = a.document();
        rows.title("Due-diligence workbook: " + (d.title() != null ? d.title() : d.source()));
        rows.pair("Document", d.title());
        sourceRow(d.source());
        rows.pair("Format", d.format());
        rows.pair("Platform", d.platform());
        rows.pair("Document type", d.documentType());
        rows.pair("SHA-256", d.sha256());
        rows.pair("Analysis id", analysisId);
        rows.pair("Analysed at", a.analysedAt() == null ? null : a.analysedAt().toString());
        rows.pair("Rule set version", a.ruleSet().version());
        rows.number("Rules", a.ruleSet().rules());
        rows.pair("Regulations version", a.ruleSet().regulationsVersion());
        rows.pair("Jurisdictions", Texts.join(a.jurisdictions(), ", "));
        rows.pair("Market position", a.marketPosition());
        int scoreRow = rows.next();
        rows.number("Document score", a.score().score());
        rows.heat(1, scoreRow, scoreRow);
        rows.pair("Band", a.score().band());
        rows.pair("Driving framework", a.score().drivingFramework());
        rows.number("High or critical engagements", a.score().highOrCritical());
        rows.number("Provisions", a.provisions().size());
        if (d.language() != null && d.language().warning() != null) {
            rows.pair("Language warning", d.language().warning());
        }
        rows.number("Engagements", a.engagements().size());
        rows.number("Checklist actions", a.checklist().size());
        frameworks(a.frameworks());
        findings(a.engagements(), provisions, topFindings);
        rows.disclaimer(a.disclaimer());
    }

    private void frameworks(List<FrameworkScore> frameworks) {
        int first = rows.table("Frameworks engaged, highest score first", FRAMEWORK_HEADERS, frameworks,
                this::framework, "No framework is engaged.");
        rows.heat(SCORE_COLUMN, first, first + frameworks.size() - 1);
    }

    private void framework(Row r, FrameworkScore f) {
        Cells.text(r, 0, f.id(), palette.text);
        Cells.text(r, 1, f.name(), palette.wrap);
        Cells.text(r, 2, f.citation(), palette.wrap);
        Cells.number(r, 3, f.score(), palette.integer);
        Cells.text(r, 4, f.band(), palette.text);
        Cells.number(r, 5, f.engagements(), palette.integer);
        Cells.text(r, 6, f.drivingProvisionId(), palette.text);
    }

    private void findings(List<ScoredEngagement> engagements, Map<String, ProvisionResult> provisions, int limit) {
        List<ScoredEngagement> top = engagements.stream()
                .sorted(Comparator.comparingInt(ScoredEngagement::score).reversed()).limit(limit).toList();
        int first = rows.table("Top findings: the highest-scoring engagements", FINDING_HEADERS, top,
                (r, e) -> finding(r, e, provisions.get(e.provisionId())), null);
        rows.heat(0, first, first + top.size() - 1);
    }

    private void finding(Row r, ScoredEngagement e, ProvisionResult p) {
        Cells.number(r, 0, e.score(), palette.integer);
        Cells.text(r, 1, e.band(), palette.text);
        Cells.text(r, 2, e.framework(), palette.text);
        Cells.text(r, 3, e.citation(), palette.wrap);
        Cells.text(r, 4, p == null ? e.provisionId() : Texts.provisionLabel(p.number(), p.id()), palette.text);
        Cells.text(r, 5, e.category(), palette.text);
        Cells.text(r, 6, p == null ? null : shorten(p.text()), palette.wrap);
    }

    private void sourceRow(String source) {
        Row r = rows.row();
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
