package uk.opencsc.workforce;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.opencsc.access.Role;
import uk.opencsc.platform.cli.CommandLineRunner;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.JourneyForms;
import uk.opencsc.support.TestData;
import uk.opencsc.workforce.WorkforceBulkLoad.HistoricWorker;
import uk.opencsc.workforce.WorkforceCensusBulkLoad.FormerWorker;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The workforce census from the records as the pages and the command make it, year ending 30 September 2024. The
 * shared test database holds other tests' workers too, so each fixture worker's record is checked whole by their
 * (unique) SWE number; the LA-level figures are counted by hand in {@link WorkforceCensusTest}.
 */
@IntegrationTest
class CensusPagesTest {

    static final String SERVICE = "Census pages service";
    static final LocalDate CENSUS_DATE = LocalDate.of(2024, 9, 30);

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired WorkforceBulkLoad workforceLoad;
    @Autowired WorkforceCensusBulkLoad censusLoad;
    @Autowired CensusRepository census;
    @Autowired CommandLineRunner cli;

    UUID team;
    String manager;
    String secondManager;
    String admin;
    String analyst;
    String ann;
    String ben;
    String cat;
    UUID dan;
    Map<String, String> swe = new LinkedHashMap<>();

    static RequestPostProcessor as(String username, Role role) {
        return request -> csrf().postProcessRequest(user(username).roles(role.name()).postProcessRequest(request));
    }

    UUID id(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(UUID.class).single();
    }

    static String aRegistrationNumber() {
        return "SW9" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    /**
     * Ann (full time), Ben (0.6) and Cat (agency from 1 April 2024) in the team; Dan left on 31 March 2024. Four children:
     * A is Ann's since January; B was Ben's and was reallocated to Ann on the census date itself; C was Ann's and moved
     * to Cat the day after it; D was Ann's until the allocation ended on the census date. On 30 September Ann held A, B
     * and C (3), Ben none (his allocation of B ended that day), Cat none.
     */
    @BeforeEach
    void aTeamWithAPartTimerAnAgencyWorkerALeaverAndReallocatedChildren() throws Exception {
        team = data.aTeam(SERVICE);
        manager = data.aUser(Role.TEAM_MANAGER, team, SERVICE);
        secondManager = data.aUser(Role.TEAM_MANAGER, team, SERVICE);
        admin = data.aUser(Role.ADMINISTRATOR, null, null);
        analyst = data.aUser(Role.PERFORMANCE_ANALYST, null, null);
        ann = data.aUser(Role.SOCIAL_WORKER, team, SERVICE);
        ben = data.aUser(Role.SOCIAL_WORKER, team, SERVICE);
        cat = data.aUser(Role.SOCIAL_WORKER, team, SERVICE);
        String danName = data.aUser(Role.SOCIAL_WORKER, team, SERVICE);
        dan = id(danName);
        for (String w : List.of(ann, ben, cat, danName)) swe.put(w, aRegistrationNumber());
        TestData.asSystem(() -> workforceLoad.load(Map.of(), List.of(
                new HistoricWorker(id(ann), swe.get(ann), null, null, new BigDecimal("1.00"), Employment.PERMANENT, LocalDate.of(2015, 6, 1), null,
                        LocalDate.of(2015, 6, 1)),
                new HistoricWorker(id(ben), swe.get(ben), null, null, new BigDecimal("0.60"), Employment.PERMANENT, LocalDate.of(2020, 1, 6), null,
                        LocalDate.of(2020, 1, 6)),
                new HistoricWorker(id(cat), swe.get(cat), null, null, new BigDecimal("1.00"), Employment.AGENCY, LocalDate.of(2024, 4, 1), null,
                        LocalDate.of(2024, 4, 1))), List.of()));
        TestData.asSystem(() -> {
            censusLoad.load(List.of(new FormerWorker(dan, swe.get(danName), new BigDecimal("0.80"), Employment.PERMANENT, LocalDate.of(2018, 2, 1),
                            LocalDate.of(2024, 3, 31), LeavingReason.RESIGNED, team)),
                    List.of(new WorkforceCensusBulkLoad.WorkerDetails(dan, null, WorkerGender.MALE, null, null, null, null, null, null,
                            LeaverDestination.OTHER_LA_ENGLAND, null)),
                    List.of(new WorkforceCensusBulkLoad.WorkerAbsence(dan, AbsenceReason.SICKNESS, LocalDate.of(2024, 1, 15),
                            LocalDate.of(2024, 1, 19), new BigDecimal("4.50"))),
                    List.of());
            return null;
        });
        UUID a = aChild("Alba"), b = aChild("Bea"), c = aChild("Cora"), d = aChild("Dee");
        allocate(a, ann, LocalDate.of(2024, 1, 10), null);
        allocate(b, ben, LocalDate.of(2024, 3, 1), CENSUS_DATE);
        allocate(b, ann, CENSUS_DATE, null);
        allocate(c, ann, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 10, 1));
        allocate(c, cat, LocalDate.of(2024, 10, 1), null);
        allocate(d, ann, LocalDate.of(2024, 6, 1), CENSUS_DATE);
    }

