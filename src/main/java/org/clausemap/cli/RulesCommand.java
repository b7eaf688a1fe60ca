package org.clausemap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.clausemap.authoring.CaseFile;
import org.clausemap.authoring.CaseReport;
import org.clausemap.authoring.CaseRunner;
import org.clausemap.authoring.RuleValidator;
import org.clausemap.authoring.Validation;
import org.clausemap.engine.RuleBaseBuilder;
import org.clausemap.engine.RuleProblem;
import org.clausemap.regulation.RegulationCatalog;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "rules", mixinStandardHelpOptions = true, description = "Validate and test the rules.",
        subcommands = {RulesCommand.Validate.class, RulesCommand.Test.class})
final class RulesCommand {

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Compile the rules and report errors (file:line:column, or sheet cell for decision tables)"
                    + " and warnings (missing metadata, unknown categories or frameworks, tables without rules)."
                    + " Exit code 1 when there are errors.")
    static final class Validate implements Callable<Integer> {

        @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "${env:CLAUSEMAP_RULES:-rules}")
        Path folder;

        @Option(names = "--regulations", paramLabel = "DIR",
                defaultValue = "${env:CLAUSEMAP_REGULATIONS:-regulations}")
        Path regulations;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Validation v = new RuleValidator(RegulationCatalog.load(regulations), new RuleBaseBuilder())
                    .validate(folder);
            PrintWriter out = spec.commandLine().getOut();
            v.problems().forEach(p -> out.println(p));
            if (v.ruleBase() != null) {
                out.printf("%d rules, version %s%n", v.ruleBase().ruleCount(), v.ruleBase().version());
            }
            out.printf("%d errors, %d warnings%n", v.errors(), v.warnings());
            out.flush();
            return v.ok() ? 0 : 1;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Run every case file (*.cases.yaml) beside the rules: per case pass or fail and the rules"
                    + " that fired, then coverage. Exit code 1 when a case fails.")
    static final class Test implements Callable<Integer> {

        @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "${env:CLAUSEMAP_RULES:-rules}")
        Path folder;

        @Option(names = "--regulations", paramLabel = "DIR",
                defaultValue = "${env:CLAUSEMAP_REGULATIONS:-regulations}")
        Path regulations;

        @Option(names = {"-v", "--verbose"}, description = "Show passing cases too.")
        boolean verbose;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            RegulationCatalog catalog = RegulationCatalog.load(regulations);
            Validation v = new RuleValidator(catalog, new RuleBaseBuilder()).validate(folder);
            PrintWriter out = spec.commandLine().getOut();
            if (v.ruleBase() == null) {
                v.problems().stream().filter(RuleProblem::isError).forEach(out::println);
                out.flush();
                return 1;
            }
            CaseReport report = CaseReport.run(v.ruleBase(), CaseFile.findAll(folder), new CaseRunner(catalog));
            out.print(report.render(verbose));
            out.flush();
            return report.failed() == 0 ? 0 : 1;
        }
    }
}
