package uk.opencsc.returns.annexa;

import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.opencsc.platform.cli.IsoDate;
import uk.opencsc.platform.cli.SubcommandOf;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code bench annex-a}: Ofsted's Annex A lists 1 to 11 for every child, each list's query timed, then the workbook
 * written (to nowhere, so the disk is not timed); repeated and the fastest and slowest runs reported. Reads only.
 */
@Component
@Command(name = "annex-a", mixinStandardHelpOptions = true,
        description = "Time Annex A lists 1 to 11 and their xlsx workbook for every child against the configured database. "
                + "Stop the application first when using the embedded database.")
class AnnexABenchmarkCommand implements SubcommandOf, Callable<Integer> {

    @Option(names = "--reference-date", converter = IsoDate.class, description = "The reference date, yyyy-MM-dd (default today).")
    LocalDate referenceDate;

    @Option(names = "--runs", description = "Timed runs after one untimed warm-up (default ${DEFAULT-VALUE}).")
    int runs = 3;

    private final AnnexAExport export;
    private final AnnexARepository repository;

    AnnexABenchmarkCommand(AnnexAExport export, AnnexARepository repository) {
        this.export = export;
        this.repository = repository;
    }

    @Override
    public String parent() {
        return "bench";
    }

    @Override
    public Integer call() throws IOException {
        if (runs < 1) {
            System.err.println("--runs must be at least 1");
            return 2;
        }
        LocalDate day = referenceDate == null ? export.today() : referenceDate;
        AnnexAWindow window = new AnnexAWindow(day);
        AnnexARepository.Selection everyone = AnnexARepository.Selection.everyChild();
        long best = Long.MAX_VALUE;
        long worst = 0;
        StringBuilder lastRun = new StringBuilder();
        for (int run = 0; run <= runs; run++) {
            lastRun.setLength(0);
            long start = System.nanoTime();
            Map<AnnexAList, List<AnnexARow>> lists = new java.util.EnumMap<>(AnnexAList.class);
            for (AnnexAList list : AnnexAList.values()) {
                long t = System.nanoTime();
                lists.put(list, repository.rows(list, window, everyone));
                lastRun.append(String.format("%s %,d rows %d ms; ", list.sheetName(), lists.get(list).size(), (System.nanoTime() - t) / 1_000_000));
            }
            long t = System.nanoTime();
            AnnexAWorkbook.write(lists, OutputStream.nullOutputStream());
            lastRun.append(String.format("xlsx %d ms", (System.nanoTime() - t) / 1_000_000));
            long took = System.nanoTime() - start;
            if (lists.values().stream().allMatch(List::isEmpty)) {
                System.err.println("Every list is empty for " + day + ": load the demo authority first (demo load), or pass --reference-date");
                return 1;
            }
            if (run > 0) {
                best = Math.min(best, took);
                worst = Math.max(worst, took);
            }
        }
        System.out.printf("bench annex-a: lists 1-11 + xlsx for %s: best %.2f s, worst %.2f s over %d runs (last: %s); %d cores, Java %s%n",
                day, best / 1e9, worst / 1e9, runs, lastRun, Runtime.getRuntime().availableProcessors(), Runtime.version());
        return 0;
    }
}
