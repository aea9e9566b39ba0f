package uk.opencsc.returns.cin.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusHeader;
import uk.opencsc.returns.cin.xml.CensusXmlReader;
import uk.opencsc.returns.cin.xml.ReadProblem;

class CinValidateBenchmarkCommandTest {

    @TempDir
    Path dir;

    @Test
    void the_benchmark_file_repeats_the_fake_children_with_new_identifiers_and_reads_without_problems() throws Exception {
        Path file = dir.resolve("bench.xml");

        int code = new CommandLine(new CinValidateBenchmarkCommand(Optional.empty()))
                .execute("--children", "700", "--out", file.toString());

        assertThat(code).isZero();
        List<CensusChild> children = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        new CensusXmlReader().read(Files.newInputStream(file), new CensusXmlReader.Listener() {
            @Override public void header(CensusHeader header) { }
            @Override public void child(CensusChild child) { children.add(child); }
            @Override public void problem(ReadProblem problem) { problems.add(problem); }
        });
        assertThat(children).hasSize(700);
        assertThat(children).extracting(CensusChild::laChildId).doesNotHaveDuplicates();
        assertThat(children).extracting(CensusChild::upn).doesNotHaveDuplicates();
        assertThat(problems).isEmpty();
    }
}
