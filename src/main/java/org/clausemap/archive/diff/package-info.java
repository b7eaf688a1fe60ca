/**
 * What changed between two versions of a document, in substance. {@link org.clausemap.archive.diff.ChangeSummarizer}
 * takes two {@link org.clausemap.analysis.Analysis analyses} and returns a
 * {@link org.clausemap.archive.diff.ChangeSummary}: per provision, whether it was added, removed, modified, moved or
 * left unchanged; which categories, forms, qualifiers and framework scores appeared, disappeared or moved; whether
 * that is material or editorial, with one plain sentence per material change; and the document and per-framework
 * risk, older and newer.
 * <p>
 * Alignment (package-private {@code Aligner}), cheapest evidence first:
 * <ol>
 * <li>identical wording, then identical substantive words (clause and cross-reference numbers, enumerators, web
 * addresses, punctuation and case set aside); among duplicates the copy with the same number and section wins;</li>
 * <li>sections correspond when most identical provisions of one are found in the other, which follows renumbered and
 * renamed sections without trusting boilerplate that recurs across sections;</li>
 * <li>within corresponding sections, Dice similarity over content words and word pairs, candidates narrowed by an
 * inverted index of rare shingles and by clause number, paired greedily best-first above
 * {@link org.clausemap.archive.diff.ChangeSettings#matchSimilarity()} (or the lower
 * {@link org.clausemap.archive.diff.ChangeSettings#numberedSimilarity()} for the same clause number);</li>
 * <li>across sections, above {@link org.clausemap.archive.diff.ChangeSettings#movedSimilarity()};</li>
 * <li>an unpaired provision almost wholly contained in the other side of a neighbouring modified pair is a piece of
 * it (a provision split into sentences, or sentences merged).</li>
 * </ol>
 * Identical pairs that are renumbered or out of the longest in-order run are moved; modified pairs get a word diff.
 * <p>
 * Materiality (package-private {@code Comparer}) reads clauses: something that appears in a provision is new only if
 * its clause on the older side lacked it, so re-cutting a clause into sentences is not a change of substance. No
 * legal content lives here: category and framework names come from the rule set manifest and the regulations
 * catalog; the only numbers are the thresholds of {@link org.clausemap.archive.diff.ChangeSettings}. The model is
 * plain records, written as JSON by {@link org.clausemap.archive.diff.ChangeSummaryJson} and as text by
 * {@link org.clausemap.archive.diff.ChangeSummaryText}.
 */
package org.clausemap.archive.diff;
