package org.clausemap.cli;

import picocli.CommandLine.Command;

@Command(name = "clausemap", mixinStandardHelpOptions = true, version = "clausemap 0.1.0",
        description = "Compliance mapper for platform terms: provisions, legal frameworks, enforcement risk and a"
                + " due-diligence checklist, each traceable to the rule that produced it.",
        subcommands = {AnalyzeCommand.class, BenchCommand.class, ClassifyCommand.class, EvalCommand.class,
            ExplainCommand.class, RulesCommand.class, BenchRulesCommand.class, BenchExpressionsCommand.class,
            BenchWorkbookCommand.class,
            DiffCommand.class,
            ImportCommand.class,
            CompareCommand.class},
        footer = {"", "Also: clausemap serve [--server.port=8080]   start the REST service"})
public final class RootCommand {
}
