package uk.opencsc.returns;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import uk.opencsc.access.Role;
import uk.opencsc.platform.cli.CommandLineRunner;
import uk.opencsc.returns.cin.CinCensusExport;
import uk.opencsc.returns.cin.rules.ElementPath;
import uk.opencsc.returns.cin.rules.Failure;
import uk.opencsc.returns.cin.rules.Severity;
import uk.opencsc.returns.cin.rules.ValidationReport;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The analyst's CIN census page and the {@code export cin} command, over a child referred in the 2017 census year. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReturnsPagesTest {

    static final int YEAR = 2017;

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired CensusFixtures fixtures;
    @Autowired CinCensusRuns runs;
    @Autowired CommandLineRunner commands;
    @Autowired JdbcClient jdbc;

    String analyst;
    String child;

    @BeforeAll
    void a_child_referred_in_the_year_and_an_analyst() {
        UUID team = data.aTeam("Children in need and protection");
        String manager = data.aUser(Role.TEAM_MANAGER, team, null);
        analyst = data.aUser(Role.PERFORMANCE_ANALYST, null, null);
        child = CensusFixtures.uniquePrefix();
        fixtures.aChild(child, LocalDate.of(2012, 1, 1), null, team);
        fixtures.aReferral(child, LocalDate.of(2016, 7, 1), null, false, manager);
    }

    @Test
    void an_analyst_runs_the_census_and_sees_how_many_children_it_holds_and_what_the_rules_found() throws Exception {
        mvc.perform(post("/returns/cin").param("year", String.valueOf(YEAR)).with(csrf()).with(user(analyst).roles("PERFORMANCE_ANALYST")))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/returns/cin?year=" + YEAR));
        String page = mvc.perform(get("/returns/cin").param("year", String.valueOf(YEAR)).with(user(analyst).roles("PERFORMANCE_ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        CinCensusRuns.CensusRun run = asAnalyst(() -> runs.lastRun(YEAR).orElseThrow());
        assertThat(new String(run.xml(), StandardCharsets.UTF_8)).contains("<LAchildID>" + child + "</LAchildID>");
        assertThat(page).contains("Children in the return").contains("data-figure=\"children\">" + run.result().children() + "<")
                .contains("/returns/cin/" + YEAR + "/download");
    }

    <T> T asAnalyst(Supplier<T> work) {
        TestData.signIn(analyst, Role.PERFORMANCE_ANALYST);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void a_year_before_the_census_began_is_refused_naming_the_year() throws Exception {
        String page = mvc.perform(post("/returns/cin").param("year", "2001").with(csrf()).with(user(analyst).roles("PERFORMANCE_ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem").contains("href=\"#year\"").contains("Census year must be from 2009");
    }

    @Test
    void the_download_is_the_file_that_was_validated_and_is_audited_as_an_export() throws Exception {
        CinCensusRuns.CensusRun run = asAnalyst(() -> runs.run(YEAR));
        byte[] downloaded = mvc.perform(get("/returns/cin/" + YEAR + "/download").with(user(analyst).roles("PERFORMANCE_ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(run.xml());
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :a and action = 'EXPORT' and subject = 'cin-census'")
                .param("a", analyst).query(Long.class).single()).isPositive();
    }

    @Test
    void the_drill_down_lists_each_failure_of_a_rule_with_where_it_is_in_words_and_a_link_to_the_page_that_corrects_it() throws Exception {
        int year = 2015;
        UUID person = fixtures.person(child);
        Failure failure = new Failure(child, ElementPath.cinDetails(0).then("Assessments", 0).then("FactorsIdentifiedAtAssessment"),
                "8869", Severity.ERROR, "The assessment factors code “21” cannot be used in conjunction with any other assessment factors.");
        runs.keep(new CinCensusRuns.CensusRun(year, Instant.now(), "Test", new byte[0], new CinCensusExport.Result(null,
                new ValidationReport(1, List.of(failure)), Map.of(child, person))));
        String report = mvc.perform(get("/returns/cin").param("year", String.valueOf(year)).with(user(analyst).roles("PERFORMANCE_ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(report).contains("/returns/cin/" + year + "/rules/8869").contains("cannot be used in conjunction");
        mvc.perform(get("/returns/cin/" + year + "/rules/8869").with(user(analyst).roles("PERFORMANCE_ANALYST")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/children/" + person + "/assessments\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("the factors identified of assessment 1 of referral 1")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("CINdetails[1]/Assessments[1]/FactorsIdentifiedAtAssessment")));
        mvc.perform(get("/returns/cin/" + year + "/rules/8606").with(user(analyst).roles("PERFORMANCE_ANALYST")))
                .andExpect(status().isNotFound());
    }

    @Test
    void export_cin_writes_the_file_says_what_it_holds_and_is_audited(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cin.xml");
        long before = jdbc.sql("select count(*) from audit_event where action = 'EXPORT' and subject = 'cin-census'").query(Long.class).single();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        var out = System.out;
        System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = commands.run("export", "cin", "--year", String.valueOf(YEAR), "--out", file.toString());
        } finally {
            System.setOut(out);
        }
        assertThat(exit).as(printed.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(Files.readString(file)).contains("<LAchildID>" + child + "</LAchildID>").endsWith("</Message>\n");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("CIN census " + YEAR + " written to").contains("0 errors");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'EXPORT' and subject = 'cin-census'").query(Long.class).single())
                .isEqualTo(before + 1);
    }

    @Test
    void export_cin_refuses_a_year_before_the_census_without_writing_a_file(@TempDir Path dir) {
        Path file = dir.resolve("cin.xml");
        assertThat(commands.run("export", "cin", "--year", "2001", "--out", file.toString())).isEqualTo(2);
        assertThat(file).doesNotExist();
    }

    @Test
    void export_cin_of_a_year_without_children_writes_no_file_for_the_schema_needs_at_least_one_child(@TempDir Path dir) {
        Path file = dir.resolve("cin.xml");
        assertThat(commands.run("export", "cin", "--year", "2010", "--out", file.toString())).isEqualTo(1);
        assertThat(file).doesNotExist();
    }
}
