package uk.opencsc.returns.cin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.opencsc.platform.cli.FileInPlace;
import uk.opencsc.platform.cli.ProgressBar;
import uk.opencsc.platform.cli.SubcommandOf;
import uk.opencsc.platform.validation.InvalidValueException;
import uk.opencsc.returns.cin.rules.ValidationReport;

/**
 * {@code export cin --year 2026 --out cin-2026.xml}: the DfE's CIN census of the year ending 31 March, written from the
 * record and validated by every rule on the way, audited as an export. The file appears only once it is complete.
 * Exits 0 when the return has no errors (queries may remain), 3 when it was written but has errors, 2 for bad
 * arguments and 1 when it could not be written or holds no children (the schema needs at least one).
 */
@Component
@Command(name = "cin", mixinStandardHelpOptions = true,
        description = "The DfE children in need census XML for the year ending 31 March --year, validated by the DfE's rules.")
class CinCensusCommand implements SubcommandOf, Callable<Integer> {

    static final int HAS_ERRORS = 3;

    @Option(names = "--year", required = true, description = "The census year: the year ending 31 March, e.g. 2026.")
    int year;

    @Option(names = "--out", required = true, description = "The file to write.")
    Path out;

    private final CinCensusExport export;

    CinCensusCommand(CinCensusExport export) {
        this.export = export;
    }

    @Override
    public String parent() {
        return "export";
    }

    @Override
    public Integer call() {
        long total;
        try {
            total = export.childrenInScope(year);
        } catch (InvalidValueException e) {
            System.err.println(e.field() + ": " + e.getMessage());
            return 2;
        }
        if (total == 0) {
            System.err.println("The " + year + " census holds no children (no CIN episode open in the year): there is nothing to return, "
                    + "and the DfE's schema needs at least one child. No file written.");
            return 1;
        }
        CinCensusExport.Result result;
        try (ProgressBar bar = ProgressBar.onStandardError("children", total)) {
            result = FileInPlace.write(out, file -> export.exportForCommandLine(year, file, bar::advanceTo));
        } catch (IOException | RuntimeException e) {
            System.err.println("The CIN census could not be written to " + out + ": " + e.getMessage());
            return 1;
        }
        ValidationReport report = result.report();
        System.out.printf("CIN census %d written to %s: %,d children; %,d errors, %,d queries%s%n", year, out, result.children(),
                report.errors(), report.queries(), report.failures().isEmpty() ? "" : " (by rule: " + byRule(report) + ")");
        return report.errors() > 0 ? HAS_ERRORS : 0;
    }

    private static String byRule(ValidationReport report) {
        StringBuilder s = new StringBuilder();
        report.countsByRule().forEach((code, count) -> s.append(s.isEmpty() ? "" : ", ").append(code).append(" x").append(count));
        return s.toString();
    }
}
