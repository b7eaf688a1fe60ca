package org.clausemap.engine.facts;

import java.util.List;

/**
 * Where a prefilter's words and word sets come from. A rule base's {@link TextPatterns} numbers each distinct word
 * and each distinct set of alternative words once, so that its {@link WordIndex} answers both from one scan of a
 * clause; {@link #NONE} numbers nothing, and every word is then looked for in the text itself.
 */
interface Vocabulary {

    /** Words and sets outside any index. */
    Vocabulary NONE = new Vocabulary() {
        @Override
        public MatchText.Word word(String lowerCased) {
            return MatchText.Word.of(lowerCased);
        }

        @Override
        public WordSet set(List<MatchText.Word> words) {
            return new WordSet(words);
        }
    };

    /** The word of the lower-cased text. */
    MatchText.Word word(String lowerCased);

    /** The set of the alternative words (made by {@link #word}). */
    WordSet set(List<MatchText.Word> words);
}
