package uk.opencsc.returns.cin.imports;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import uk.opencsc.platform.cli.ProgressBar;
import uk.opencsc.platform.cli.SubcommandOf;
import uk.opencsc.returns.cin.rules.CinCensusRules;
import uk.opencsc.returns.cin.rules.Failure;
import uk.opencsc.returns.cin.xml.ReadProblem;

/**
 * {@code validate cin FILE}: a CIN census file read and checked against every DfE rule, without touching the record.
 * Prints each failure as {@code child<TAB>element<TAB>rule<TAB>message} (an element that cannot be read has the rule
 * {@code read}), then the count by rule and a one-line summary; exits 1 when anything stops the return (a read
 * problem or an error), 0 when only queries remain.
 */
@Component
@Command(name = "cin", mixinStandardHelpOptions = true,
        description = "Check a CIN census XML file against the DfE's validation rules: each failure as child, element, rule, "
                + "message; a count by rule; exit 1 on an error or an unreadable element.")
class CinValidateCommand implements SubcommandOf, Callable<Integer> {

    /** The rule column of an element that could not be read. */
    static final String READ = "read";

    @Parameters(index = "0", paramLabel = "FILE", description = "The CIN census XML file.")
    Path file;

    private final Clock clock;

    CinValidateCommand(Optional<Clock> clock) {
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    public String parent() {
        return "validate";
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isReadable(file)) {
            System.err.println("No readable file " + file);
            return 2;
        }
        CensusFileCheck check = new CensusFileCheck(CinCensusRules.all(), LocalDate.now(clock));
        CensusFileCheck.Result result;
        try (ProgressBar bar = ProgressBar.onStandardError("children", 0)) {
            result = check.check(file, child -> bar.step());
        }
        print(result, check.ruleCount(), System.out);
        return result.failed() ? 1 : 0;
    }

    static void print(CensusFileCheck.Result result, int rules, PrintStream out) {
        Map<String, Long> counts = new TreeMap<>();
        for (ReadProblem p : result.readProblems()) {
            out.println(String.join("\t", p.child() == null ? "-" : p.child(), p.element().value(), READ, "expected " + p.expected()));
        }
        if (!result.readProblems().isEmpty()) {
            counts.put(READ, (long) result.readProblems().size());
        }
        for (Failure f : result.report().failures()) {
            out.println(String.join("\t", f.child() == null ? "-" : f.child(), f.element().value(), f.code(), f.message()));
        }
        counts.putAll(result.report().countsByRule());
        out.println();
        out.println("Count by rule:");
        counts.forEach((rule, count) -> out.println(rule + "\t" + count));
        out.printf("%s: %,d children checked against %d rules of the %d census: %,d unreadable elements, %,d errors, %,d queries%n",
                result.failed() ? "FAILED" : "PASSED", result.report().children(), rules, result.period().yearEnding(),
                result.readProblems().size(), result.report().errors(), result.report().queries());
    }
}
