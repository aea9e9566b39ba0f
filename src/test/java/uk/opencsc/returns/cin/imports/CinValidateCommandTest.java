package uk.opencsc.returns.cin.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import uk.opencsc.returns.cin.rules.CinCensusRules;

class CinValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void validate_cin_prints_each_unreadable_element_and_each_failure_by_child_element_and_rule_then_the_counts_and_exits_1() throws Exception {
        Run run = validate(fake("CIN_Census_2026.xml"));

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.lines).startsWith(
                "DfEX0000001\tChildIdentifiers\tread\texpected elements only, not the text \"PersonBirthDate\"",
                "DfEX0000001\tCINdetails[1]/PreProceedingsandFGDM\tread\texpected one of Assessments, CINPlanDates, CINclosureDate, "
                        + "CINreferralDate, ChildProtectionPlans, DateOfInitialCPC, PrimaryNeedCode, ReasonForClosure, ReferralNFA, "
                        + "ReferralSource, Section47: PreProceedingsandFGDM is not an element of a CIN census here");
        assertThat(run.lines).contains("Count by rule:", "read\t2");
        assertThat(run.lines.getLast()).startsWith("FAILED: 2 children checked against " + CinCensusRules.all().size()
                + " rules of the 2024 census: 2 unreadable elements, ");
        // every printed failure has its four columns
        run.lines.stream().takeWhile(line -> !line.isEmpty()).forEach(line -> assertThat(line.split("\t")).hasSize(4));
    }

    @Test
    void the_rules_run_in_the_same_pass_and_a_failure_names_child_element_and_rule() throws Exception {
        Path file = dir.resolve("factors.xml");
        Files.writeString(file, """
                <Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2026</Year>
                <ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails><Source><LEA>999</LEA></Source></Header><Children>
                <Child><ChildIdentifiers><LAchildID>C1</LAchildID><UPNunknown>UN1</UPNunknown><PersonBirthDate>2015-01-01</PersonBirthDate>
                <Sex>F</Sex></ChildIdentifiers><ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
                <CINdetails><CINreferralDate>2025-05-01</CINreferralDate><ReferralSource>1A</ReferralSource>
                <Assessments><AssessmentActualStartDate>2025-05-02</AssessmentActualStartDate>
                <FactorsIdentifiedAtAssessment><AssessmentFactors>21</AssessmentFactors><AssessmentFactors>2A</AssessmentFactors>
                </FactorsIdentifiedAtAssessment></Assessments><ReferralNFA>0</ReferralNFA></CINdetails></Child>
                </Children></Message>""");

        Run run = validate(file);

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.lines).contains("C1\tCINdetails[1]/Assessments[1]/FactorsIdentifiedAtAssessment\t8869\t"
                + CinCensusRules.byCode("8869").message());
        assertThat(run.lines).doesNotContain("read\t1");
    }

    @Test
    void a_file_with_only_queries_passes_and_a_file_with_an_error_fails() throws IOException, URISyntaxException {
        CensusFileCheck noRules = new CensusFileCheck(List.of(), LocalDate.of(2026, 4, 1));
        Path clean = dir.resolve("clean.xml");
        Files.writeString(clean, Files.readString(fake("CIN_Census_2024.xml")).replace("PersonBirthDate\n", "\n"));

        assertThat(noRules.check(clean, child -> { }).failed()).isFalse();
        assertThat(noRules.check(fake("CIN_Census_2026.xml"), child -> { }).failed()).isTrue();
    }

    @Test
    void a_file_that_does_not_exist_is_named_and_exits_2() {
        assertThat(validate(dir.resolve("missing.xml")).exitCode).isEqualTo(2);
    }

    private record Run(int exitCode, List<String> lines) {
    }

    private static Run validate(Path file) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            int code = new CommandLine(new CinValidateCommand(Optional.empty())).execute(file.toString());
            return new Run(code, printed.toString(StandardCharsets.UTF_8).lines().toList());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    static Path fake(String name) throws URISyntaxException {
        return Path.of(CinValidateCommandTest.class.getResource("/returns/fake/" + name).toURI());
    }
}
