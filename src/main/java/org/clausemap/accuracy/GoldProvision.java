package org.clausemap.accuracy;

import java.util.List;

/**
 * One line of a platform gold file: a provision of a document and the categories it belongs to. A line with no
 * categories only declares the document covered (its gold is complete, so every prediction there is judged).
 *
 * @param line       the 1-based line in the gold file
 * @param document   the document path, relative to the corpus folder
 * @param number     the provision's clause number as the document writes it, or null
 * @param anchor     a short phrase contained in the provision's text, or null
 * @param categories the categories, possibly empty
 */
public record GoldProvision(int line, String document, String number, String anchor, List<String> categories) {

    public GoldProvision {
        categories = List.copyOf(categories);
    }

    /** Where the line points, for reports. */
    public String label() {
        return document + (number == null ? "" : " " + number) + (anchor == null ? "" : " \"" + anchor + "\"");
    }
}
