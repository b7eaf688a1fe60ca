package org.clausemap.archive.diff;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a provision's text changed between two versions. */
public enum ChangeKind {
    /** Only in the newer version. */
    @JsonProperty("added") ADDED,
    /** Only in the older version. */
    @JsonProperty("removed") REMOVED,
    /** Paired with a provision of different wording (possibly also renumbered or moved). */
    @JsonProperty("modified") MODIFIED,
    /** Same text, at another position or under another number. */
    @JsonProperty("moved") MOVED,
    /** Same text, same number, in the same order. */
    @JsonProperty("unchanged") UNCHANGED
}
