package org.clausemap.engine.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a folded text with the terms a document defines read as the words the rules know: each term in its
 * singular and plural form ("Triage Recommendation", "Triage Recommendations") becomes the reading in the same
 * number ("Output", "Outputs"). Terms are matched as written (case-sensitive, whole words), so "draft" in lower case
 * is not the defined term "Draft"; the longest term is tried first where one term contains another.
 */
public final class TermReadings {

    private final Pattern pattern;
    private final Map<String, String> replacements;
    private final Map<String, TermReading> sources;

    private TermReadings(Pattern pattern, Map<String, String> replacements, Map<String, TermReading> sources) {
        this.pattern = pattern;
        this.replacements = replacements;
        this.sources = sources;
    }

    /** A text as read, with the readings it was read with (none when it uses no defined term). */
    record Read(String text, List<TermReading> readings) {
    }

    /**
     * Reads each clause of a document with the terms the document defines; returns the clauses that now read
     * differently, in document order (none when no term is defined).
     */
    public static List<Clause> readAll(List<TermReading> readings, Collection<Clause> clauses) {
        if (readings.isEmpty()) {
            return List.of();
        }
        List<Clause> order = List.copyOf(clauses);
        List<TermReading> sorted = new ArrayList<>(readings);
        sorted.sort(Comparator.comparingInt((TermReading r) -> order.indexOf(r.getSource()))
                .thenComparing(TermReading::getTerm));
        TermReadings terms = of(sorted);
        List<Clause> changed = new ArrayList<>();
        Map<String, MatchText> texts = new HashMap<>();
        for (Clause clause : clauses) {
            if (clause.read(terms, texts)) {
                changed.add(clause);
            }
        }
        return changed;
    }

    /** The readings of one document; the first reading of a term wins when rules read it two ways. */
    static TermReadings of(List<TermReading> readings) {
        Map<String, String> replacements = new LinkedHashMap<>();
        Map<String, TermReading> sources = new LinkedHashMap<>();
        for (TermReading reading : readings) {
            String singular = singular(TextPatterns.fold(reading.getTerm()));
            String word = singular(reading.getReading());
            for (String[] form : new String[][] {{singular, word}, {plural(singular), plural(word)}}) {
                if (replacements.putIfAbsent(form[0], form[1]) == null) {
                    sources.put(form[0], reading);
                }
            }
        }
        List<String> forms = new ArrayList<>(replacements.keySet());
        forms.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder regex = new StringBuilder("(?<![\\w-])(?:");
        for (int i = 0; i < forms.size(); i++) {
            regex.append(i == 0 ? "" : "|").append(Pattern.quote(forms.get(i)));
        }
        regex.append(")(?![\\w-])");
        return new TermReadings(Pattern.compile(regex.toString()), replacements, sources);
    }

    /** The folded text with every defined term it uses read as its reading. */
    Read apply(String folded) {
        if (replacements.isEmpty()) {
            return new Read(folded, List.of());
        }
        Matcher m = pattern.matcher(folded);
        if (!m.find()) {
            return new Read(folded, List.of());
        }
        StringBuilder out = new StringBuilder(folded.length());
        List<TermReading> used = new ArrayList<>();
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(replacements.get(m.group())));
            TermReading source = sources.get(m.group());
            if (!used.contains(source)) {
                used.add(source);
            }
        } while (m.find());
        m.appendTail(out);
        return new Read(out.toString(), List.copyOf(used));
    }

    /** "Recommendations" -> "Recommendation", "Summaries" -> "Summary"; "Analysis" and "Access" stay. */
    static String singular(String word) {
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("is") && !word.endsWith("us")
                && word.length() > 3) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** "Recommendation" -> "Recommendations", "Summary" -> "Summaries", "Analysis" -> "Analyses". */
    static String plural(String word) {
        if (word.endsWith("is") && word.length() > 3) {
            return word.substring(0, word.length() - 2) + "es";
        }
        if (word.endsWith("y") && word.length() > 2 && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        if (word.endsWith("s") || word.endsWith("x") || word.endsWith("ch") || word.endsWith("sh")) {
            return word + "es";
        }
        return word + "s";
    }
}
