package org.clausemap.analysis;

import java.util.List;

import org.clausemap.engine.facts.TermReading;

/**
 * A term the document defines that the rules read a provision with: why a clause that never says "output" was
 * classified as one ("Triage Recommendations" read as "Output", defined in provision {@code definedIn}).
 *
 * @param term      the term as the document writes it
 * @param readAs    the word the rules read it as
 * @param definedIn the id of the provision that defines it
 * @param rule      the id of the rule that read the definition
 */
public record TermUse(String term, String readAs, String definedIn, String rule) {

    static List<TermUse> of(List<TermReading> readings) {
        return readings.stream().map(r -> new TermUse(r.getTerm(), r.getReading(), r.getSource().getId(),
                r.getRuleId())).toList();
    }
}
