package org.clausemap.engine;

/**
 * A provision category of the taxonomy the rules own ({@code rules/ruleset.yaml}).
 *
 * @param id          the id rules use in {@code @category}
 * @param name        human name
 * @param group       ai-platform, consumer, mitigation
 * @param claudette   the CLAUDETTE code this category corresponds to (a, ch, cr, j, law, ltd, ter, use), or null
 * @param description what a provision of this category says
 */
public record Category(String id, String name, String group, String claudette, String description) {
}
