package org.clausemap.archive.diff;

import java.util.List;

import org.clausemap.analysis.ProvisionResult;

/**
 * One provision's change between two versions, with what the rules make of it.
 *
 * @param kind         added, removed, modified, moved or unchanged (wording unchanged, a score moved)
 * @param significance material or editorial
 * @param older        the provision in the older version, or null when added
 * @param newer        the provision in the newer version, or null when removed
 * @param similarity   text similarity of the pair, 0-1 (1 for identical words; 0 when added or removed)
 * @param categories   categories that appeared or disappeared
 * @param terms        deontic forms and qualifiers that appeared or disappeared (categorised provisions only)
 * @param frameworks   frameworks whose score for this provision differs, largest change first
 * @param sentence     one plain sentence saying what changed in substance; null when editorial
 * @param wordDiff     the word-level diff of a modified provision; empty otherwise
 */
public record ProvisionChange(ChangeKind kind, Significance significance, ProvisionResult older,
                              ProvisionResult newer, double similarity, List<CategoryChange> categories,
                              List<TermChange> terms, List<FrameworkDelta> frameworks, String sentence,
                              List<DiffSegment> wordDiff) {

    public ProvisionChange {
        categories = List.copyOf(categories);
        terms = List.copyOf(terms);
        frameworks = List.copyOf(frameworks);
        wordDiff = List.copyOf(wordDiff);
    }

    public boolean material() {
        return significance == Significance.MATERIAL;
    }
}
