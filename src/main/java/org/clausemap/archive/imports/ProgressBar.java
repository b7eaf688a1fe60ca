package org.clausemap.archive.imports;

/** The text of a progress line: {@code [#####     ] 12/41 aws/service-terms 2025-06-27}. */
public final class ProgressBar {

    private final int width;

    public ProgressBar(int width) {
        if (width < 1) {
            throw new IllegalArgumentException("width must be positive: " + width);
        }
        this.width = width;
    }

    public String render(int done, int total, String label) {
        int filled = total <= 0 ? width : (int) ((long) done * width / total);
        return "[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total
                + (label == null || label.isEmpty() ? "" : " " + label);
    }
}
