package org.clausemap.archive.diff;

/**
 * A provision category that appeared in, or disappeared from, a provision.
 *
 * @param category  the category id (rules/ruleset.yaml)
 * @param name      its human name from the rule set manifest (the id when the manifest does not know it)
 * @param group     ai-platform, consumer or mitigation; null when unknown
 * @param direction appeared or disappeared
 */
public record CategoryChange(String category, String name, String group, Direction direction) {
}
