package org.clausemap.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clausemap.engine.facts.TextPatterns;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.drl.parser.lang.ExpanderException;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;

/**
 * Builds a {@link RuleBase} from a rules folder: every {@code .drl}, {@code .dsl}/{@code .dslr} and decision table
 * ({@code .drl.csv}, {@code .drl.xlsx}) plus {@code ruleset.yaml}. The files go straight to a Drools knowledge builder
 * and its packages into a new knowledge base: no Kie module, ReleaseId or Kie repository is involved, so builds never
 * collide and nothing accumulates (the module machinery cost a third of a cold build: generating and parsing its
 * kmodule.xml and pom, and loading its classes).
 */
public final class RuleBaseBuilder {

    private static final String SOURCE_ROOT = "src/main/resources/";
    private static final String GENERATED = ".generated.drl";
    private static final Pattern COLUMN = Pattern.compile("Column: (\\d+)\\]");
    /** A line number in a Drools message: "[Line: 12, Column: 4]", "[ERR 102] Line 12:6", "[12] Unable to expand". */
    private static final Pattern LINE_IN_TEXT =
            Pattern.compile("(\\bLine:? |^\\[)(\\d+)(?=[,:\\]])");
    /**
     * Consequences default to MVEL: the shipped ones only insert a fact, and MVEL needs no Java compiler, which was
     * about a third of a cold build's CPU (ECJ compiling and loading a class per consequence). A package may still
     * declare {@code dialect "java"} (in Drools the declaration holds for the whole package, in every file).
     */
    private static final String DEFAULT_DIALECT = "drools.dialect.default";

    private final Clock clock;

    public RuleBaseBuilder(Clock clock) {
        this.clock = clock;
    }

    public RuleBaseBuilder() {
        this(Clock.systemUTC());
    }

    /** Builds the rules in the folder, or throws {@link RuleBuildException} listing every error with its location. */
    public RuleBase build(Path folder) {
        RuleSetManifest manifest = RuleSetManifest.load(folder);
        List<Path> files = RuleFiles.list(folder);
        if (files.isEmpty()) {
            throw new RuleBuildException("no rule files (.drl, .dslr, .drl.csv, .drl.xlsx) in " + folder, List.of());
        }
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration());
        CompositeKnowledgeBuilder batch = builder.batch();
        Map<String, DecisionTables.Generated> tables = new HashMap<>();
        Map<String, byte[]> dslr = new HashMap<>();
        Map<String, byte[]> dsl = new HashMap<>();
        Map<String, byte[]> sources = new HashMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (Path file : files) {
            String name = RuleFiles.relative(folder, file);
            byte[] content = read(file);
            ResourceType type = RuleFiles.type(file);
            if (type == ResourceType.DRL || type == ResourceType.DSLR) {
                sources.put(name, content); // to place an invalid wording
            }
            if (type == ResourceType.DSLR) {
                dslr.put(name, content); // read again only to place its problems
            } else if (type == ResourceType.DSL) {
                dsl.put(name, content);
            }
            if (type == ResourceType.DTABLE) {
                DecisionTables.Generated generated = DecisionTables.compile(name, content);
                if (generated.rules() == 0) {
                    problems.add(RuleProblem.warning(name, "the decision table produces no rules: check the"
                            + " RuleSet and RuleTable header cells and that the file name ends .drl.csv or .drl.xlsx"));
                }
                tables.put(name, generated);
                content = generated.drl().getBytes(StandardCharsets.UTF_8);
                name = name + GENERATED;
                type = ResourceType.DRL;
            }
            batch.add(ResourceFactory.newByteArrayResource(content).setSourcePath(SOURCE_ROOT + name), type);
        }
        batch.build(); // the composite builder reads the DSL before the rules written in it
        problems.addAll(problems(builder, tables, dslr));
        List<String> keywords = DslKeywords.keys(dsl);
        problems.addAll(DslKeywords.unreplaced(keywords, dslr));
        if (problems.stream().anyMatch(RuleProblem::isError)) {
            throw new RuleBuildException("rules in " + folder + " do not compile", problems);
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(builder.getKnowledgePackages());
        TextPatterns patterns = new TextPatterns();
        problems.addAll(RuleExpressionScan.compile(kieBase, patterns, sources, tables, keywords));
        if (problems.stream().anyMatch(RuleProblem::isError)) {
            throw new RuleBuildException("rules in " + folder + " do not compile", problems);
        }
        List<RuleInfo> rules = catalog(kieBase);
        return new RuleBase(kieBase, manifest, rules, RuleFiles.version(folder, files), folder,
                clock.instant(), problems, patterns);
    }

