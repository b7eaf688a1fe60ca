package org.clausemap.engine.facts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles the regular expressions that rules use once per rule base and shares them between analyses.
 * One instance belongs to one rule base: it is discarded with it, so it never grows beyond the rules' own patterns.
 */
public final class TextPatterns {

    private static final Pattern INLINE_FLAGS = Pattern.compile("\\(\\?[a-zA-Z-]+[:)]");
    private static final Pattern BACK_REFERENCE = Pattern.compile("\\\\[1-9]|\\\\k<");

    private final ConcurrentMap<String, Expression> cache = new ConcurrentHashMap<>();
    /** The expressions whose groups rules read ({@link #captures}), compiled whole: few, and only for that. */
    private final ConcurrentMap<String, Pattern> capturing = new ConcurrentHashMap<>();
    /** The required words of the compiled expressions, each with its id in the word index, in id order. */
    private final List<String> words = new ArrayList<>();
    private final Map<String, MatchText.Word> wordsByText = new HashMap<>();
    /** The distinct sets of alternative words the prefilters test, by their sorted word ids; guarded by words. */
    private final Map<List<Integer>, WordSet> sets = new HashMap<>();
    /** The word ids of each set, in set id order; guarded by words. */
    private final List<int[]> setWords = new ArrayList<>();
    /** Numbers the words and word sets of the prefilters compiled here. */
    private final Vocabulary vocabulary = new Vocabulary() {
        @Override
        public MatchText.Word word(String lowerCased) {
            return TextPatterns.this.word(lowerCased);
        }

        @Override
        public WordSet set(List<MatchText.Word> words) {
            return TextPatterns.this.set(words);
        }
    };
    /** The index of the words known when it was built; rebuilt by {@link #index()} once more are known. */
    private volatile WordIndex index = WordIndex.EMPTY;
    /** How many words are known (the size of {@link #words}), read without taking its lock. */
    private volatile int known;
    /** How many word sets are known (the size of {@link #setWords}), read without taking the lock. */
    private volatile int knownSets;
    /** Set while a benchmark measures what each expression costs; null otherwise (one volatile read per test). */
    private volatile ExpressionCosts costs;

    /**
     * Starts measuring every expression the rules test from now on, replacing any measurement under way. For
     * benchmarks: timing each test adds to its cost.
     */
    public ExpressionCosts measure() {
        ExpressionCosts started = new ExpressionCosts();
        costs = started;
        return started;
    }

    /** Stops measuring; the last measurement keeps what it gathered. */
    public void stopMeasuring() {
        costs = null;
    }

    /**
     * A folded text to search, whose words are looked up in the index of the words of the expressions compiled so
     * far. The index is rebuilt here when expressions with new words have been compiled since it was built: a
     * document's clauses share one index, and a rule base's first documents bring it up to date.
     */
    MatchText text(String folded) {
        return MatchText.of(folded, index());
    }

    private WordIndex index() {
        WordIndex current = index;
        if (current.offeredWords() == known && current.offeredSets() == knownSets) {
            return current;
        }
        synchronized (words) {
            if (index.offeredWords() != words.size() || index.offeredSets() != setWords.size()) {
                index = new WordIndex(List.copyOf(words), List.copyOf(setWords));
            }
            return index;
        }
    }

    /** The word of the lower-cased text, with its id in the word index (the same word for the same text). */
    private MatchText.Word word(String lowerCased) {
        synchronized (words) {
            return wordsByText.computeIfAbsent(lowerCased, text -> {
                words.add(text);
                known = words.size();
                return MatchText.Word.of(text, words.size() - 1);
            });
        }
    }

    /** The set of the alternative words, one per distinct set of words, with its id in the word index. */
    private WordSet set(List<MatchText.Word> alternatives) {
        List<Integer> key = alternatives.stream().map(MatchText.Word::id).distinct().sorted().toList();
        synchronized (words) {
            return sets.computeIfAbsent(key, ids -> {
                setWords.add(ids.stream().mapToInt(Integer::intValue).toArray());
                knownSets = setWords.size();
                return new WordSet(alternatives, setWords.size() - 1);
            });
        }
    }

    /**
     * Compiles the expressions now, before any text is searched, and builds the word index over all their words: a
     * rule base primed with its rules' expressions searches its first document as it searches every later one
     * (without it, the first document's words are looked for one by one while its expressions compile). Returns, for
     * each expression that is not a valid regular expression, why not, in the order given; the others are compiled.
     */
    public Map<String, String> compileAll(Collection<String> regexes) {
        Map<String, String> invalid = new LinkedHashMap<>();
        for (String regex : regexes) {
            try {
                expression(regex);
            } catch (IllegalArgumentException e) {
                invalid.put(regex, e.getMessage());
            }
        }
        index();
        return invalid;
    }

