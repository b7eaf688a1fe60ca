package org.clausemap;

import java.util.regex.Pattern;

/** Test support: the regular expressions written in rule files, as the tests that inspect them find them. */
public final class RuleExpressions {

    /**
     * The expressions in rule files: the arguments of has, hasWithout, inSection and introduces, and the wording of a
     * phrase (group 1, still escaped as in the file). The string is matched as runs of plain characters between escapes
     * ("unrolled"): java.util.regex recurses once per repetition of a group, and one repetition per character overflowed
     * the stack on the longest shipped expressions.
     */
    public static final Pattern EXPRESSION = Pattern.compile(
            "(?:(?:has|hasWithout|inSection|introduces)\\(|says |(?<=\"),\\s*)\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"");

    private RuleExpressions() {
    }
}
