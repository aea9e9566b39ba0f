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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AllocationPagesTest {

    static final String SERVICE = "Allocation pages service";

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    UUID team;
    String worker;
    String otherWorker;
    String manager;
    String secondManager;
    UUID child;

    static RequestPostProcessor as(String username, Role role) {
        return request -> csrf().postProcessRequest(user(username).roles(role.name()).postProcessRequest(request));
    }

    @BeforeEach
    void aWaitingChildInATeamWithTwoManagers() throws Exception {
        team = data.aTeam(SERVICE);
        worker = data.aUser(Role.SOCIAL_WORKER, team, SERVICE);
        otherWorker = data.aUser(Role.SOCIAL_WORKER, team, SERVICE);
        manager = data.aUser(Role.TEAM_MANAGER, team, SERVICE);
        secondManager = data.aUser(Role.TEAM_MANAGER, team, SERVICE);
        child = JourneyForms.create(mvc, JourneyForms.aGirlsRecord("Ada", "Lockwood", LocalDate.of(2014, 2, 2), team),
                as(worker, Role.SOCIAL_WORKER));
        JourneyForms.aReferralOn(mvc, jdbc, child, LocalDate.now().minusDays(3), "Concerns", "Assess", as(worker, Role.SOCIAL_WORKER),
                as(manager, Role.TEAM_MANAGER));
    }

    UUID id(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(UUID.class).single();
    }

    Map<String, String> allocation(String to) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("workerUserId", id(to).toString());
        JourneyForms.date(f, "allocatedOn", LocalDate.now());
        f.put("reason", "Allocated to " + to);
        return f;
    }

    @Test
    void two_managers_allocating_the_same_waiting_child_at_once_the_second_is_told_and_nothing_is_overwritten() throws Exception {
        // both opened the form while the child waited (no current allocation on the form)
        mvc.perform(JourneyForms.form(post("/children/" + child + "/allocation/new"), allocation(worker)).with(as(manager, Role.TEAM_MANAGER)))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(JourneyForms.form(post("/children/" + child + "/allocation/new"), allocation(otherWorker))
                        .with(as(secondManager, Role.TEAM_MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("This was changed by " + manager).contains("Your changes have not been saved")
                .contains("Allocated to " + otherWorker);
        assertThat(jdbc.sql("select worker_user_id from allocation where person_id = :p and ended_on is null").param("p", child)
                .query(UUID.class).list()).containsExactly(id(worker));
    }

    @Test
    void a_social_worker_cannot_allocate() throws Exception {
        mvc.perform(JourneyForms.form(post("/children/" + child + "/allocation/new"), allocation(worker)).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from allocation where person_id = :p").param("p", child).query(Long.class).single()).isZero();
    }

    @Test
    void ending_before_the_allocation_began_is_refused_naming_the_end_date_and_nothing_changes() throws Exception {
        mvc.perform(JourneyForms.form(post("/children/" + child + "/allocation/new"), allocation(worker)).with(as(manager, Role.TEAM_MANAGER)))
                .andExpect(status().is3xxRedirection());
        Map<String, String> end = new LinkedHashMap<>();
        JourneyForms.date(end, "endedOn", LocalDate.now().minusDays(1));
        end.put("endReason", "Case closed");
        end.put("currentAllocationId", jdbc.sql("select id from allocation where person_id = :p").param("p", child).query(UUID.class).single().toString());
        end.put("version", "0");
        String page = mvc.perform(JourneyForms.form(post("/children/" + child + "/allocation/end"), end).with(as(manager, Role.TEAM_MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"#endedOn\"").contains("Date the allocation ended must be on or after it began");
        assertThat(jdbc.sql("select count(*) from allocation where person_id = :p and ended_on is null").param("p", child)
                .query(Long.class).single()).isEqualTo(1);
    }
}
