package org.clausemap.accuracy;

import tools.jackson.databind.node.ObjectNode;

/**
 * One line of a sentences JSONL file: the object as read (every field kept), and the fields classification needs.
 *
 * @param line the 1-based line number in the file
 * @param json the object, all fields
 * @param doc  the document the sentence belongs to
 * @param i    the sentence's index in its document
 * @param text the text the rules read: {@code text_original} when present, else {@code text}
 */
public record SentenceLine(int line, ObjectNode json, String doc, int i, String text) {
}