    /** How many distinct expressions are compiled. */
    public int compiledCount() {
        return cache.size();
    }

    /** Whether the folded text contains a match of the expression. */
    boolean find(String regex, MatchText text) {
        ExpressionCosts measuring = costs;
        if (measuring == null) {
            return search(regex, text, null);
        }
        // the clause's one scan for the words of all expressions is made before the clock starts: it would be
        // charged to whichever expression the rules happen to test first
        text.indexed(0);
        int[] attempts = new int[1];
        long start = System.nanoTime();
        boolean found = search(regex, text, attempts);
        measuring.add(regex, System.nanoTime() - start, found, attempts[0]);
        return found;
    }

    /**
     * The text of the named group in each match of the expression in the folded text, in order and without repeats;
     * empty when the expression does not match (the prefilter answers that first) or the group took part in no match.
     */
    List<String> captures(String regex, MatchText text, String group) {
        if (!find(regex, text)) {
            return List.of();
        }
        Matcher m = capturing.computeIfAbsent(regex, r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE))
                .matcher(text.text());
        List<String> found = new ArrayList<>();
        while (m.find()) {
            String captured;
            try {
                captured = m.group(group);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the wording has no group named '" + group + "' to read the term"
                        + " from; write it as (?<" + group + ">...): \"" + regex + "\"", e);
            }
            if (captured != null && !captured.isBlank() && !found.contains(captured)) {
                found.add(captured);
            }
        }
        return found;
    }

    /**
     * Whether some match of the expression lies in a sentence of the folded text where the exception has no match:
     * an exception ("will not use", "unless you opt out") then speaks only for its own sentence, so that "Free plan:
     * prompts may be used to train our models. Paid plans: we do not use prompts." keeps the first sentence's grant.
     * A sentence ends at '.', ';', '?' or '!' before a space or the end of the text, the same marks a wording's gaps
     * ({@code [^.;]}) stop at; the exception is searched within the sentence only (its look-arounds do not see past
     * it, and '^' still means the start of the text).
     */
    boolean findWithout(String regex, String exception, MatchText text) {
        return findWithout(regex, exception, text, true);
    }

    /**
     * As {@link #findWithout(String, String, MatchText)}, with sentences that end at '.', '?' or '!' only when
     * {@code semicolons} is false: for exceptions that speak for a whole sentence of a paragraph, semicolon-separated
     * limbs and all ("we may terminate your account at any time; you may also cancel" is one sentence).
     */
    boolean findWithout(String regex, String exception, MatchText text, boolean semicolons) {
        if (!find(regex, text)) {
            return false;
        }
        if (!find(exception, text)) {
            return true;
        }
        ExpressionCosts measuring = costs;
        int[] attempts = measuring == null ? null : new int[1];
        long begin = measuring == null ? 0 : System.nanoTime();
        boolean found = inSentenceWithout(expression(regex), expression(exception).branches(), text, semicolons,
                attempts);
        if (measuring != null) {
            measuring.addSearch(regex, System.nanoTime() - begin, attempts[0]);
        }
        return found;
    }

    /**
     * Whether some match of the expression lies in a sentence where no exception branch matches. A sentence holds
     * several match starts as often as not, so each sentence's verdict is kept for the next.
     */
    private static boolean inSentenceWithout(Expression expression, List<Branch> exceptions, MatchText text,
            boolean semicolons, int[] attempts) {
        String s = text.text();
        Map<Long, Boolean> excepted = new HashMap<>();
        for (Branch branch : expression.branches()) {
            boolean found = branch.anyMatch(text, attempts, (start, end) -> {
                if (start >= s.length()) {
                    return false;
                }
                int from = sentenceStart(s, start, semicolons);
                int to = sentenceEnd(s, Math.max(start, end - 1), semicolons);
                return !excepted.computeIfAbsent((long) from << 32 | to, k -> anyFinds(exceptions, s, from, to));
            });
            if (found) {
                return true;
            }
        }
        return false;
    }

    /** Whether a branch matches within the sentence from {@code start} to {@code end}, seeing nothing past it. */
    private static boolean anyFinds(List<Branch> branches, String s, int start, int end) {
        for (Branch branch : branches) {
            if (branch.findIn(s, start, end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The start of the sentence holding position {@code i}: just after the previous sentence end, or 0. With
     * {@code semicolons} a sentence ends at '.', ';', '?' or '!' before a space; without, at '.', '?' or '!' before a
     * space and a word that does not start in lower case ("e.g. by email" goes on).
     */
    static int sentenceStart(String s, int i, boolean semicolons) {
        for (int j = i - 1; j > 0; j--) {
            if (Character.isWhitespace(s.charAt(j)) && endsSentence(s, j - 1, semicolons)) {
                return j + 1;
            }
        }
        return 0;
    }

    /** The end (exclusive) of the sentence holding position {@code i}: after its closing mark, or the text's end. */
    static int sentenceEnd(String s, int i, boolean semicolons) {
        for (int j = Math.max(i, 0); j + 1 < s.length(); j++) {
            if (Character.isWhitespace(s.charAt(j + 1)) && endsSentence(s, j, semicolons)) {
                return j + 1;
            }
        }
        return s.length();
    }

    /** Whether the character at {@code j}, followed by a space, is a mark that ends a sentence. */
    private static boolean endsSentence(String s, int j, boolean semicolons) {
        if (!isSentenceMark(s.charAt(j), semicolons)) {
            return false;
        }
        if (semicolons) {
            return true;
        }
        int next = j + 2;
        return next >= s.length() || !Character.isLowerCase(s.charAt(next));
    }

    private static boolean isSentenceMark(char c, boolean semicolons) {
        return c == '.' || c == '?' || c == '!' || semicolons && c == ';';
    }

    /** The search itself; {@code attempts}, when given, counts the regular-expression runs the prefilter let through. */
    private boolean search(String regex, MatchText text, int[] attempts) {
        Expression expression = expression(regex);
        if (!expression.passesGate(text)) {
            return false;
        }
        long admitted = expression.admission() == null ? -1 : expression.admission().admitted(text);
        List<Branch> branches = expression.branches();
        for (int i = 0; i < branches.size(); i++) {
            Branch branch = branches.get(i);
            boolean found = admitted == -1 ? branch.find(text, attempts)
                    : (admitted & 1L << i) != 0 && branch.findAdmitted(text, attempts);
            if (found) {
                return true;
            }
        }
        return false;
    }

    /**
     * The compiled expression, looked up by the string the rule passes. The map keeps the interned string as its key:
     * a rule's compiled constraint passes its literal, which is interned, so the lookup of a long expression ends at
     * a reference comparison instead of comparing it character by character with an equal copy.
     */
    private Expression expression(String regex) {
        Expression expression = cache.get(regex);
        return expression != null ? expression : cache.computeIfAbsent(regex.intern(), this::compileOrExplain);
    }

    /**
     * A compiled expression: its top-level alternatives, and for an expression of several, a gate: the words of the
     * most selective required element of every alternative. A text that matches contains a word of its alternative's
     * element, so a text with none of the gate's words matches no alternative; one pass over a flat list of words
     * spares the alternatives' own prefilters on most clauses. Null when some alternative has no prefilter. Past the
     * gate, the {@link Admission} answers which alternatives have their required words, from the word sets' ids
     * (null when it cannot: each alternative then tests its own prefilter).
     */
    private record Expression(List<Branch> branches, WordSet gate, Admission admission) {

        Expression(List<Branch> branches, WordSet gate) {
            this(branches, gate, Admission.of(branches));
        }

        boolean passesGate(MatchText text) {
            return gate == null || gate.foundIn(text);
        }
    }

    private Expression compileOrExplain(String regex) {
        try {
            Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
            boolean split = splittable(regex);
            List<String> parts = split ? Prefilter.splitTopLevel(regex) : List.of(regex);
            List<Branch> branches = new ArrayList<>(parts.size());
            List<MatchText.Word> gate = new ArrayList<>();
            boolean gated = parts.size() > 1;
            for (String part : parts) {
                Prefilter prefilter = Prefilter.of(part, vocabulary);
                branches.add(Branch.of(part, prefilter, split));
                if (prefilter == null) {
                    gated = false;
                } else {
                    gate.addAll(prefilter.gateWords());
                }
            }
            return new Expression(List.copyOf(branches), gated ? set(gate) : null);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid regular expression in rule: " + e.getDescription()
                    + " near index " + e.getIndex() + " of \"" + regex + "\"", e);
        }
    }

    /** Alternatives can be searched apart unless inline flags or back-references tie them together. */
    private static boolean splittable(String regex) {
        return !INLINE_FLAGS.matcher(regex).find() && !BACK_REFERENCE.matcher(regex).find();
    }

    /** Lower-cases folded text char by char, so that positions in it are positions in the folded text. */
    static String lower(String folded) {
        char[] chars = folded.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /** Whether every character is ASCII, which NFKC leaves as it is. */
    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Folds text for matching: NFKC, curly quotes and dashes to ASCII, whitespace collapsed, and the full stops that
     * do not end a sentence (in numbers and abbreviations) to U+2024 ({@link InnerDots}). Case is kept.
     */
    public static String fold(String text) {
        String s = ascii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u2032' -> c = '\'';
                case '\u201C', '\u201D', '\u201E', '\u2033' -> c = '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> c = '-';
                default -> { }
            }
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return InnerDots.fold(out.toString());
    }
}
