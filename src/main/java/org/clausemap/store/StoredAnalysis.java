package org.clausemap.store;

import java.util.UUID;

import org.clausemap.analysis.Analysis;

/**
 * An analysis as stored: its id, the analysis itself, and the JSON it is stored as.
 *
 * @param id       the id the API addresses it by
 * @param analysis the analysis, as the rules produced it
 * @param json     the analysis as stored: the JSON object the CLI's {@code --json} writes, serialized once
 */
public record StoredAnalysis(UUID id, Analysis analysis, String json) {
}
