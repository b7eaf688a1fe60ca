package org.clausemap.analysis;

import java.time.Instant;
import java.util.List;

import org.clausemap.checklist.ChecklistItem;
import org.clausemap.engine.RuleFiring;
import org.clausemap.scoring.DocumentScore;
import org.clausemap.scoring.FrameworkScore;
import org.clausemap.scoring.ScoredEngagement;

/**
 * The result of analysing one document: provisions and their categories, framework engagements with scores and
 * factors, per-framework and document scores, the checklist, the rule trace, and the rule set used.
 * Everything a user sees here is traceable to provisions and rule ids.
 */
public record Analysis(DocumentInfo document, Instant analysedAt, List<String> jurisdictions, String marketPosition,
                       DocumentScore score, List<ProvisionResult> provisions, List<ScoredEngagement> engagements,
                       List<FrameworkScore> frameworks, List<ChecklistItem> checklist, List<RuleFiring> trace,
                       RuleSetInfo ruleSet, String disclaimer) {

    /** Said with every result: the findings describe the document; they are not a legal determination. */
    public static final String DISCLAIMER = "This analysis describes what the document says, as recognised by the"
            + " rules of the stated rule set. It is not legal advice and not a legal determination of whether any"
            + " provision is valid or enforceable; have counsel review material findings.";

    public Analysis {
        jurisdictions = List.copyOf(jurisdictions);
        provisions = List.copyOf(provisions);
        engagements = List.copyOf(engagements);
        frameworks = List.copyOf(frameworks);
        checklist = List.copyOf(checklist);
        trace = List.copyOf(trace);
    }
}
