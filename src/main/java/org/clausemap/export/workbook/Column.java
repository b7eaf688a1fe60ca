package org.clausemap.export.workbook;

/**
 * A column of a table sheet.
 *
 * @param header the header text (the reader checks the Checklist's headers verbatim)
 * @param width  fixed width in characters (no auto-sizing: it needs fonts, which a headless JVM may lack)
 * @param review whether reviewers fill it in
 */
record Column(String header, int width, boolean review) {

    static Column of(String header, int width) {
        return new Column(header, width, false);
    }
}
