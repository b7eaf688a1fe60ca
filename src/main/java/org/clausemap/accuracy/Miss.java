package org.clausemap.accuracy;

import java.util.List;

/**
 * A sentence the rules got wrong in some category.
 *
 * @param doc            the document
 * @param i              the sentence's index in it
 * @param text           the text the rules read
 * @param expected       the gold categories
 * @param got            the predicted categories (evaluated ones only)
 * @param rules          the rules that decided
 * @param falsePositives categories predicted but not labelled
 * @param falseNegatives categories labelled but not predicted
 */
public record Miss(String doc, int i, String text, List<String> expected, List<String> got, List<String> rules,
                   List<String> falsePositives, List<String> falseNegatives) {

    public Miss {
        expected = List.copyOf(expected);
        got = List.copyOf(got);
        rules = List.copyOf(rules);
        falsePositives = List.copyOf(falsePositives);
        falseNegatives = List.copyOf(falseNegatives);
    }
}