    private static KnowledgeBuilderConfiguration configuration() {
        KnowledgeBuilderConfiguration configuration = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        configuration.setProperty(DEFAULT_DIALECT, "mvel");
        return configuration;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + file, e);
        }
    }

    private static List<RuleProblem> problems(KnowledgeBuilder builder, Map<String, DecisionTables.Generated> tables,
                                              Map<String, byte[]> dslr) {
        List<KnowledgeBuilderResult> results = new ArrayList<>();
        for (KnowledgeBuilderResult m : builder.getResults(ResultSeverity.values())) {
            if (m.getMessage() == null || !m.getMessage().contains("Parser returned a null Package")) {
                results.add(m);
            }
        }
        Map<String, DslrLines> lineMaps = dslrLines(results, dslr);
        List<RuleProblem> problems = new ArrayList<>();
        for (KnowledgeBuilderResult m : results) {
            String file = file(m);
            RuleProblem.Severity severity = m.getSeverity() == ResultSeverity.ERROR
                    ? RuleProblem.Severity.ERROR : RuleProblem.Severity.WARNING;
            String text = String.valueOf(m.getMessage()).strip();
            int line = m.getLines().length > 0 ? m.getLines()[0] : -1;
            DecisionTables.Generated table = file == null ? null : tables.get(file);
            DslrLines lines = file == null ? null : lineMaps.get(file);
            if (table != null) {
                String cell = table.cellOf(line);
                problems.add(new RuleProblem(severity, file, 0, 0, cell, text + (cell == null ? ""
                        : " (in the rule generated from the row of cell " + cell + ")")));
            } else if (lines != null) {
                // parser and compiler errors count lines of the DSL-expanded text, the expander's own errors lines of
                // the text without block comments
                IntUnaryOperator author = m instanceof ExpanderException
                        ? lines::fromExpander : lines::fromExpanded;
                problems.add(new RuleProblem(severity, file, author.applyAsInt(line), column(m), null,
                        LINE_IN_TEXT.matcher(text).replaceAll(r -> r.group(1)
                                + author.applyAsInt(Integer.parseInt(r.group(2))))));
            } else {
                problems.add(new RuleProblem(severity, file, line, column(m), null, text));
            }
        }
        return problems;
    }

    /** The line map of every .dslr file with a problem, from its text and the lines its DSL could not expand. */
    private static Map<String, DslrLines> dslrLines(List<KnowledgeBuilderResult> results, Map<String, byte[]> dslr) {
        Map<String, Set<Integer>> unexpanded = new HashMap<>();
        for (KnowledgeBuilderResult m : results) {
            String file = file(m);
            if (file != null && dslr.containsKey(file)) {
                Set<Integer> lines = unexpanded.computeIfAbsent(file, f -> new HashSet<>());
                if (m instanceof ExpanderException && m.getLines().length > 0) {
                    lines.add(m.getLines()[0]);
                }
            }
        }
        Map<String, DslrLines> maps = new HashMap<>();
        unexpanded.forEach((file, lines) ->
                maps.put(file, DslrLines.of(new String(dslr.get(file), StandardCharsets.UTF_8), lines)));
        return maps;
    }

    private static String file(KnowledgeBuilderResult m) {
        String path = m.getResource() == null ? null : m.getResource().getSourcePath();
        return path == null ? null : sourceName(path);
    }

    /** The author's file name of a resource path: decision tables are built from the DRL they generate. */
    private static String sourceName(String path) {
        String name = path.replaceFirst("^" + SOURCE_ROOT, "");
        return name.endsWith(GENERATED) ? name.substring(0, name.length() - GENERATED.length()) : name;
    }

    /** The column, which the builder's results carry only in their text. */
    private static int column(KnowledgeBuilderResult m) {
        Matcher c = COLUMN.matcher(String.valueOf(m.getMessage()));
        return c.find() ? Integer.parseInt(c.group(1)) : 0;
    }

    static List<RuleInfo> catalog(KieBase kieBase) {
        List<RuleInfo> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Map<String, String> meta = new TreeMap<>();
                rule.getMetaData().forEach((k, v) -> meta.put(k, unquote(v)));
                String id = meta.getOrDefault("id", rule.getName());
                rules.add(new RuleInfo(id, rule.getName(), stage(rule), file(rule), meta));
            }
        }
        rules.sort((a, b) -> a.id().compareTo(b.id()));
        return rules;
    }

    static String stage(Rule rule) {
        return rule instanceof RuleImpl impl ? impl.getAgendaGroup() : "MAIN";
    }

    static String file(Rule rule) {
        if (rule instanceof RuleImpl impl && impl.getResource() != null && impl.getResource().getSourcePath() != null) {
            return sourceName(impl.getResource().getSourcePath());
        }
        return null;
    }

    private static String unquote(Object value) {
        String s = String.valueOf(value).strip();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
