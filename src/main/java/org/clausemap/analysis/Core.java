package org.clausemap.analysis;

import java.nio.file.Path;
import java.time.Clock;

import org.clausemap.engine.RuleSet;
import org.clausemap.ingest.DocumentReader;
import org.clausemap.regulation.RegulationCatalog;

/**
 * The loaded content and the services over it: what both the CLI and the REST application start from.
 *
 * @param rules       the rule set in force (reloadable)
 * @param regulations the frameworks
 * @param analyses    the analysis pipeline
 */
public record Core(RuleSet rules, RegulationCatalog regulations, AnalysisService analyses) {

    /** Loads regulations and builds the rules; fails with a located error when either is invalid. */
    public static Core load(Path rulesFolder, Path regulationsFolder) {
        RegulationCatalog regulations = RegulationCatalog.load(regulationsFolder);
        return of(RuleSet.load(rulesFolder), regulations);
    }

    /** The core over a rule set already built (e.g. in parallel with the rest of start-up). */
    public static Core of(RuleSet rules, RegulationCatalog regulations) {
        return new Core(rules, regulations, new AnalysisService(rules, regulations, new DocumentReader(),
                Clock.systemUTC()));
    }
}
