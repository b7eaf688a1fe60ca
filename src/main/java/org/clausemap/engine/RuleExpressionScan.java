package org.clausemap.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clausemap.engine.facts.TextPatterns;
import org.clausemap.engine.facts.UnboundedLookBehind;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.drools.mvel.MVELConstraint;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The regular expressions a rule base's constraints pass to a clause's text tests ({@code has}, {@code hasWithout},
 * {@code hasInSentenceWithout}, {@code inSection}, {@code introduces}), read from the compiled rules after the DSL
 * and the decision tables have been expanded into them. The builder compiles them before the first analysis, so an
 * expression that is not a valid regular expression is a build error of its rule, and the rule base's first document
 * is searched with the word index of all of them like every later one.
 */
final class RuleExpressionScan {

    /** A text test's call and its string literal argument(s): group 1 is each literal, still escaped as written. */
    private static final Pattern CALL =
            Pattern.compile("\\b(?:has|hasWithout|hasInSentenceWithout|inSection|introduces)\\s*\\(");
    private static final Pattern LITERAL = Pattern.compile("\\G\\s*,?\\s*\"((?:[^\"\\\\]|\\\\.)*+)\"");

    /** One expression as a rule passes it, with the literal as the rule file spells it. */
    record Found(String regex, String written, RuleImpl rule) {
    }

    private RuleExpressionScan() {
    }

    /**
     * Compiles every expression of the rule base into its patterns and builds their word index; an expression that
     * is not a valid regular expression is an error located at the rule file's line that writes it (for a decision
     * table, at the cell it was generated from), or at its rule's first line where the DSL wrote it. So is a DSL keyword
     * left unreplaced in an expression (the expander replaces a keyword inside another keyword's value only when it is
     * defined after it, and never inside a [condition] phrase's value): the wording would compile and match nothing.
     * So is a look-behind that repeats without a bound, which Java does not reliably apply ({@link UnboundedLookBehind}).
     *
     * @param sources  the content of each .drl and .dslr file by its name in the rules folder (read only to place an
     *                 invalid wording)
     * @param tables the decision tables by their name, with the DRL generated from them
     * @param keywords the keys of the DSL's {@code [keyword]} lines, none of which may be left in a wording
     */
    static List<RuleProblem> compile(KieBase kieBase, TextPatterns patterns, Map<String, byte[]> sources,
                                     Map<String, DecisionTables.Generated> tables, List<String> keywords) {
        Map<String, Found> found = scan(kieBase);
        Map<String, String> invalid = new LinkedHashMap<>(patterns.compileAll(found.keySet()));
        for (Found at : found.values()) {
            for (String keyword : keywords) {
                if (at.regex().contains(keyword)) {
                    report(invalid, at.regex(), "the DSL keyword " + keyword + " is left unreplaced in the wording the"
                            + " rule tests, so it matches nothing: a keyword is replaced in a .dslr file and in the"
                            + " value of a keyword whose line comes before its own in the .dsl file, never in the"
                            + " value of a [condition] phrase");
                }
            }
            String lookBehind = UnboundedLookBehind.find(at.regex());
            if (lookBehind != null) {
                report(invalid, at.regex(), "the look-behind " + lookBehind + " repeats without a bound ('+', '*' or"
                        + " '{n,}'): Java compiles it but does not reliably apply it (inside an alternation it lets"
                        + " texts through that it should stop); bound the repetition, e.g. [\\w-]{1,40}");
            }
        }
        List<RuleProblem> problems = new ArrayList<>();
        invalid.forEach((regex, why) -> {
            Found at = found.get(regex);
            String file = RuleBaseBuilder.file(at.rule());
            String message = "rule \"" + at.rule().getName() + "\": " + why;
            DecisionTables.Generated table = file == null ? null : tables.get(file);
            if (table != null) {
                String cell = table.cellOf(lineOf(table.drl(), at.written(), at.rule().getName()));
                problems.add(new RuleProblem(RuleProblem.Severity.ERROR, file, 0, 0, cell, message));
            } else {
                byte[] source = file == null ? null : sources.get(file);
                int line = source == null ? 0
                        : lineOf(new String(source, StandardCharsets.UTF_8), at.written(), at.rule().getName());
                problems.add(RuleProblem.error(file, line, 0, message));
            }
        });
        return problems;
    }

    /** Adds a reason to the expression's problem, after any reason it already has. */
    private static void report(Map<String, String> invalid, String regex, String why) {
        invalid.merge(regex, why, (a, b) -> a + "; " + b);
    }

    /** The 1-based line of the text that writes the literal, else of the rule's header, else 0. */
    static int lineOf(String text, String written, String ruleName) {
        int at = text.indexOf('"' + written + '"');
        if (at < 0) {
            Matcher header = Pattern.compile("(?m)^[ \\t]*rule\\s+\"?" + Pattern.quote(ruleName) + "\"?\\s").matcher(text);
            at = header.find() ? header.start() : -1;
        }
        return at < 0 ? 0 : 1 + DslrLines.count(text, 0, at);
    }

    /** Every expression of every rule, the first rule that passes it kept. */
    static Map<String, Found> scan(KieBase kieBase) {
        Map<String, Found> found = new LinkedHashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (rule instanceof RuleImpl impl) {
                    List<String> expressions = new ArrayList<>();
                    constraints(impl.getLhs(), expressions);
                    for (String expression : expressions) {
                        for (String written : literals(expression)) {
                            String regex = unescape(written);
                            found.putIfAbsent(regex, new Found(regex, written, impl));
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The source text of the MVEL constraints under the element, nested elements and pattern sources included. */
    private static void constraints(RuleConditionElement element, List<String> into) {
        if (element instanceof org.drools.base.rule.Pattern pattern) {
            for (Constraint constraint : pattern.getConstraints()) {
                if (constraint instanceof MVELConstraint mvel && mvel.getExpression() != null) {
                    into.add(mvel.getExpression());
                }
            }
            if (pattern.getSource() != null) {
                constraints(pattern.getSource(), into);
            }
        }
        for (RuleConditionElement nested : element.getNestedElements()) {
            if (nested != element) {
                constraints(nested, into);
            }
        }
    }

    /** The string literals passed to text tests in a constraint, as written (escapes kept). */
    static List<String> literals(String expression) {
        List<String> literals = new ArrayList<>();
        Matcher call = CALL.matcher(expression);
        while (call.find()) {
            Matcher literal = LITERAL.matcher(expression).region(call.end(), expression.length());
            while (literal.find()) {
                literals.add(literal.group(1));
                literal.region(literal.end(), expression.length());
            }
        }
        return literals;
    }

    /** The value of a string literal written in a rule: backslash escapes resolved as MVEL and Java read them. */
    static String unescape(String written) {
        StringBuilder s = new StringBuilder(written.length());
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c != '\\' || i + 1 == written.length()) {
                s.append(c);
                continue;
            }
            char e = written.charAt(++i);
            switch (e) {
                case 'n' -> s.append('\n');
                case 't' -> s.append('\t');
                case 'r' -> s.append('\r');
                case 'b' -> s.append('\b');
                case 'f' -> s.append('\f');
                case 'u' -> {
                    if (i + 5 <= written.length() && written.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
                        s.append((char) Integer.parseInt(written.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        s.append('\\').append(e); // not a unicode escape: kept as written
                    }
                }
                default -> s.append(e);
            }
        }
        return s.toString();
    }
}
