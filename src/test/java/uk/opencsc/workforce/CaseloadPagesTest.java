package uk.opencsc.workforce;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.opencsc.access.Role;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.JourneyForms;
import uk.opencsc.support.TestData;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CaseloadPagesTest {

    static final String SERVICE = "Caseload pages service";

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    UUID team;
    UUID otherTeam;
    String worker;
    String manager;
    UUID child;

    @BeforeEach
    void aChildAllocatedToAHalfTimeWorker() throws Exception {
        team = data.aTeam(SERVICE);
        otherTeam = data.aTeam(SERVICE);
        worker = data.aUser(Role.SOCIAL_WORKER, team, SERVICE);
        manager = data.aUser(Role.TEAM_MANAGER, team, SERVICE);
        jdbc.sql("""
                        insert into worker_employment (user_id, fte, employment, started_on, created_by, updated_by)
                        values (:u, 0.5, 'PERMANENT', current_date - 400, 'test', 'test')""").param("u", id(worker)).update();
        child = WorkforceFixtures.aChildHeldBy(mvc, jdbc, team, worker, manager, "Cora", "Weighton");
    }

    static RequestPostProcessor as(String username, Role role) {
        return WorkforceFixtures.as(username, role);
    }

    UUID id(String username) {
        return WorkforceFixtures.id(jdbc, username);
    }

    String page(String path, String username, Role role) throws Exception {
        return mvc.perform(get(path).with(as(username, role))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void a_team_managers_caseloads_page_shows_each_worker_with_children_weighted_fte_and_fte_adjusted() throws Exception {
        String html = page("/workforce/caseloads", manager, Role.TEAM_MANAGER);
        // one child being assessed (weight 1) held by a half-time worker: 2 per full-time post
        String row = html.substring(html.indexOf("data-username=\"" + worker + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains(">1<").contains("0.5").contains(">2<").doesNotContain("Over threshold");
        assertThat(html).contains("Children held at each month end").contains("footprint: 0 of 1 children with an open episode");
    }

    @Test
    void a_worker_sees_their_own_teams_caseloads_but_not_another_teams() throws Exception {
        assertThat(page("/workforce/caseloads", worker, Role.SOCIAL_WORKER)).contains("data-username=\"" + worker + "\"");
        mvc.perform(get("/workforce/caseloads").param("team", otherTeam.toString()).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/workforce/caseloads").param("team", otherTeam.toString()).with(as(manager, Role.TEAM_MANAGER)))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_head_of_service_sees_their_services_teams_with_totals_and_drills_into_a_team() throws Exception {
        String head = data.aUser(Role.HEAD_OF_SERVICE, null, SERVICE);
        String html = page("/workforce/caseloads", head, Role.HEAD_OF_SERVICE);
        assertThat(html).contains("data-team=\"" + team + "\"").contains("data-team=\"" + otherTeam + "\"").contains("Total, " + SERVICE);
        assertThat(page("/workforce/caseloads?team=" + team, head, Role.HEAD_OF_SERVICE)).contains("data-username=\"" + worker + "\"");
    }

    @Test
    void a_footprint_weeks_that_is_not_a_number_from_1_to_52_is_named_and_the_default_used() throws Exception {
        assertThat(page("/workforce/caseloads?weeks=0", manager, Role.TEAM_MANAGER))
                .contains("Weeks must be a whole number from 1 to 52").contains("id=\"weeks-error\"");
    }

    Map<String, String> settings(String cp, String threshold, int version) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("weightChildProtection", cp);
        f.put("weightLookedAfter", "1.5");
        f.put("weightChildInNeed", "1");
        f.put("weightAssessmentOrOther", "1");
        f.put("caseloadThreshold", threshold);
        f.put("supervisionWeeks", "4");
        f.put("newlyQualifiedSupervisionWeeks", "2");
        f.put("version", String.valueOf(version));
        return f;
    }

    int version() {
        return jdbc.sql("select version from workforce_setting").query(Integer.class).single();
    }

    @Test
    void an_administrator_changes_the_weights_audited_and_a_second_save_from_the_same_version_is_refused_keeping_the_typing()
            throws Exception {
        String admin = data.aUser(Role.ADMINISTRATOR, null, null);
        int before = version();
        try {
            mvc.perform(JourneyForms.form(post("/workforce/caseloads/settings"), settings("2", "18", before)).with(as(admin, Role.ADMINISTRATOR)))
                    .andExpect(status().is3xxRedirection());
            assertThat(jdbc.sql("select weight from case_weight where case_type = 'CHILD_PROTECTION'").query(java.math.BigDecimal.class).single())
                    .isEqualByComparingTo("2");
            assertThat(jdbc.sql("select details from audit_event where subject = 'workforce-setting' and actor = :a").param("a", admin)
                    .query(String.class).single()).contains("weightChildProtection").contains("1.5").contains("\"2\"");
            String html = mvc.perform(JourneyForms.form(post("/workforce/caseloads/settings"), settings("3.25", "20", before))
                    .with(as(admin, Role.ADMINISTRATOR))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(html).contains("This was changed by " + admin).contains("value=\"3.25\"").contains("value=\"20\"");
            assertThat(jdbc.sql("select caseload_threshold from workforce_setting").query(java.math.BigDecimal.class).single())
                    .isEqualByComparingTo("18");
        } finally {
            mvc.perform(JourneyForms.form(post("/workforce/caseloads/settings"), settings("1.5", "18", version()))
                    .with(as(admin, Role.ADMINISTRATOR))).andExpect(status().is3xxRedirection());
        }
    }

    @Test
    void a_weight_or_threshold_that_is_not_a_number_in_range_is_named_and_nothing_is_saved() throws Exception {
        String admin = data.aUser(Role.ADMINISTRATOR, null, null);
        int before = version();
        String html = mvc.perform(JourneyForms.form(post("/workforce/caseloads/settings"), settings("lots", "-1", before))
                .with(as(admin, Role.ADMINISTRATOR))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("There is a problem").contains("href=\"#weightChildProtection\"")
                .contains("Weight for child protection plan must be a number from 0 to 10").contains("href=\"#caseloadThreshold\"")
                .contains("value=\"lots\"");
        assertThat(version()).isEqualTo(before);
    }

    @Test
    void only_an_administrator_changes_the_settings() throws Exception {
        mvc.perform(JourneyForms.form(post("/workforce/caseloads/settings"), settings("9", "1", version())).with(as(manager, Role.TEAM_MANAGER)))
                .andExpect(status().isForbidden());
    }
}
