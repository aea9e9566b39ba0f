package uk.opencsc.platform.cli;

import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code export}: the statutory returns and other files made from the records. Modules add theirs as
 * {@link SubcommandOf} {@code "export"} (the workforce census; the CIN census can join it); each export is audited.
 */
@Component
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Statutory returns and other files made from the records, against the configured database.")
class ExportCommand implements TopLevelCommand, Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
