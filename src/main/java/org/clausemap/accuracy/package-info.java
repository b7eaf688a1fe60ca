/**
 * Accuracy of the classification rules, measured against labels: the {@code classify} batch over JSONL sentences,
 * the CLAUDETTE evaluation (per-category precision, recall and F1; micro- and macro-F1 computed as LexGLUE does for
 * {@code unfair_tos}), and the AI-platform evaluation against a hand-labelled gold file. Categories and their
 * CLAUDETTE codes come from the rules' taxonomy ({@code rules/ruleset.yaml}), never from code.
 */
package org.clausemap.accuracy;
