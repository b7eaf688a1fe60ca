package org.clausemap.archive.imports;

/** Hears of an import's progress (the CLI draws its progress bar from it). */
public interface ImportListener {

    /** Before the first file. */
    default void started(int total) {
    }

    /** After each file: {@code done} of {@code total} files are through. */
    void imported(int done, int total, ImportResult result);
}
