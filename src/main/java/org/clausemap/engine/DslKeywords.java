package org.clausemap.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Keywords of a DSL that stand where Drools' expander will not replace them. The expander replaces a {@code [keyword]}
 * only where it stands as a word of its own; written against a letter or digit (most often right after the {@code b}
 * of a {@code \\b}: {@code "\\bOUTPUT_WORDS"}) it stays in the rule as literal text, the rule compiles and its wording
 * silently never matches. Such places are reported as errors at the author's line and column.
 */
final class DslKeywords {

    /** A keyword line of a .dsl file: {@code [keyword][scope]KEY=value}; group 1 is the key. */
    private static final Pattern KEYWORD = Pattern.compile("^\\[keyword\\]\\[[^\\]]*\\]\\s*([^=\\s]+)\\s*=",
            Pattern.MULTILINE);

    private DslKeywords() {
    }

    /** The keys of every {@code [keyword]} line of the given .dsl files. */
    static List<String> keys(Map<String, byte[]> dslFiles) {
        TreeSet<String> keys = new TreeSet<>();
        dslFiles.values().forEach(content -> {
            Matcher m = KEYWORD.matcher(new String(content, StandardCharsets.UTF_8));
            while (m.find()) {
                keys.add(m.group(1));
            }
        });
        return List.copyOf(keys);
    }

    /** An error for every place in the .dslr files where a keyword touches a letter, digit or underscore. */
    static List<RuleProblem> unreplaced(List<String> keys, Map<String, byte[]> dslrFiles) {
        List<RuleProblem> problems = new ArrayList<>();
        if (keys.isEmpty()) {
            return problems;
        }
        // one pattern for every key, longest first, compiled once per build
        String any = keys.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|", "(?:", ")"));
        Pattern glued = Pattern.compile("(?<=\\w)" + any + "|" + any + "(?=\\w)");
        for (Map.Entry<String, byte[]> file : new TreeMap<>(dslrFiles).entrySet()) {
            String[] lines = new String(file.getValue(), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = glued.matcher(lines[i]);
                while (m.find()) {
                    problems.add(RuleProblem.error(file.getKey(), i + 1, m.start() + 1, "the DSL keyword " + m.group()
                            + " touches a letter or digit here, so it is not replaced and the wording matches"
                            + " nothing: write it after and before a non-word character (a keyword that starts"
                            + " with \\\\b needs no \\\\b before it)"));
                }
            }
        }
        return problems;
    }
}
