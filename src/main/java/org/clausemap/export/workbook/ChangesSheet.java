package org.clausemap.export.workbook;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.clausemap.analysis.ProvisionResult;
import org.clausemap.archive.diff.CategoryChange;
import org.clausemap.archive.diff.ChangeSummary;
import org.clausemap.archive.diff.DiffSegment;
import org.clausemap.archive.diff.Direction;
import org.clausemap.archive.diff.FrameworkDelta;
import org.clausemap.archive.diff.ProvisionChange;
import org.clausemap.archive.diff.TermChange;

/**
 * One row per change between two versions, material ones first: kind, numbers, significance, what appeared and
 * disappeared, framework scores, the sentence, both texts and the word diff ({@code [-deleted-]{+inserted+}}).
 */
final class ChangesSheet {

    static final String NAME = "Changes";
    static final List<Column> COLUMNS = List.of(Column.of("Change", 11), Column.of("Old number", 11),
            Column.of("New number", 11), Column.of("Significance", 12), Column.of("Categories appeared", 26),
            Column.of("Categories disappeared", 26), Column.of("Forms and qualifiers", 26),
            Column.of("Frameworks and scores", 34), Column.of("Sentence", 60), Column.of("Old text", 60),
            Column.of("New text", 60), Column.of("Word diff", 80), Column.of("Similarity", 11),
            Column.of("Section", 30), Column.of("Old provision id", 20), Column.of("New provision id", 20));

    private ChangesSheet() {
    }

    static void write(SXSSFSheet sheet, Palette palette, ChangeSummary summary) {
        Table table = new Table(sheet, COLUMNS, palette);
        for (ProvisionChange c : summary.changes()) {
            Row r = table.row();
            Cells.text(r, 0, c.kind().name().toLowerCase(Locale.ROOT), palette.text);
            Cells.text(r, 1, c.older() == null ? null : c.older().number(), palette.text);
            Cells.text(r, 2, c.newer() == null ? null : c.newer().number(), palette.text);
            Cells.text(r, 3, c.significance().name().toLowerCase(Locale.ROOT),
                    c.material() ? palette.label : palette.text);
            Cells.text(r, 4, categories(c.categories(), Direction.APPEARED), palette.wrap);
            Cells.text(r, 5, categories(c.categories(), Direction.DISAPPEARED), palette.wrap);
            Cells.text(r, 6, terms(c.terms()), palette.wrap);
            Cells.text(r, 7, frameworks(c.frameworks()), palette.wrap);
            Cells.text(r, 8, c.sentence(), palette.wrap);
            Cells.text(r, 9, c.older() == null ? null : c.older().text(), palette.wrap);
            Cells.text(r, 10, c.newer() == null ? null : c.newer().text(), palette.wrap);
            Cells.text(r, 11, DiffSegment.render(c.wordDiff()), palette.wrap);
            Cells.number(r, 12, Math.round(c.similarity() * 100) / 100.0, palette.integer);
            ProvisionResult where = c.newer() != null ? c.newer() : c.older();
            Cells.text(r, 13, Texts.join(where.sectionPath(), Texts.PATH_SEPARATOR), palette.wrap);
            Cells.text(r, 14, c.older() == null ? null : c.older().id(), palette.text);
            Cells.text(r, 15, c.newer() == null ? null : c.newer().id(), palette.text);
        }
        table.finish();
    }

    private static String categories(List<CategoryChange> changes, Direction direction) {
        return changes.stream().filter(c -> c.direction() == direction).map(CategoryChange::name)
                .collect(Collectors.joining("\n"));
    }

    private static String terms(List<TermChange> terms) {
        return terms.stream().map(t -> (t.direction() == Direction.APPEARED ? "+ " : "- ") + t.kind() + " " + t.name())
                .collect(Collectors.joining("\n"));
    }

    /** {@code gdpr 32 → 54 (+22)}, one framework per line; a dash where it is not engaged. */
    static String frameworks(List<FrameworkDelta> deltas) {
        return deltas.stream().map(f -> f.framework() + " " + score(f.older()) + " \u2192 " + score(f.newer()) + " ("
                + (f.delta() > 0 ? "+" : "") + f.delta() + ")").collect(Collectors.joining("\n"));
    }

    private static String score(Integer score) {
        return score == null ? "\u2013" : score.toString();
    }
}
