package org.clausemap.cli;

import java.nio.file.Path;

import org.clausemap.analysis.Core;

import picocli.CommandLine.Option;

/** Where the rules and the framework definitions are read from; shared by every command. */
final class ContentOptions {

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "${env:CLAUSEMAP_RULES:-rules}",
            description = "Rules folder (default: ${DEFAULT-VALUE}).")
    Path rules;

    @Option(names = "--regulations", paramLabel = "DIR",
            defaultValue = "${env:CLAUSEMAP_REGULATIONS:-regulations}",
            description = "Framework definitions folder (default: ${DEFAULT-VALUE}).")
    Path regulations;

    Core load() {
        return Core.load(rules, regulations);
    }
}
