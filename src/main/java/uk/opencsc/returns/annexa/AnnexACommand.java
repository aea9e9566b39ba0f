package uk.opencsc.returns.annexa;

import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.opencsc.platform.cli.IsoDate;
import uk.opencsc.platform.cli.ProgressBar;
import uk.opencsc.platform.cli.SubcommandOf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code export annex-a --reference-date 2026-03-06 --out annex-a.xlsx}: Ofsted's Annex A lists 1 to 7 for every child, audited as an export. */
@Component
@Command(name = "annex-a", mixinStandardHelpOptions = true,
        description = "Ofsted's Annex A lists 1 to 7 (xlsx, one sheet per list) for the reference date, every child in the record.")
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
        // written beside the target and moved into place, so a failure never leaves half a workbook under its name
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        Map<AnnexAList, Integer> counts;
        try (OutputStream file = Files.newOutputStream(partial);
             ProgressBar progress = ProgressBar.onStandardError("lists", AnnexAList.values().length)) {
            counts = export.exportForCommandLine(referenceDate, file, list -> progress.step());
        } catch (IOException | RuntimeException e) {
            System.err.println("Annex A not written: " + e.getMessage());
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the message above says what went wrong; a leftover .partial file is harmless
            }
            return 1;
        }
        try {
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            System.err.println("Annex A not written to " + out + ": " + e.getMessage());
            return 1;
        }
        System.out.println("Annex A for " + referenceDate + " written to " + out + ": " + counts.entrySet().stream()
                .map(c -> c.getKey().sheetName() + " " + c.getValue()).collect(Collectors.joining(", ")) + " rows");
        return 0;
    }
}
