package org.clausemap.authoring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clausemap.checklist.ChecklistBuilder;
import org.clausemap.engine.RuleBase;
import org.clausemap.engine.RuleBaseBuilder;
import org.clausemap.engine.RuleBuildException;
import org.clausemap.engine.RuleInfo;
import org.clausemap.engine.RuleProblem;
import org.clausemap.engine.Stage;
import org.clausemap.regulation.RegulationCatalog;

/**
 * Validates a rules folder the way an author needs it: compile errors with file, line and column (sheet cell for
 * decision tables), then warnings for rules that compile but would mislead: missing metadata, unknown categories
 * or frameworks, a stage that does not exist, case files that cannot be read.
 */
public final class RuleValidator {

    /** Metadata each stage's rules must declare. */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "terms", List.of("rationale", "reading"),
            "classify", List.of("rationale"),
            "map", List.of("framework", "citation", "rationale"),
            "score", List.of("factor", "value", "reason"),
            "checklist", List.of("action", "title", "owner", "priority"));
    private static final Set<String> OWNERS = Set.of("legal", "engineering", "procurement", "security");
    private static final Set<String> PRIORITIES = Set.copyOf(ChecklistBuilder.PRIORITIES);

    private final RegulationCatalog regulations;
    private final RuleBaseBuilder builder;

    public RuleValidator(RegulationCatalog regulations, RuleBaseBuilder builder) {
        this.regulations = regulations;
        this.builder = builder;
    }

    public Validation validate(Path folder) {
        RuleBase rules;
        try {
            rules = builder.build(folder);
        } catch (RuleBuildException e) {
            List<RuleProblem> problems = new ArrayList<>(e.problems());
            if (problems.isEmpty()) {
                problems.add(RuleProblem.error(null, 0, 0, e.getMessage()));
            }
            return new Validation(null, problems);
        }
        List<RuleProblem> problems = new ArrayList<>(rules.warnings());
        Map<String, RuleInfo> seen = new HashMap<>();
        for (RuleInfo rule : rules.rules()) {
            check(rule, rules, problems);
            RuleInfo other = seen.putIfAbsent(rule.id(), rule);
            if (other != null) {
                problems.add(warning(rule, "@id \"" + rule.id() + "\" is also used by rule \"" + other.name()
                        + "\" in " + other.file() + ": ids must be unique"));
            }
        }
        try {
            CaseFile.findAll(folder);
        } catch (IllegalArgumentException e) {
            problems.add(RuleProblem.warning(null, "case file: " + e.getMessage()));
        }
        return new Validation(rules, problems);
    }

    private void check(RuleInfo rule, RuleBase rules, List<RuleProblem> problems) {
        Map<String, String> meta = rule.metadata();
        if (!meta.containsKey("id")) {
            problems.add(warning(rule, "has no @id: findings it produces cannot be traced by a stable id"));
        }
        if (!Stage.groups().contains(rule.stage())) {
            problems.add(warning(rule, "runs in agenda group \"" + rule.stage() + "\", which is not a stage ("
                    + String.join(", ", Stage.groups()) + "): it fires after all stages or not at all"));
            return;
        }
        for (String key : REQUIRED.get(rule.stage())) {
            if (!meta.containsKey(key)) {
                problems.add(warning(rule, "has no @" + key + " (required for " + rule.stage() + " rules)"));
            }
        }
        if ("classify".equals(rule.stage())) {
            String category = meta.get("category");
            if (category == null && !meta.containsKey("qualifier") && !meta.containsKey("form")) {
                problems.add(warning(rule, "declares none of @category, @qualifier, @form"));
            } else if (category != null && rules.manifest().category(category).isEmpty()) {
                problems.add(warning(rule, "emits category \"" + category + "\", which rules/ruleset.yaml does not"
                        + " declare"));
            }
        }
        String framework = meta.get("framework");
        if (framework != null && regulations.find(framework).isEmpty()) {
            problems.add(warning(rule, "maps to framework \"" + framework + "\", which regulations/ does not"
                    + " define (known: " + String.join(", ", regulations.ids()) + ")"));
        }
        checkValue(rule, "owner", OWNERS, problems);
        checkValue(rule, "priority", PRIORITIES, problems);
        checkNumber(rule, "relevance", problems);
        checkNumber(rule, "value", problems);
    }

    private static void checkValue(RuleInfo rule, String key, Set<String> allowed, List<RuleProblem> problems) {
        String value = rule.metadata().get(key);
        if (value != null && !allowed.contains(value)) {
            problems.add(warning(rule, "@" + key + " \"" + value + "\" is not one of " + String.join(", ",
                    allowed.stream().sorted().toList())));
        }
    }

    private static void checkNumber(RuleInfo rule, String key, List<RuleProblem> problems) {
        String value = rule.metadata().get(key);
        if (value == null) {
            return;
        }
        try {
            double d = Double.parseDouble(value);
            if (d < 0 || ("relevance".equals(key) && d > 1)) {
                problems.add(warning(rule, "@" + key + " " + value + " is out of range"));
            }
        } catch (NumberFormatException e) {
            problems.add(warning(rule, "@" + key + " \"" + value + "\" is not a number"));
        }
    }

    private static RuleProblem warning(RuleInfo rule, String message) {
        return RuleProblem.warning(rule.file(), "rule \"" + rule.name() + "\" " + message);
    }
}
