package uk.opencsc.platform.cli;

import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code validate}: checks a return file against its rules without changing the record. Modules add theirs as
 * {@link SubcommandOf} {@code "validate"} (the CIN census); each exits 1 when the file would be refused.
 */
@Component
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a statutory return file against its validation rules, without changing the record.")
class ValidateCommand implements TopLevelCommand, Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
