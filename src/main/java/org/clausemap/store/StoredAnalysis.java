package org.clausemap.store;

import java.util.UUID;

import org.clausemap.analysis.Analysis;

/**
 * An analysis as stored: its id and the analysis itself.
 *
 * @param id       the id the API addresses it by
 * @param analysis the analysis, as the rules produced it
 */
public record StoredAnalysis(UUID id, Analysis analysis) {
}
