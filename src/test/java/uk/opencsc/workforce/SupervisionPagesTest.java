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

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SupervisionPagesTest {

    static final String SERVICE = "Supervision pages service";

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    UUID team;
    String worker;
    String manager;
    UUID child;

    @BeforeEach
    void aWorkerHoldingAChild() throws Exception {
        team = data.aTeam(SERVICE);
        worker = data.aUser(Role.SOCIAL_WORKER, team, SERVICE);
        manager = data.aUser(Role.TEAM_MANAGER, team, SERVICE);
        child = WorkforceFixtures.aChildHeldBy(mvc, jdbc, team, worker, manager, "Iris", "Overton");
    }

    static RequestPostProcessor as(String username, Role role) {
        return WorkforceFixtures.as(username, role);
    }

    UUID id(String username) {
        return WorkforceFixtures.id(jdbc, username);
    }

    Map<String, String> supervision(String discussion, String decisions) {
        Map<String, String> f = new LinkedHashMap<>();
        JourneyForms.date(f, "heldOn", LocalDate.now());
        f.put("notes", "Wellbeing fine");
        f.put("discussion" + SupervisionRecords.fieldOf(child), discussion);
        f.put("decisions" + SupervisionRecords.fieldOf(child), decisions);
        return f;
    }

    @Test
    void a_childs_supervision_discussion_appears_on_their_record_audited_and_the_worker_is_next_due_in_four_weeks() throws Exception {
        String location = mvc.perform(JourneyForms.form(post("/workforce/workers/" + id(worker) + "/supervision/new"),
                        supervision("School attendance improving", "Visit school with mother within 10 days")).with(as(manager, Role.TEAM_MANAGER)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(mvc.perform(get(location).with(as(worker, Role.SOCIAL_WORKER))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("School attendance improving");
        assertThat(mvc.perform(get("/children/" + child + "/supervision").with(as(worker, Role.SOCIAL_WORKER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Visit school with mother within 10 days");
        assertThat(jdbc.sql("select count(*) from audit_event where person_id = :p and subject = 'supervision-discussion'")
                .param("p", child).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where person_id = :p and action = 'VIEW' and details like '%supervision discussions%'")
                .param("p", child).query(Long.class).single()).isEqualTo(1);
        String page = mvc.perform(get("/workforce/workers/" + id(worker) + "/supervision").with(as(manager, Role.TEAM_MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(new uk.opencsc.platform.web.Formats().date(LocalDate.now().plusWeeks(4))).doesNotContain("Overdue");
    }

    @Test
    void a_discussion_without_decisions_is_refused_naming_the_field_and_nothing_is_written() throws Exception {
        String html = mvc.perform(JourneyForms.form(post("/workforce/workers/" + id(worker) + "/supervision/new"),
                        supervision("Talked about contact arrangements", " ")).with(as(manager, Role.TEAM_MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("There is a problem").contains("Enter the decisions made for Iris Overton")
                .contains("href=\"#decisions" + SupervisionRecords.fieldOf(child) + "\"").contains("Talked about contact arrangements");
        assertThat(jdbc.sql("select count(*) from supervision where worker_user_id = :w").param("w", id(worker)).query(Long.class).single())
                .isZero();
    }

    @Test
    void a_worker_cannot_record_supervision_nor_read_the_supervision_of_another_teams_worker() throws Exception {
        mvc.perform(JourneyForms.form(post("/workforce/workers/" + id(worker) + "/supervision/new"), supervision("a", "b"))
                .with(as(worker, Role.SOCIAL_WORKER))).andExpect(status().isForbidden());
        UUID elsewhere = data.aTeam(SERVICE);
        String stranger = data.aUser(Role.SOCIAL_WORKER, elsewhere, SERVICE);
        String otherManager = data.aUser(Role.TEAM_MANAGER, elsewhere, SERVICE);
        mvc.perform(get("/workforce/workers/" + id(worker) + "/supervision").with(as(stranger, Role.SOCIAL_WORKER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/workforce/workers/" + id(worker) + "/supervision/new").with(as(otherManager, Role.TEAM_MANAGER)))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_managers_team_page_shows_who_is_overdue() throws Exception {
        // started six weeks ago and never supervised: due two weeks ago
        jdbc.sql("""
                        insert into worker_employment (user_id, fte, employment, started_on, created_by, updated_by)
                        values (:u, 1.0, 'PERMANENT', current_date - 42, 'test', 'test')""").param("u", id(worker)).update();
        String html = mvc.perform(get("/workforce/supervision").with(as(manager, Role.TEAM_MANAGER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String row = html.substring(html.indexOf("data-username=\"" + worker + "\""));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains("Not yet supervised").contains("Overdue");
    }
}
