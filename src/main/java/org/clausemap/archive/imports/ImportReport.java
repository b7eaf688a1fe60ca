package org.clausemap.archive.imports;

import java.util.List;

/**
 * What an import did.
 *
 * @param results    one per file, in import order
 * @param skipped    files in the folder that do not follow the layout, with why
 * @param registered documents registered by this import
 */
public record ImportReport(List<ImportResult> results, List<String> skipped, int registered) {

    public ImportReport {
        results = List.copyOf(results);
        skipped = List.copyOf(skipped);
    }

    public long count(String outcome) {
        return results.stream().filter(r -> r.outcome().equals(outcome)).count();
    }

    /** True when every file was recorded or found unchanged. */
    public boolean clean() {
        return count("failed") == 0 && count("capture-failure") == 0;
    }
}
