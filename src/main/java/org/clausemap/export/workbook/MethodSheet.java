package org.clausemap.export.workbook;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.clausemap.analysis.Analysis;

/** How the numbers in this workbook were reached, in plain words, and the disclaimer. */
final class MethodSheet {

    static final String NAME = "Method";

    private MethodSheet() {
    }

    static void write(SXSSFSheet sheet, Palette palette, Analysis a) {
        sheet.setColumnWidth(0, 120 * 256);
        var lines = new Object() {
            int next;

            void add(String text, CellStyle style) {
                Cells.text(sheet.createRow(next++), 0, text, style);
            }
        };
        lines.add("How the scores are computed", palette.title);
        lines.add("Rules of rule set " + a.ruleSet().version() + " (" + a.ruleSet().rules() + " rules) and the"
                + " frameworks of regulations " + a.ruleSet().regulationsVersion() + " produced every number here;"
                + " the Rule trace sheet lists each rule that fired.", palette.wrap);
        lines.next++;
        lines.add("Engagement score", palette.section);
        lines.add("A provision engages a framework when a mapping rule links one of its categories to it. Its score is"
                + " the framework's base severity (points, from regulations/) \u00D7 the relevance of the mapping"
                + " (0-1, from the mapping rule) \u00D7 the product of the scoring factors that apply, rounded and"
                + " capped at 100. The Mappings sheet shows each product term by term.", palette.wrap);
        lines.add("Framework score", palette.section);
        lines.add("The highest engagement score among the provisions that engage the framework; the driving"
                + " provision is the one that reaches it.", palette.wrap);
        lines.add("Document score", palette.section);
        lines.add("The highest framework score. Scores rank exposure to enforcement; they are not a probability or"
                + " an amount.", palette.wrap);
        lines.add("Bands", palette.section);
        lines.add("Each score falls into a band (low, medium, high, critical) by the thresholds the rule set declares"
                + " (rules/ruleset.yaml). Colours in score cells run from green (0) through amber (50) to red (100).",
                palette.wrap);
        lines.add("Factors", palette.section);
        lines.add("strength: how absolute the provision is (an unqualified prohibition counts fully; an exception,"
                + " consent route or saving clause weakens it).", palette.wrap);
        lines.add("breadth: how wide a power the provider keeps (at any time, in its sole discretion, without"
                + " notice).", palette.wrap);
        lines.add("jurisdiction: whether the framework's jurisdictions are among those in scope for this analysis ("
                + Texts.join(a.jurisdictions(), ", ") + "); out-of-scope frameworks are discounted.", palette.wrap);
        lines.add("market-position: the platform's position for competition law (here: " + a.marketPosition()
                + "); a dominant platform weighs more, a minor one less.", palette.wrap);
        lines.add("mitigation: something else in the document that reduces the exposure (an opt-out, an"
                + " indemnity).", palette.wrap);
        lines.add("Each factor's value and reason come from the scoring rule named in the Mappings sheet.",
                palette.wrap);
        lines.next++;
        lines.add("Checklist", palette.section);
        lines.add("Checklist rules turn engagements into due-diligence actions; one action triggered by several"
                + " provisions appears once with all of them as evidence. Reviewers fill in Status, Reviewer, Due date"
                + " and Notes; clausemap can read these back, provided the rest of the sheet is left as it is.",
                palette.wrap);
        lines.next++;
        lines.add("Disclaimer", palette.section);
        lines.add(a.disclaimer(), palette.wrap);
    }
}
