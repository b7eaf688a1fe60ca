package org.clausemap.archive.diff;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a change matters in substance, as far as the rules recognise it. */
public enum Significance {
    /**
     * A restriction, obligation, right or mitigation appeared or disappeared (a category), the deontic form or a
     * qualifier of a categorised provision changed, a framework became or stopped being engaged, or a framework
     * score moved by at least the configured threshold.
     */
    @JsonProperty("material") MATERIAL,
    /** Nothing the rules recognise changed: wording, links, whitespace, numbering or position only. */
    @JsonProperty("editorial") EDITORIAL
}
