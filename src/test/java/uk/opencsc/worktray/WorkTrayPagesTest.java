package uk.opencsc.worktray;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.opencsc.access.Role;
import uk.opencsc.calendar.WorkingDayCalendar;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.JourneyForms;
import uk.opencsc.support.TestData;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.opencsc.support.JourneyForms.date;
import static uk.opencsc.support.JourneyForms.form;

@IntegrationTest
class WorkTrayPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestData testData;
    @Autowired JdbcClient jdbc;
    @Autowired WorkingDayCalendar calendar;

    UUID team;
    String worker;
    String manager;

    @BeforeEach
    void aTeamWithAWorkerAndAManager() {
        team = testData.aTeam("Front door");
        worker = testData.aUser(Role.SOCIAL_WORKER, team, "Front door");
        manager = testData.aUser(Role.TEAM_MANAGER, team, "Front door");
    }

    RequestPostProcessor as(String username, Role role) {
        return user(username).roles(role.name());
    }

    /** The working day {@code n} working days before today. */
    LocalDate workingDaysAgo(int n) {
        LocalDate day = LocalDate.now();
        for (int left = n; left > 0 || !calendar.isWorkingDay(day); ) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    UUID aChild(String first) throws Exception {
        return JourneyForms.create(mvc, JourneyForms.aGirlsRecord(first, "Tray" + UUID.randomUUID().toString().substring(0, 6),
                LocalDate.of(2017, 2, 3), team), as(worker, Role.SOCIAL_WORKER));
    }

    UUID aContactOn(UUID child, LocalDate day) throws Exception {
        Map<String, String> c = new LinkedHashMap<>();
        date(c, "receivedDate", day);
        c.put("receivedTime", "08:30");
        c.put("source", "6");
        c.put("contactName", "PC Hughes");
        c.put("reason", "Police called to the home overnight");
        c.put("consent", "NOT_NEEDED");
        c.put("consentNote", "Seeking consent could place the child at risk");
        mvc.perform(form(post("/children/" + child + "/contacts/new"), c).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from contact where person_id = :p order by created_at desc limit 1")
                .param("p", child).query(UUID.class).single();
    }

    @Test
    void a_contact_not_decided_within_one_working_day_is_overdue_on_the_team_managers_tray_with_a_link_to_its_decision_form()
            throws Exception {
        UUID child = aChild("Orla");
        UUID contact = aContactOn(child, workingDaysAgo(3));

        mvc.perform(get("/tray").with(as(manager, Role.TEAM_MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Orla"), containsString("Decision on a contact or referral"),
                        containsString("Overdue by 2 working days"), containsString("Not allocated"),
                        containsString("href=\"/children/" + child + "/contacts/" + contact + "/decision\""))));
    }

    @Test
    void a_decided_contact_leaves_the_tray_because_the_tray_is_worked_out_from_the_record() throws Exception {
        UUID child = aChild("Peggy");
        UUID contact = aContactOn(child, workingDaysAgo(2));
        mvc.perform(get("/tray").with(as(manager, Role.TEAM_MANAGER)))
                .andExpect(content().string(containsString("/contacts/" + contact + "/decision")));

        Map<String, String> d = new LinkedHashMap<>();
        d.put("decision", "NO_FURTHER_ACTION");
        date(d, "decidedDate", LocalDate.now());
        d.put("decidedTime", "00:01");
        d.put("rationale", "Police confirm the incident did not involve the children");
        d.put("version", "0");
        mvc.perform(form(post("/children/" + child + "/contacts/" + contact + "/decision"), d).with(as(manager, Role.TEAM_MANAGER)))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/tray").with(as(manager, Role.TEAM_MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/contacts/" + contact + "/decision"))));
    }

    @Test
    void a_child_waits_on_the_managers_tray_until_allocated_and_their_work_is_then_on_the_workers_tray() throws Exception {
        UUID child = aChild("Rhea");
        JourneyForms.aReferralOn(mvc, jdbc, child, workingDaysAgo(4), "School reports bruising", "Assess the concerns",
                as(worker, Role.SOCIAL_WORKER), as(manager, Role.TEAM_MANAGER));
        UUID contact = aContactOn(child, workingDaysAgo(2));
        mvc.perform(get("/tray").with(as(manager, Role.TEAM_MANAGER)))
                .andExpect(content().string(allOf(containsString("1 child is waiting"),
                        containsString("href=\"/children/" + child + "/allocation\""))));
        mvc.perform(get("/tray").with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(content().string(not(containsString("/contacts/" + contact + "/decision"))));

        JourneyForms.allocate(mvc, jdbc, child, worker, as(manager, Role.TEAM_MANAGER));

        mvc.perform(get("/tray").with(as(manager, Role.TEAM_MANAGER)))
                .andExpect(content().string(allOf(containsString("Every child with an open episode in this team has a worker"),
                        containsString("Test Social worker"))));
        mvc.perform(get("/tray").with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Rhea"), containsString(">1 child<"),
                        containsString("/contacts/" + contact + "/decision"))));
    }

    @Test
    void a_team_tray_kept_between_views_is_still_audited_on_every_view_and_shows_a_new_contact_once_it_is_recorded()
            throws Exception {
        UUID child = aChild("Sian");
        aContactOn(child, workingDaysAgo(3));
        long viewsBefore = jdbc.sql("select count(*) from audit_event where actor = :a and action = 'SEARCH' and subject = 'work tray'")
                .param("a", manager).query(Long.class).single();
        for (int page = 1; page <= 3; page++) {
            mvc.perform(get("/tray").param("page", String.valueOf(page)).with(as(manager, Role.TEAM_MANAGER)))
                    .andExpect(content().string(containsString("Sian")));
        }
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :a and action = 'SEARCH' and subject = 'work tray'")
                .param("a", manager).query(Long.class).single()).isEqualTo(viewsBefore + 3);

        UUID another = aChild("Tegan");
        UUID contact = aContactOn(another, workingDaysAgo(3));
        mvc.perform(get("/tray").with(as(manager, Role.TEAM_MANAGER)))
                .andExpect(content().string(containsString("/contacts/" + contact + "/decision")));
    }

    @Test
    void the_start_page_of_a_worker_is_their_tray() throws Exception {
        mvc.perform(get("/").with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/tray"));
        String analyst = testData.aUser(Role.PERFORMANCE_ANALYST, null, null);
        mvc.perform(get("/").with(as(analyst, Role.PERFORMANCE_ANALYST))).andExpect(status().isOk());
    }

    @Test
    void a_restricted_record_stays_off_the_tray_of_a_manager_without_a_grant() throws Exception {
        UUID child = aChild("Quinn");
        UUID contact = aContactOn(child, workingDaysAgo(2));
        TestData.asSystem(() -> jdbc.sql("update person set restricted = true, restricted_reason = 'Staff member''s child' where id = :id")
                .param("id", child).update());

        mvc.perform(get("/tray").with(as(manager, Role.TEAM_MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(contact.toString()))));
    }

    @Test
    void a_worker_with_no_children_allocated_has_an_empty_tray_and_roles_that_hold_no_work_have_none() throws Exception {
        mvc.perform(get("/tray").with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Nothing is overdue"), containsString("0 overdue"), containsString(">0 children<"))));
        String analyst = testData.aUser(Role.PERFORMANCE_ANALYST, null, null);
        mvc.perform(get("/tray").with(as(analyst, Role.PERFORMANCE_ANALYST))).andExpect(status().isForbidden());
    }

    @Test
    void a_head_of_service_sees_one_team_of_their_service_at_a_time() throws Exception {
        String service = "Service " + UUID.randomUUID();
        UUID first = testData.aTeam(service);
        String head = testData.aUser(Role.HEAD_OF_SERVICE, null, service);
        mvc.perform(get("/tray").param("team", first.toString()).with(as(head, Role.HEAD_OF_SERVICE)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Show team"), containsString("value=\"" + first + "\" selected"),
                        containsString("Every child with an open episode in your service has a worker"))));
        // another service's team is not theirs to choose: they get their own service's team instead
        mvc.perform(get("/tray").param("team", team.toString()).with(as(head, Role.HEAD_OF_SERVICE)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("value=\"" + team + "\""))));
    }
}
