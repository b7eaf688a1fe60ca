/**
 * Enforcement-risk scores: per engagement (severity x relevance x factors), per framework (highest engagement) and
 * per document (highest framework), each with the terms that produced it and a band from {@code rules/ruleset.yaml}.
 */
package org.clausemap.scoring;
