package org.clausemap.analysis;

import java.time.Instant;

/**
 * The rule set an analysis ran on.
 *
 * @param version             content hash of the rules folder
 * @param rules               number of rules
 * @param loadedAt            when it was built
 * @param regulationsVersion  content hash of the regulations folder
 */
public record RuleSetInfo(String version, int rules, Instant loadedAt, String regulationsVersion) {
}