    UUID aChild(String first) throws Exception {
        return JourneyForms.create(mvc, JourneyForms.aGirlsRecord(first, "Census", LocalDate.of(2015, 4, 4), team), as(ann, Role.SOCIAL_WORKER));
    }

    void allocate(UUID child, String worker, LocalDate from, LocalDate to) {
        jdbc.sql("""
                        insert into allocation (id, person_id, worker_user_id, team_id, allocated_on, reason, allocated_by, ended_on, end_reason,
                                                ended_by, created_by, updated_by)
                        values (:id, :p, :w, :t, :from, 'Allocated', 'test', :to, :endReason, :endedBy, 'test', 'test')""")
                .param("id", UUID.randomUUID()).param("p", child).param("w", id(worker)).param("t", team).param("from", from).param("to", to)
                .param("endReason", to == null ? null : "Reallocated").param("endedBy", to == null ? null : "test").update();
    }

    Map<String, String> detailsOfAnn(int version) {
        Map<String, String> f = new LinkedHashMap<>();
        JourneyForms.date(f, "bornOn", LocalDate.of(1980, 3, 2));
        f.put("gender", "FEMALE");
        f.put("ethnicity", "WBRI");
        f.put("qualificationInstitution", "University of Northmoor");
        f.put("qualificationLevel", "POSTGRADUATE");
        f.put("stepUpGraduate", "no");
        f.put("frontlineGraduate", "yes");
        f.put("startOrigin", "OTHER_LA_ENGLAND");
        f.put("kssStatus", "PRACTITIONER");
        f.put("version", String.valueOf(version));
        return f;
    }

