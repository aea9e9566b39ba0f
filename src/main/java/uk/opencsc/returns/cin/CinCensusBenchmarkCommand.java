package uk.opencsc.returns.cin;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.opencsc.platform.cli.SubcommandOf;
import uk.opencsc.platform.validation.InvalidValueException;

/**
 * {@code bench cin-export}: the whole CIN census of a year, read from the record, written as XML (to nowhere: the
 * bytes are counted) and validated by every rule, timed end to end. Nothing is written to the database.
 */
@Component
@Command(name = "cin-export", mixinStandardHelpOptions = true,
        description = "Time the CIN census export with full validation against the configured database (the demo by default).")
class CinCensusBenchmarkCommand implements SubcommandOf, Callable<Integer> {

    @Option(names = "--year", description = "The census year (default: the last one ended, the year ending 31 March before today).")
    Integer year;

    @Option(names = "--runs", description = "Times to run it; the first warms the JVM and the database (default ${DEFAULT-VALUE}).")
    int runs = 3;

    private final CinCensusExport export;

    CinCensusBenchmarkCommand(CinCensusExport export) {
        this.export = export;
    }

    @Override
    public String parent() {
        return "bench";
    }

    @Override
    public Integer call() {
        if (runs < 1) {
            System.err.println("--runs must be at least 1");
            return 2;
        }
        int chosen = year != null ? year : CensusPeriod.containing(LocalDate.now()).yearEnding() - 1;
        StringBuilder times = new StringBuilder();
        long best = Long.MAX_VALUE;
        CinCensusExport.Result result = null;
        long bytes = 0;
        try {
            for (int i = 0; i < runs; i++) {
                long[] written = {0};
                OutputStream counting = new OutputStream() {
                    @Override
                    public void write(int b) {
                        written[0]++;
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        written[0] += len;
                    }
                };
                long start = System.nanoTime();
                result = export.write(chosen, counting, n -> { });
                long millis = (System.nanoTime() - start) / 1_000_000;
                best = Math.min(best, millis);
                bytes = written[0];
                times.append(times.isEmpty() ? "" : ", ").append(String.format("%,d ms", millis));
            }
        } catch (InvalidValueException e) {
            System.err.println(e.field() + ": " + e.getMessage());
            return 2;
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("bench cin-export: census %d, %,d children, %,d bytes of XML, %,d errors, %,d queries; "
                        + "export + validation best %,d ms (runs: %s); heap used %,d MB of %,d MB max; %d cores, Java %s%n",
                chosen, result.children(), bytes, result.report().errors(), result.report().queries(), best, times,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20, runtime.availableProcessors(),
                Runtime.version());
        return 0;
    }
}
