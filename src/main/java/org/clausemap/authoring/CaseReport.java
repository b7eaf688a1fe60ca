package org.clausemap.authoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.clausemap.engine.RuleBase;
import org.clausemap.engine.RuleInfo;

/**
 * The outcome of all case files of a rule set, with coverage: rules that no case fires, and classification rules
 * that no case shows must stay silent (a case that rejects one of their categories or ids).
 *
 * @param results              every case's result
 * @param rulesNeverFired      rule ids that no case fired
 * @param rulesWithoutNegative classification rule ids with no case that rejects them
 */
public record CaseReport(List<CaseResult> results, List<String> rulesNeverFired, List<String> rulesWithoutNegative) {

    public long passed() {
        return results.stream().filter(CaseResult::passed).count();
    }

    public long failed() {
        return results.size() - passed();
    }

    /** Runs every case file against the rule base. */
    public static CaseReport run(RuleBase rules, List<CaseFile> files, CaseRunner runner) {
        List<CaseResult> results = new ArrayList<>();
        Set<String> fired = new HashSet<>();
        Set<String> rejectedCategories = new HashSet<>();
        Set<String> rejectedRules = new HashSet<>();
        for (CaseFile file : files) {
            for (int i = 0; i < file.cases().size(); i++) {
                RuleCase c = file.cases().get(i);
                CaseResult r = runner.run(rules, file.path(), i + 1, c);
                results.add(r);
                fired.addAll(r.fired());
                rejectedCategories.addAll(c.reject().categories());
                rejectedCategories.addAll(c.reject().qualifiers());
                rejectedRules.addAll(c.reject().rules());
            }
        }
        List<String> never = new ArrayList<>();
        List<String> noNegative = new ArrayList<>();
        for (RuleInfo rule : rules.rules()) {
            if (!fired.contains(rule.id())) {
                never.add(rule.id());
            }
            String emits = emitted(rule);
            if ("classify".equals(rule.stage()) && !rejectedRules.contains(rule.id())
                    && (emits == null || !rejectedCategories.contains(emits))) {
                noNegative.add(rule.id());
            }
        }
        return new CaseReport(results, never, noNegative);
    }

    private static String emitted(RuleInfo rule) {
        for (String key : List.of("category", "qualifier", "form")) {
            if (rule.metadata().containsKey(key)) {
                return rule.metadata().get(key);
            }
        }
        return null;
    }

    /** A readable report: one line per case, failures indented, then coverage and the totals line. */
    public String render(boolean verbose) {
        StringBuilder out = new StringBuilder();
        for (CaseResult r : results) {
            if (verbose || !r.passed()) {
                out.append(r.passed() ? "PASS " : "FAIL ").append(r.file()).append(" #").append(r.index())
                        .append(' ').append(r.label()).append('\n');
                out.append("     fired: ").append(r.fired().isEmpty() ? "(none)" : String.join(", ", r.fired()))
                        .append('\n');
                r.failures().forEach(f -> out.append("     ").append(f).append('\n'));
            }
        }
        out.append("coverage: ").append(rulesNeverFired.isEmpty() ? "every rule fires in some case"
                : rulesNeverFired.size() + " rules without cases: " + String.join(", ", rulesNeverFired)).append('\n');
        if (!rulesWithoutNegative.isEmpty()) {
            out.append("coverage: ").append(rulesWithoutNegative.size())
                    .append(" classification rules without a must-not case: ")
                    .append(String.join(", ", rulesWithoutNegative)).append('\n');
        }
        out.append("rule cases: ").append(passed()).append(" passed, ").append(failed()).append(" failed\n");
        return out.toString();
    }
}
