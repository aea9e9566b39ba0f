package uk.opencsc.returns.cin.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.opencsc.access.Role;
import uk.opencsc.platform.cli.CommandLineRunner;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.TestData;

@IntegrationTest
class CinCensusImportTest {

    private static final List<String> TABLES = List.of("person", "person_disability", "referral", "child_and_family_assessment",
            "child_in_need_plan", "strategy_discussion", "section47_enquiry", "initial_conference", "child_protection_plan",
            "child_protection_meeting", "chronology_entry", "audit_event");

    @Autowired CommandLineRunner cli;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired TestData testData;

    @TempDir Path dir;

    UUID team;
    String teamName;

    @BeforeEach
    void aTeamForTheChildrenNewToTheRecord() {
        team = testData.aTeam("Children in need");
        teamName = jdbc.sql("select name from team where id = :id").param("id", team).query(String.class).single();
    }

    @Test
    void a_census_is_imported_into_the_record_and_the_childs_record_shows_the_episode_with_its_assessment_and_plan() throws Exception {
        String id = TestData.unique("C").replaceAll("[^A-Za-z0-9]", "");

        Run run = importCin(census(aChild(id, "1A", "2025-05-01", "")));

        assertThat(run.exitCode).as(run.output).isZero();
        assertThat(run.output).contains("1 children (0 on the record already, 1 added), 1 CIN episodes", "1 assessments, 1 CIN plans");
        UUID person = jdbc.sql("select id from person where local_id = :id").param("id", id).query(UUID.class).single();
        assertThat(jdbc.sql("select sex || ' ' || ethnicity || ' ' || date_of_birth || ' ' || responsible_team_id from person where id = :p")
                .param("p", person).query(String.class).single()).isEqualTo("F WBRI 2015-01-01 " + team);
        assertThat(jdbc.sql("select disability from person_disability where person_id = :p").param("p", person).query(String.class).list())
                .containsExactly("NONE");
        assertThat(jdbc.sql("""
                select referral_date || ' ' || source || ' ' || primary_need || ' ' || closure_date || ' ' || reason_for_closure
                       || ' ' || no_further_action from referral where person_id = :p""").param("p", person).query(String.class).list())
                .containsExactly("2025-05-01 1A N1 2025-09-01 RC1 false");
        assertThat(jdbc.sql("""
                select start_date || ' ' || state || ' ' || authorisation_date || ' ' || array_to_string(factors, ',')
                from child_and_family_assessment where person_id = :p""").param("p", person).query(String.class).list())
                .containsExactly("2025-05-02 AUTHORISED 2025-06-02 2A,3B");
        assertThat(jdbc.sql("select start_date || ' ' || end_date from child_in_need_plan where person_id = :p")
                .param("p", person).query(String.class).list()).containsExactly("2025-06-05 2025-09-01");
        assertThat(jdbc.sql("select count(*) from audit_event where subject = 'cin-census-import'")
                .query(Long.class).single()).isPositive();
        String manager = testData.aUser(Role.TEAM_MANAGER, team, "Children in need");
        String page = mvc.perform(get("/children/{id}/front-door", person).with(user(manager).roles(Role.TEAM_MANAGER.name())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("1 May 2025");
    }

    @Test
    void a_section_47_with_its_initial_conference_and_the_child_protection_plan_it_made_are_imported_as_the_census_has_them()
            throws Exception {
        String id = TestData.unique("C").replaceAll("[^A-Za-z0-9]", "");

        Run run = importCin(census(aChildOnAPlan(id)));

        assertThat(run.exitCode).as(run.output).isZero();
        assertThat(run.output).contains("1 section 47 enquiries, 1 child protection plans");
        UUID person = jdbc.sql("select id from person where local_id = :id").param("id", id).query(UUID.class).single();
        assertThat(jdbc.sql("select start_date || ' ' || icpc_target || ' ' || date_of_icpc || ' ' || icpc_not_required from section47_enquiry where person_id = :p")
                .param("p", person).query(String.class).list()).containsExactly("2025-06-10 2025-07-01 2025-06-20 false");
        assertThat(jdbc.sql("""
                select p.start_date || ' ' || p.end_date || ' ' || initial_category || ' ' || latest_category || ' ' || previous_plans
                       || ' ' || c.conference_date
                from child_protection_plan p join initial_conference c on c.id = p.conference_id where p.person_id = :p""")
                .param("p", person).query(String.class).list()).containsExactly("2025-06-20 2025-08-29 NEG EMO 2 2025-06-20");
        assertThat(jdbc.sql("select meeting_date || ' ' || review_outcome from child_protection_meeting where person_id = :p")
                .param("p", person).query(String.class).list()).containsExactly("2025-08-01 CONTINUE", "2025-08-29 END_PLAN");
    }

    @Test
    void a_child_not_found_by_LAchildID_is_matched_by_UPN_and_their_new_episode_joins_their_record() throws Exception {
        String id = TestData.unique("C").replaceAll("[^A-Za-z0-9]", "");
        String upn = aUniquePupilNumber();
        assertThat(importCin(census(aChild(id, "1A", "2025-05-01", "").replaceFirst("<UPN>[^<]*</UPN>", "<UPN>" + upn + "</UPN>")))
                .exitCode).isZero();
        String otherId = TestData.unique("C").replaceAll("[^A-Za-z0-9]", "");

        Run run = importCin(census(aChild(otherId, "1A", "2025-09-10", "").replaceFirst("<UPN>[^<]*</UPN>", "<UPN>" + upn + "</UPN>")
                .replace("2025-09-01", "2025-10-01").replace("2025-05-02", "2025-09-11").replace("2025-06-02", "2025-09-30")
                .replace("2025-06-05", "2025-09-30")));

        assertThat(run.exitCode).as(run.output).isZero();
        assertThat(run.output).contains("1 children (1 on the record already, 0 added), 1 CIN episodes");
        assertThat(jdbc.sql("select count(*) from person where local_id = :id").param("id", otherId).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select r.referral_date::text from referral r join person p on p.id = r.person_id where p.local_id = :id order by 1")
                .param("id", id).query(String.class).list()).containsExactly("2025-05-01", "2025-09-10");
    }

    @Test
    void importing_the_same_census_twice_changes_nothing_the_second_time() throws Exception {
        String id = TestData.unique("C").replaceAll("[^A-Za-z0-9]", "");
        Path file = census(aChild(id, "1A", "2025-05-01", ""));
        assertThat(importCin(file).exitCode).isZero();
        Map<String, Long> before = counts();

        Run again = importCin(file);

        assertThat(again.exitCode).as(again.output).isZero();
        assertThat(again.output).contains("1 children (1 on the record already, 0 added), 0 CIN episodes (1 on the record already)");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void a_census_with_a_date_that_is_not_a_date_and_a_child_without_an_LAchildID_is_refused_naming_child_and_element_and_nothing_changes()
            throws Exception {
        String good = TestData.unique("C").replaceAll("[^A-Za-z0-9]", "");
        String badDate = TestData.unique("C").replaceAll("[^A-Za-z0-9]", "");
        Path file = census(aChild(good, "1A", "2025-05-01", "") + aChild(badDate, "1A", "2025-13-01", "")
                + aChild("", "1A", "2025-05-01", ""));
        Map<String, Long> before = counts();

        Run run = importCin(file);

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.output).contains(
                badDate + "\tCINdetails[1]/CINreferralDate\tread\texpected a date written yyyy-MM-dd, not \"2025-13-01\"",
                "child 3\tChildIdentifiers/LAchildID\tread\texpected a value in LAchildID, which every ChildIdentifiers has",
                "Nothing was imported");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void the_shared_fake_2026_census_is_refused_for_the_elements_it_cannot_read_and_nothing_changes() throws Exception {
        Map<String, Long> before = counts();

        Run run = importCin(CinValidateCommandTest.fake("CIN_Census_2026.xml"));

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.output).contains("DfEX0000001\tChildIdentifiers\tread\t", "DfEX0000001\tCINdetails[1]/PreProceedingsandFGDM\tread\t",
                "Nothing was imported");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void a_census_with_an_unknown_referral_source_is_refused_naming_child_and_element_and_nothing_changes() throws Exception {
        String good = TestData.unique("C").replaceAll("[^A-Za-z0-9]", "");
        String unknownCode = TestData.unique("C").replaceAll("[^A-Za-z0-9]", "");
        Path file = census(aChild(good, "1A", "2025-05-01", "") + aChild(unknownCode, "ZZ", "2025-05-01", ""));
        Map<String, Long> before = counts();

        Run run = importCin(file);

        assertThat(run.exitCode).isEqualTo(1);
        // the census's own rule 8866 finds it before the front door would (which named "ZZ"): refused at the same element
        assertThat(run.output).contains(unknownCode + "\tCINdetails[1]/ReferralSource\t8866\tSource of Referral is missing or an invalid code");
        assertThat(run.output).contains("Nothing was imported");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void a_census_the_journey_modules_refuse_is_reported_by_child_and_element_and_nothing_changes() throws Exception {
        String good = TestData.unique("C").replaceAll("[^A-Za-z0-9]", "");
        String late = TestData.unique("C").replaceAll("[^A-Za-z0-9]", "");
        // the assessment's internal review after its authorisation: no census rule looks at the internal review date, so
        // the file passes the census check and the assessment module's own rule (authorisation after the review) refuses it
        Path file = census(aChild(good, "1A", "2025-05-01", "") + aChild(late, "1A", "2025-05-01", "")
                .replace("<AssessmentAuthorisationDate>", "<AssessmentInternalReviewDate>2025-06-20</AssessmentInternalReviewDate><AssessmentAuthorisationDate>"));
        Map<String, Long> before = counts();

        Run run = importCin(file);

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.output).contains(late + "\tCINdetails[1]/Assessments[1]/");
        assertThat(run.output).containsPattern(late + "\tCINdetails\\[1\\]/Assessments\\[1\\]/[A-Za-z]+\t" + CinImportCommand.LOAD + "\t");
        assertThat(run.output).doesNotContain(good + "\t");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void a_team_that_does_not_exist_is_named() throws Exception {
        assertThat(cli.run("import", "cin", census(aChild("X1", "1A", "2025-05-01", "")).toString(), "--team", "no such team"))
                .isEqualTo(2);
    }

    /**
     * A UPN no other test uses and that every census rule on UPNs accepts: characters 2-4 a real LA number (201, the
     * City of London; rule 1530), random digits, a final digit (a permanent UPN) and the check letter that fits.
     */
    private static String aUniquePupilNumber() {
        String tail = "201" + String.format("%08d", java.util.concurrent.ThreadLocalRandom.current().nextLong(100_000_000L)) + "0";
        return uk.opencsc.people.UniquePupilNumber.checkLetter(tail) + tail;
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(table -> counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single()));
        return counts;
    }

    private record Run(int exitCode, String output) {
    }

    private Run importCin(Path file) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            int code = cli.run("import", "cin", file.toString(), "--team", teamName);
            return new Run(code, printed.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private Path census(String children) throws IOException {
        Path file = Files.createTempFile(dir, "cin", ".xml");
        Files.writeString(file, """
                <Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2026</Year>
                <ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails><Source><SourceLevel>L</SourceLevel><LEA>999</LEA>
                <SoftwareCode>OpenCSC</SoftwareCode><Release>1</Release><SerialNo>001</SerialNo><DateTime>2026-04-01T09:00:00</DateTime>
                </Source></Header><Children>""" + children + "</Children></Message>");
        return file;
    }

    /**
     * A girl referred on 2 June 2025, a section 47 from 10 June, a plan made at the conference on 20 June, ended 29 August.
     * The conference is dated in its section 47 only, as the census has it (rule 2884).
     */
    private static String aChildOnAPlan(String id) {
        return """
                <Child><ChildIdentifiers><LAchildID>%s</LAchildID><UPN>%s</UPN>
                <PersonBirthDate>2015-01-01</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>
                <ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics>
                <CINdetails><CINreferralDate>2025-06-02</CINreferralDate><ReferralSource>5A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>
                <CINclosureDate>2025-09-01</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure>
                <Section47><S47ActualStartDate>2025-06-10</S47ActualStartDate><InitialCPCtarget>2025-07-01</InitialCPCtarget>
                <DateOfInitialCPC>2025-06-20</DateOfInitialCPC><ICPCnotRequired>false</ICPCnotRequired></Section47>
                <ReferralNFA>0</ReferralNFA>
                <ChildProtectionPlans><CPPstartDate>2025-06-20</CPPstartDate><CPPendDate>2025-08-29</CPPendDate>
                <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>EMO</LatestCategoryOfAbuse>
                <NumberOfPreviousCPP>2</NumberOfPreviousCPP>
                <Reviews><CPPreviewDate>2025-08-01</CPPreviewDate><CPPreviewDate>2025-08-29</CPPreviewDate></Reviews></ChildProtectionPlans>
                </CINdetails></Child>""".formatted(id, aUniquePupilNumber());
    }

    /** A girl referred on {@code referred}, assessed and on a CIN plan, the episode closed on 1 September 2025. */
    private static String aChild(String id, String source, String referred, String more) {
        return """
                <Child><ChildIdentifiers><LAchildID>%s</LAchildID><UPN>%s</UPN>
                <PersonBirthDate>2015-01-01</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>
                <ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics>
                <CINdetails><CINreferralDate>%s</CINreferralDate><ReferralSource>%s</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>
                <CINclosureDate>2025-09-01</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure>
                <Assessments><AssessmentActualStartDate>2025-05-02</AssessmentActualStartDate>
                <AssessmentAuthorisationDate>2025-06-02</AssessmentAuthorisationDate>
                <FactorsIdentifiedAtAssessment><AssessmentFactors>2A</AssessmentFactors><AssessmentFactors>3B</AssessmentFactors>
                </FactorsIdentifiedAtAssessment></Assessments>
                <CINPlanDates><CINPlanStartDate>2025-06-05</CINPlanStartDate><CINPlanEndDate>2025-09-01</CINPlanEndDate></CINPlanDates>
                <ReferralNFA>0</ReferralNFA>%s</CINdetails></Child>""".formatted(id, aUniquePupilNumber(), referred, source, more);
    }
}
