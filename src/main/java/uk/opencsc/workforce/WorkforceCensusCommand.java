package uk.opencsc.workforce;

import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.opencsc.platform.cli.SubcommandOf;
import uk.opencsc.platform.validation.InvalidValueException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code export workforce-census --year 2025 --out csww-2025.xml}: the DfE workforce census return as XML, audited as an export. */
@Component
@Command(name = "workforce-census", mixinStandardHelpOptions = true,
        description = "The DfE children's social work workforce census (CSWW) XML for the year ending 30 September --year.")
class WorkforceCensusCommand implements SubcommandOf, Callable<Integer> {

    @Option(names = "--year", required = true, description = "The census year: the year ending 30 September, e.g. 2025.")
    int year;

    @Option(names = "--out", required = true, description = "The file to write.")
    Path out;

    private final WorkforceCensusExport export;

    WorkforceCensusCommand(WorkforceCensusExport export) {
        this.export = export;
    }

    @Override
    public String parent() {
        return "export";
    }

    @Override
    public Integer call() throws IOException {
        try {
            String xml = export.exportForCommandLine(year);
            Files.writeString(out, xml, StandardCharsets.UTF_8);
            int workers = xml.split("<CSWWWorker>", -1).length - 1;
            System.out.println("Workforce census " + year + " written to " + out + ": " + workers + " worker records");
            return 0;
        } catch (InvalidValueException e) {
            System.err.println(e.field() + ": " + e.getMessage());
            return 2;
        }
    }
}
