package org.clausemap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.clausemap.archive.StandaloneArchive;
import org.clausemap.archive.imports.FolderImport;
import org.clausemap.archive.imports.ImportListener;
import org.clausemap.archive.imports.ImportReport;
import org.clausemap.archive.imports.ImportResult;
import org.clausemap.archive.imports.ProgressBar;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import an archive folder laid out <platform>/<document-type>/<YYYY-MM-DD>.<md|html|txt> into"
                + " the document archive: each file becomes a version dated by its name, when its text changed."
                + " Importing again adds nothing. Writes to the database the service uses.")
final class ImportCommand implements Callable<Integer> {

    /** The archive database, shared by the archive commands: the service's database by default. */
    static final class DatabaseOptions {

        @Option(names = "--db-url", paramLabel = "JDBC_URL",
                defaultValue = "${env:SPRING_DATASOURCE_URL:-" + StandaloneArchive.DEFAULT_URL + "}",
                description = "The database (default: ${DEFAULT-VALUE}, the service's).")
        String url;

        @Option(names = "--db-user", defaultValue = "${env:SPRING_DATASOURCE_USERNAME:-}",
                description = "Database user (default: the SPRING_DATASOURCE_USERNAME variable, else the"
                        + " database's default).")
        String user;

        @Option(names = "--db-password", defaultValue = "${env:SPRING_DATASOURCE_PASSWORD:-}",
                description = "Database password (default: the SPRING_DATASOURCE_PASSWORD variable, else none).")
        String password;

        StandaloneArchive open(ContentOptions content) {
            return StandaloneArchive.open(content.load(), url, user == null || user.isEmpty() ? null : user,
                    password == null ? "" : password);
        }
    }

    static final int BAR_WIDTH = 30;

    @Parameters(index = "0", paramLabel = "DIR", description = "The archive folder.")
    Path folder;

    @Option(names = "--platform", split = ",", paramLabel = "NAME",
            description = "Import only these platforms (comma-separated).")
    List<String> platforms;

    @Mixin
    DatabaseOptions database;

    @Mixin
    ContentOptions content;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ImportReport report;
        try (StandaloneArchive archive = database.open(content)) {
            report = new FolderImport(archive.archive()).run(folder,
                    platforms == null ? Set.of() : Set.copyOf(platforms), new Progress(out, System.console() != null));
        }
        report.skipped().forEach(s -> out.println("skipped " + s));
        report.results().stream().filter(r -> r.detail() != null)
                .forEach(r -> out.println(r.outcome() + " " + r.file().label() + ": " + r.detail()));
        out.printf("Imported %d files: %d new versions, %d unchanged, %d capture failures, %d failed;"
                        + " %d documents registered%n", report.results().size(), report.count("created"),
                report.count("unchanged"), report.count("capture-failure"), report.count("failed"),
                report.registered());
        out.flush();
        return report.clean() ? 0 : 1;
    }

    /** A bar redrawn in place on a terminal; a line per file otherwise (logs, pipes, tests). */
    private static final class Progress implements ImportListener {

        private final PrintWriter out;
        private final boolean terminal;
        private final ProgressBar bar = new ProgressBar(BAR_WIDTH);
        private int lastLength;

        Progress(PrintWriter out, boolean terminal) {
            this.out = out;
            this.terminal = terminal;
        }

        @Override
        public void imported(int done, int total, ImportResult result) {
            String line = bar.render(done, total, result.file().label() + " " + result.outcome());
            if (terminal) {
                out.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
                lastLength = line.length();
                if (done == total) {
                    out.println();
                }
            } else {
                out.println(line);
            }
            out.flush();
        }
    }
}
