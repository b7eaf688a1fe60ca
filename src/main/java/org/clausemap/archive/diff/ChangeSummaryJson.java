package org.clausemap.archive.diff;

import org.clausemap.export.JsonFormat;

/** A change summary as JSON: the schema the CLI writes and the archive stores and serves. */
public final class ChangeSummaryJson extends JsonFormat<ChangeSummary> {

    public ChangeSummaryJson() {
        super(ChangeSummary.class);
    }
}
