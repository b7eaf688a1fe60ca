package org.clausemap.provision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which provisions of a document do not read as English. The rules state English legal language, so a provision in
 * another language (a translated section, a bilingual document, terms in German or Japanese) is never classified:
 * an analysis that says so keeps a reader from taking the silence for a clean result.
 * <p>
 * A provision does not read as English when most of its letters are of a script other than Latin (at least
 * {@value #MIN_LETTERS} letters), or when it has at least {@value #MIN_WORDS} words of which at least
 * {@value #MIN_FOREIGN} are function words of French, German, Spanish, Italian, Portuguese or Dutch ("le", "der",
 * "los", "della", "não", "het", ...; none that English uses) and they outnumber its English function words ("the",
 * "of", "shall", "may", ...) more than twice. Headings, addresses, product lists and short items have few function
 * words of any language and read as English. On the 7,807 English sentences of the CLAUDETTE corpus and the 115
 * English platform documents none is misread; the French statutory-warranty provisions of a platform's terms are found.
 */
public record LanguageCheck(int provisions, int notEnglish, List<String> examples) {

    static final int MIN_WORDS = 8;
    static final int MIN_LETTERS = 12;
    static final int MIN_FOREIGN = 3;
    private static final int EXAMPLES = 3;
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "is", "that", "for", "you", "your",
            "we", "our", "by", "or", "be", "may", "not", "with", "any", "this", "are", "shall", "will", "it", "its",
            "from", "such", "has", "have", "which", "all", "if", "at", "these", "those", "us", "under", "other", "they",
            "their", "been", "can", "must", "within", "without", "would", "should", "there", "when", "where", "than",
            "in", "on");
    private static final Set<String> FOREIGN = Set.of(
            // French
            "le", "la", "les", "des", "du", "une", "est", "et", "pour", "dans", "sur", "par", "au", "aux", "ne", "pas",
            "qui", "que", "ou", "ce", "cette", "sa", "ses", "leur", "vous", "nous", "il", "elle", "sont", "être",
            "avec", "sans", "tout", "toute",
            // German
            "der", "die", "das", "und", "ist", "nicht", "mit", "von", "zu", "den", "dem", "ein", "eine", "einer",
            "für", "auf", "im", "sich", "oder", "werden", "wird", "sind", "bei", "nach", "aus", "kann", "sie", "wir",
            "ihr",
            // Spanish
            "el", "los", "las", "del", "y", "en", "para", "con", "una", "se", "su", "sus", "es", "al", "lo", "como",
            "más",
            // Italian
            "gli", "della", "delle", "dei", "degli", "di", "che", "nel", "nella", "alla", "sono", "è",
            // Portuguese
            "os", "da", "dos", "em", "um", "uma", "não", "ao", "à", "é", "na",
            // Dutch
            "het", "een", "niet", "voor", "op", "zijn", "wordt", "worden", "aan", "bij", "uit");
    private static final int LONGEST_FUNCTION_WORD = Stream.concat(ENGLISH.stream(), FOREIGN.stream())
            .mapToInt(String::length).max().orElse(0);
    /** The function words as {@link #key keys}, sorted: a word of the text is looked up without making a string. */
    private static final long[] ENGLISH_KEYS = keys(ENGLISH);
    private static final long[] FOREIGN_KEYS = keys(FOREIGN);

    public LanguageCheck {
        examples = List.copyOf(examples);
    }

    /** Checks every provision of a document. */
    public static LanguageCheck of(List<Provision> provisions) {
        int notEnglish = 0;
        List<String> examples = new ArrayList<>();
        for (Provision p : provisions) {
            if (!readsAsEnglish(p.text())) {
                notEnglish++;
                if (examples.size() < EXAMPLES) {
                    examples.add(p.number() != null ? p.number() : p.id());
                }
            }
        }
        return new LanguageCheck(provisions.size(), notEnglish, examples);
    }

    /** Whether the text reads as English, or is too short to tell. */
    public static boolean readsAsEnglish(String text) {
        int letters = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (c < '\u0250') {
                    latin++;
                }
            }
        }
        if (letters >= MIN_LETTERS && latin * 2 < letters) {
            return false;
        }
        int words = 0;
        int english = 0;
        int foreign = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(cp = text.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            words++;
            // lower-casing never shortens a word, so a longer one is no function word
            long key = i - start <= LONGEST_FUNCTION_WORD ? key(text, start, i) : -1;
            if (key >= 0) {
                if (Arrays.binarySearch(ENGLISH_KEYS, key) >= 0) {
                    english++;
                } else if (Arrays.binarySearch(FOREIGN_KEYS, key) >= 0) {
                    foreign++;
                }
            }
        }
        return words < MIN_WORDS || foreign < MIN_FOREIGN || foreign <= 2 * english;
    }

    /**
     * The characters of {@code text} from {@code start} to {@code end}, lower-cased, eight bits each in one long
     * (the function words are at most eight characters, all within Latin-1); -1 when one is beyond Latin-1, which no
     * function word is. Distinct words have distinct keys: no letter is the zero character.
     */
    static long key(CharSequence text, int start, int end) {
        long key = 0;
        for (int i = start; i < end; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c > 0xFF) {
                return -1;
            }
            key = key << 8 | c;
        }
        return key;
    }

    private static long[] keys(Set<String> words) {
        long[] keys = words.stream().mapToLong(w -> key(w, 0, w.length())).sorted().toArray();
        if (keys.length > 0 && keys[0] < 0 || words.stream().anyMatch(w -> w.length() > Long.BYTES)) {
            throw new IllegalStateException("a function word beyond Latin-1 or longer than eight characters");
        }
        return keys;
    }

    /** What a reader must know, or null when every provision reads as English. */
    public String warning() {
        if (notEnglish == 0) {
            return null;
        }
        String which = notEnglish == provisions ? "none of the " + provisions + " provisions reads"
                : notEnglish + " of " + provisions + " provisions do not read";
        return which + " as English (for example " + String.join(", ", examples) + "); the rules read English legal"
                + " language, so provisions in another language are not classified: their absence from the findings"
                + " says nothing about what they contain";
    }
}
