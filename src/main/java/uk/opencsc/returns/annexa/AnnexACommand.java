package uk.opencsc.returns.annexa;

import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.opencsc.platform.cli.IsoDate;
import uk.opencsc.platform.cli.FileInPlace;
import uk.opencsc.platform.cli.ProgressBar;
import uk.opencsc.platform.cli.SubcommandOf;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code export annex-a --reference-date 2026-03-06 --out annex-a.xlsx}: Ofsted's Annex A lists 1 to 11 for every child (the adoption lists 10 and 11
 * whole), audited as an export. */
@Component
@Command(name = "annex-a", mixinStandardHelpOptions = true,
        description = "Ofsted's Annex A lists 1 to 11 (xlsx, one sheet per list) for the reference date, every child in the record.")
class AnnexACommand implements SubcommandOf, Callable<Integer> {

    @Option(names = "--reference-date", required = true, converter = IsoDate.class,
            description = "The reference date (usually the inspection's first day), yyyy-MM-dd; the lists look back from it.")
    LocalDate referenceDate;

    @Option(names = "--out", required = true, description = "The xlsx file to write.")
    Path out;

    private final AnnexAExport export;

    AnnexACommand(AnnexAExport export) {
        this.export = export;
    }

    @Override
    public String parent() {
        return "export";
    }

    @Override
    public Integer call() {
        if (referenceDate.isAfter(export.today())) {
            System.err.println("--reference-date: " + referenceDate + " is in the future; give today or an earlier day");
            return 2;
        }
        Map<AnnexAList, Integer> counts;
        try (ProgressBar progress = ProgressBar.onStandardError("lists", AnnexAList.values().length)) {
            counts = FileInPlace.write(out, file -> export.exportForCommandLine(referenceDate, file, list -> progress.step()));
        } catch (IOException | RuntimeException e) {
            System.err.println("Annex A not written to " + out + ": " + e.getMessage());
            return 1;
        }
        System.out.println("Annex A for " + referenceDate + " written to " + out + ": " + counts.entrySet().stream()
                .map(c -> c.getKey().sheetName() + " " + c.getValue()).collect(Collectors.joining(", ")) + " rows");
        return 0;
    }
}
