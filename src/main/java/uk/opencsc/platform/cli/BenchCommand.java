package uk.opencsc.platform.cli;

import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code bench}: end-to-end benchmarks against the configured database (the embedded demo by
 * default). Modules add their benchmarks as {@link SubcommandOf} {@code "bench"}; each prints its
 * figures and the machine it ran on, for {@code docs/PERFORMANCE.md}.
 */
@Component
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "End-to-end benchmarks against the configured database (the embedded demo authority by default).")
class BenchCommand implements TopLevelCommand, Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