    Map<String, String> anAbsence(String reason, LocalDate first, LocalDate last, String days) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("reason", reason);
        JourneyForms.date(f, "firstDay", first);
        if (last != null) JourneyForms.date(f, "lastDay", last);
        f.put("workingDaysLost", days);
        return f;
    }

    String worker(String xml, String registration) {
        String sweNo = "SW0" + registration.substring(2);
        int at = xml.indexOf("<SWENo>" + sweNo + "</SWENo>");
        assertThat(at).as("the return holds " + sweNo).isPositive();
        int from = xml.lastIndexOf("<CSWWWorker>", at);
        return unindented(xml.substring(from, xml.indexOf("</CSWWWorker>", at) + "</CSWWWorker>".length()));
    }

    /** The lines without their indentation, so a record cut from the file compares with one written here. */
    static String unindented(String xml) {
        return String.join("\n", xml.lines().map(String::strip).toList());
    }

    void recordAnnsDetailsAndAbsencesThroughThePages() throws Exception {
        RequestPostProcessor m = as(manager, Role.TEAM_MANAGER);
        mvc.perform(JourneyForms.form(post("/workforce/workers/" + id(ann) + "/census"), detailsOfAnn(-1)).with(m))
                .andExpect(status().is3xxRedirection());
        for (Map<String, String> absence : List.of(
                anAbsence("SICKNESS", LocalDate.of(2023, 11, 6), LocalDate.of(2023, 11, 8), "3"),
                anAbsence("SICKNESS", LocalDate.of(2024, 2, 12), LocalDate.of(2024, 2, 13), "2"),
                anAbsence("SICKNESS", LocalDate.of(2023, 9, 25), LocalDate.of(2023, 9, 29), "5"),
                anAbsence("TRAINING", CENSUS_DATE, CENSUS_DATE, "1"))) {
            mvc.perform(JourneyForms.form(post("/workforce/workers/" + id(ann) + "/absences/new"), absence).with(m))
                    .andExpect(status().is3xxRedirection());
        }
    }

    @Test
    void each_workers_record_holds_the_figures_counted_by_hand_with_cases_on_the_census_date_counted_across_reallocations() throws Exception {
        recordAnnsDetailsAndAbsencesThroughThePages();
        String xml = mvc.perform(get("/workforce/census/download").param("year", "2024").with(as(analyst, Role.PERFORMANCE_ANALYST)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(worker(xml, swe.get(ann))).isEqualTo(unindented("""
                  <CSWWWorker>
                    <AgencyWorker>0</AgencyWorker>
                    <SWENo>SW0%s</SWENo>
                    <FTE>1.000000</FTE>
                    <PersonBirthDate>1980-03-02</PersonBirthDate>
                    <GenderCurrent>2</GenderCurrent>
                    <Ethnicity>WBRI</Ethnicity>
                    <QualInst>University of Northmoor</QualInst>
                    <QualLevel>2</QualLevel>
                    <StepUpGrad>0</StepUpGrad>
                    <OrgRole>5</OrgRole>
                    <RoleStartDate>2015-06-01</RoleStartDate>
                    <StartOrigin>2</StartOrigin>
                    <FTE30>1.000000</FTE30>
                    <Cases30>3</Cases30>
                    <WorkingDaysLost>5.00</WorkingDaysLost>
                    <FrontlineGrad>1</FrontlineGrad>
                    <Absat30Sept>1</Absat30Sept>
                    <ReasonAbsence>TRN</ReasonAbsence>
                    <CFKSSstatus>2</CFKSSstatus>
                  </CSWWWorker>""".formatted(swe.get(ann).substring(2))));
        assertThat(worker(xml, swe.get(ben))).isEqualTo(unindented("""
                  <CSWWWorker>
                    <AgencyWorker>0</AgencyWorker>
                    <SWENo>SW0%s</SWENo>
                    <FTE>0.600000</FTE>
                    <OrgRole>6</OrgRole>
                    <RoleStartDate>2020-01-06</RoleStartDate>
                    <FTE30>0.600000</FTE30>
                    <Cases30>0</Cases30>
                    <WorkingDaysLost>0.00</WorkingDaysLost>
                    <Absat30Sept>0</Absat30Sept>
                  </CSWWWorker>""".formatted(swe.get(ben).substring(2))));
        assertThat(worker(xml, swe.get(cat))).isEqualTo(unindented("""
                  <CSWWWorker>
                    <AgencyWorker>1</AgencyWorker>
                    <SWENo>SW0%s</SWENo>
                    <FTE>1.000000</FTE>
                    <OrgRole>6</OrgRole>
                    <RoleStartDate>2024-04-01</RoleStartDate>
                    <FTE30>1.000000</FTE30>
                    <Cases30>0</Cases30>
                    <ContractWeeks>26.1</ContractWeeks>
                    <Absat30Sept>0</Absat30Sept>
                  </CSWWWorker>""".formatted(swe.get(cat).substring(2))));
        assertThat(worker(xml, swe.values().stream().toList().get(3))).isEqualTo(unindented("""
                  <CSWWWorker>
                    <AgencyWorker>0</AgencyWorker>
                    <SWENo>SW0%s</SWENo>
                    <FTE>0.800000</FTE>
                    <GenderCurrent>1</GenderCurrent>
                    <OrgRole>5</OrgRole>
                    <RoleStartDate>2018-02-01</RoleStartDate>
                    <RoleEndDate>2024-03-31</RoleEndDate>
                    <LeaverDestination>1</LeaverDestination>
                    <ReasonLeave>1</ReasonLeave>
                    <WorkingDaysLost>4.50</WorkingDaysLost>
                  </CSWWWorker>""".formatted(swe.values().stream().toList().get(3).substring(2))));
        assertThat(CensusXmlStructureTest.problems(xml)).isEmpty();
    }

    @Test
    void the_teams_funded_posts_on_the_census_date_are_the_latest_entry_from_on_or_before_it() throws Exception {
        assertThat(mvc.perform(get("/workforce/establishment/" + team + "/edit").with(as(manager, Role.TEAM_MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("No funded posts recorded.");
        for (var entry : List.of(Map.entry(LocalDate.of(2023, 4, 1), "4"), Map.entry(LocalDate.of(2024, 10, 1), "5"))) {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("fundedFte", entry.getValue());
            JourneyForms.date(f, "fundedFrom", entry.getKey());
            var latest = census.funding(team);
            f.put("latestFrom", latest.isEmpty() ? "" : latest.getFirst().fundedFrom().toString());
            f.put("latestVersion", latest.isEmpty() ? "" : String.valueOf(latest.getFirst().version()));
            mvc.perform(JourneyForms.form(post("/workforce/establishment/" + team + "/edit"), f).with(as(manager, Role.TEAM_MANAGER)))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(census.fundedOn(CENSUS_DATE).get(team)).isEqualByComparingTo("4");
        assertThat(census.fundedOn(LocalDate.of(2024, 10, 1)).get(team)).isEqualByComparingTo("5");
        assertThat(census.fundedOn(LocalDate.of(2023, 3, 31))).doesNotContainKey(team);
        assertThat(mvc.perform(get("/workforce/establishment").with(as(manager, Role.TEAM_MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains(">5.00<");
        assertThat(mvc.perform(get("/workforce/census").param("year", "2024").with(as(analyst, Role.PERFORMANCE_ANALYST)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("Download the 2024 return (XML)");
    }

    @Test
    void the_download_is_audited_as_an_export_of_the_year() throws Exception {
        mvc.perform(get("/workforce/census/download").param("year", "2024").with(as(analyst, Role.PERFORMANCE_ANALYST)))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :a and action = 'EXPORT' and subject = 'workforce-census' "
                        + "and details like '%\"year\":\"2024\"%'").param("a", analyst).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_negative_absence_is_refused_naming_the_field_and_nothing_is_saved() throws Exception {
        String page = mvc.perform(JourneyForms.form(post("/workforce/workers/" + id(ann) + "/absences/new"),
                        anAbsence("SICKNESS", LocalDate.of(2024, 2, 12), null, "-2")).with(as(manager, Role.TEAM_MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"#workingDaysLost\"").contains("Working days lost must be 0 or more");
        assertThat(census.absences(id(ann))).isEmpty();
    }

    @Test
    void an_unknown_code_is_refused_naming_the_field_and_nothing_is_saved() throws Exception {
        Map<String, String> f = detailsOfAnn(-1);
        f.put("ethnicity", "WROM");
        String page = mvc.perform(JourneyForms.form(post("/workforce/workers/" + id(ann) + "/census"), f).with(as(manager, Role.TEAM_MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"#ethnicity\"").contains("&#39;WROM&#39; is not a WorkerEthnicity code");
        assertThat(census.details(id(ann))).isEmpty();
    }

    @Test
    void two_managers_changing_a_workers_census_details_at_once_the_second_is_told_and_keeps_what_they_typed() throws Exception {
        mvc.perform(JourneyForms.form(post("/workforce/workers/" + id(ann) + "/census"), detailsOfAnn(-1)).with(as(manager, Role.TEAM_MANAGER)))
                .andExpect(status().is3xxRedirection());
        Map<String, String> first = detailsOfAnn(0);
        first.put("qualificationInstitution", "Northmoor College");
        mvc.perform(JourneyForms.form(post("/workforce/workers/" + id(ann) + "/census"), first).with(as(manager, Role.TEAM_MANAGER)))
                .andExpect(status().is3xxRedirection());
        Map<String, String> second = detailsOfAnn(0);
        second.put("qualificationInstitution", "Open University");
        String page = mvc.perform(JourneyForms.form(post("/workforce/workers/" + id(ann) + "/census"), second)
                        .with(as(secondManager, Role.TEAM_MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("This was changed by " + manager).contains("Open University");
        assertThat(census.details(id(ann)).orElseThrow().qualificationInstitution()).isEqualTo("Northmoor College");
    }

    @Test
    void the_export_command_writes_the_years_return_and_refuses_a_year_before_the_census() throws Exception {
        Path out = Files.createTempFile("csww", ".xml");
        assertThat(cli.run("export", "workforce-census", "--year", "2024", "--out", out.toString())).isZero();
        String xml = Files.readString(out);
        assertThat(xml).contains("<Year>2024</Year>").contains("<SWENo>SW0" + swe.get(ben).substring(2) + "</SWENo>");
        assertThat(CensusXmlStructureTest.problems(xml)).isEmpty();
        assertThat(cli.run("export", "workforce-census", "--year", "2010", "--out", out.toString())).isEqualTo(2);
    }
}
