/**
 * The rule engine: builds the rules in {@code rules/} into a shared KieBase ({@link org.clausemap.engine.RuleBaseBuilder}),
 * keeps the one in force ({@link org.clausemap.engine.RuleSet}), and runs it over a document's provisions in stages
 * (classify, map, score, checklist) with an audit trail ({@link org.clausemap.engine.RuleEngine}). It knows Drools and
 * nothing about HTTP or Excel; legal content comes only from the rules.
 */
package org.clausemap.engine;
