package uk.opencsc.platform.cli;

import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code import}: loads a file made elsewhere (a previous return, a migration) into the record, all or nothing.
 * Modules add theirs as {@link SubcommandOf} {@code "import"} (the CIN census); each import is audited.
 */
@Component
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Load a file (a previous return, a migration) into the record, all or nothing, against the configured database.")
class ImportCommand implements TopLevelCommand, Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
