package uk.opencsc.audit;

import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import uk.opencsc.platform.cli.TopLevelCommand;

import java.util.concurrent.Callable;

@Component
@Command(name = "audit", description = "Work with the audit log.", subcommands = AuditCommand.Verify.class,
        mixinStandardHelpOptions = true)
class AuditCommand implements TopLevelCommand, Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Recompute the audit log's hash chain; exits 1 if any row was altered, removed or reordered.")
    static class Verify implements Callable<Integer> {

        private final AuditVerification verification;

        Verify(AuditVerification verification) {
            this.verification = verification;
        }

        @Override
        public Integer call() {
            AuditVerification.Result result = verification.verify();
            result.problems().forEach(p -> System.out.println("BROKEN: " + p));
            System.out.printf("audit verify: %d rows, %s, head %s%n", result.rows(),
                    result.intact() ? "chain intact" : result.problems().size() + " problem(s)", result.head());
            return result.intact() ? 0 : 1;
        }
    }
}
