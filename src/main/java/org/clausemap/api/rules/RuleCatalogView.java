package org.clausemap.api.rules;

import java.util.List;

/**
 * The rules of the rule set in force, filtered as asked.
 *
 * @param version the version of the rule set they belong to
 * @param rules   the rules, by id
 */
record RuleCatalogView(String version, List<RuleView> rules) {
}
