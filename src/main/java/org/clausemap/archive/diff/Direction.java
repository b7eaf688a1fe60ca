package org.clausemap.archive.diff;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether something is present only in the newer version or only in the older one. */
public enum Direction {
    @JsonProperty("appeared") APPEARED,
    @JsonProperty("disappeared") DISAPPEARED
}
