package org.clausemap.accuracy;

import java.util.List;

/**
 * What the rules decided for one sentence or provision.
 *
 * @param categories the output codes: a category's CLAUDETTE code where it has one, else its id; sorted, distinct
 * @param rules      ids of the rules whose classifications decided, sorted, distinct
 */
public record Verdict(List<String> categories, List<String> rules) {

    public static final Verdict NONE = new Verdict(List.of(), List.of());

    public Verdict {
        categories = List.copyOf(categories);
        rules = List.copyOf(rules);
    }
}
