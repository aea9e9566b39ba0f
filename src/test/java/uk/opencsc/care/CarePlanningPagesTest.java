package uk.opencsc.care;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.opencsc.access.Role;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.JourneyForms;
import uk.opencsc.support.TestData;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.opencsc.support.JourneyForms.date;
import static uk.opencsc.support.JourneyForms.form;

@IntegrationTest
class CarePlanningPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestData testData;
    @Autowired JdbcClient jdbc;
    @Autowired CarePlans carePlans;
    @Autowired uk.opencsc.timescales.ChildJourneys journeys;
    @Autowired uk.opencsc.timescales.RuleCatalogue catalogue;
    @Autowired uk.opencsc.calendar.WorkingDayCalendar calendar;

    String worker;
    String manager;
    String iro;
    UUID child;
    final LocalDate today = LocalDate.now();
    final LocalDate lookedAfterSince = today.minusDays(150);

    @BeforeEach
    void aChildLookedAfterForFiveMonths() throws Exception {
        UUID team = testData.aTeam("Children in care");
        worker = testData.aUser(Role.SOCIAL_WORKER, team, "Children in care");
        manager = testData.aUser(Role.TEAM_MANAGER, team, "Children in care");
        iro = testData.aUser(Role.INDEPENDENT_REVIEWING_OFFICER, null, null);
        child = JourneyForms.create(mvc, JourneyForms.aGirlsRecord("Ruby", "Adeyemi", CarePagesTest.BORN, team), as(worker, Role.SOCIAL_WORKER));
        mvc.perform(form(post("/children/" + child + "/care/start"), CarePagesTest.aStart(lookedAfterSince)).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(status().is3xxRedirection());
    }

    static RequestPostProcessor as(String username, Role role) {
        return user(username).roles(role.name());
    }

    ResultActions postAs(String username, Role role, String path, Map<String, String> fields) throws Exception {
        return mvc.perform(form(post("/children/" + child + "/care/planning" + path), fields).with(as(username, role)));
    }

    ResultActions page(String username, Role role) throws Exception {
        return mvc.perform(get("/children/" + child + "/care/planning").with(as(username, role))).andExpect(status().isOk());
    }

    static Map<String, String> aPlan(String kind, String primary, String replaces, LocalDate agreed) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("kind", kind);
        f.put("primary", primary);
        f.put("replacesPrimary", replaces);
        date(f, "agreedOn", agreed);
        return f;
    }

    Map<String, String> anEscalation(LocalDate raised) {
        Map<String, String> f = new LinkedHashMap<>();
        date(f, "raisedOn", raised);
        f.put("concerns", "PERMANENCE_DELAY");
        f.put("issue", "No permanence planning meeting held since the second review");
        f.put("stage", "INFORMAL");
        return f;
    }

    long plans() {
        return jdbc.sql("select count(*) from permanence_plan where person_id = :p").param("p", child).query(Long.class).single();
    }

    @Test
    void a_primary_plan_with_a_parallel_plan_and_then_a_new_primary_plan_keep_their_history_and_the_api_gives_the_primary_on_a_date() throws Exception {
        postAs(worker, Role.SOCIAL_WORKER, "/permanence/new", aPlan("a", "yes", null, today.minusDays(40))).andExpect(status().is3xxRedirection());
        postAs(worker, Role.SOCIAL_WORKER, "/permanence/new", aPlan("b", "no", null, today.minusDays(40))).andExpect(status().is3xxRedirection());
        assertThat(carePlans.primaryPlanOn(List.of(child), today)).containsEntry(child, PermanencePlanKind.RETURN_TO_FAMILY);

        postAs(worker, Role.SOCIAL_WORKER, "/permanence/new", aPlan("f", "yes", "yes", today.minusDays(5))).andExpect(status().is3xxRedirection());

        assertThat(carePlans.primaryPlanOn(List.of(child), today)).containsEntry(child, PermanencePlanKind.LONG_TERM_FOSTERING);
        assertThat(carePlans.primaryPlanOn(List.of(child), today.minusDays(20))).containsEntry(child, PermanencePlanKind.RETURN_TO_FAMILY);
        assertThat(carePlans.primaryPlanOn(List.of(child), lookedAfterSince)).doesNotContainKey(child);
        page(worker, Role.SOCIAL_WORKER).andExpect(content().string(allOf(containsString("f) Long-term fostering"),
                containsString("b) Adoption"), containsString("Replaced by another plan"), not(containsString("No permanence plan agreed")))));
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.sql("select count(*) from chronology_entry where person_id = :p and summary = "
                                + "'Permanence plan changed to Long-term fostering (was Return to family)'")
                        .param("p", child).query(Long.class).single() == 1);
    }

    @Test
    void a_plan_of_a_period_of_care_that_ended_is_history_and_no_longer_the_childs_plan() throws Exception {
        postAs(worker, Role.SOCIAL_WORKER, "/permanence/new", aPlan("a", "yes", null, today.minusDays(40))).andExpect(status().is3xxRedirection());
        Map<String, String> end = new LinkedHashMap<>();
        date(end, "endDate", today.minusDays(1));
        end.put("reasonCeased", "E4A");
        end.put("version", jdbc.sql("select version from period_of_care where person_id = :p").param("p", child).query(String.class).single());
        mvc.perform(form(post("/children/" + child + "/care/end"), end).with(as(worker, Role.SOCIAL_WORKER))).andExpect(status().is3xxRedirection());
        assertThat(carePlans.primaryPlanOn(List.of(child), today)).doesNotContainKey(child);
        assertThat(carePlans.primaryPlanOn(List.of(child), today.minusDays(1))).containsEntry(child, PermanencePlanKind.RETURN_TO_FAMILY);
        page(worker, Role.SOCIAL_WORKER).andExpect(content().string(allOf(containsString("No current permanence plan"),
                containsString("With the period of care it was made in"))));
    }

    @Test
    void a_second_primary_plan_that_does_not_replace_the_first_is_refused_naming_the_field() throws Exception {
        postAs(worker, Role.SOCIAL_WORKER, "/permanence/new", aPlan("a", "yes", null, today.minusDays(40))).andExpect(status().is3xxRedirection());
        postAs(worker, Role.SOCIAL_WORKER, "/permanence/new", aPlan("b", "yes", "no", today.minusDays(2))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("govuk-error-summary"), containsString("href=\"#primary\""),
                        containsString("a child has one primary plan at a time"))));
        assertThat(plans()).isEqualTo(1);
    }

    @Test
    void a_permanence_plan_outside_a_period_of_care_is_refused_naming_the_date() throws Exception {
        postAs(worker, Role.SOCIAL_WORKER, "/permanence/new", aPlan("a", "yes", null, lookedAfterSince.minusDays(1))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#agreedOn\""), containsString("within a period of care"))));
        assertThat(plans()).isZero();
    }

    @Test
    void a_child_looked_after_past_the_second_review_without_a_permanence_plan_is_flagged() throws Exception {
        page(manager, Role.TEAM_MANAGER).andExpect(content().string(containsString("No permanence plan agreed: it was due by the second review")));
    }

    /** The child's obligations under a rule, as the work tray sees them. */
    List<uk.opencsc.timescales.Obligation> obligations(uk.opencsc.timescales.RuleId rule) {
        return new uk.opencsc.timescales.DueWork(uk.opencsc.timescales.TimescaleRules.of(catalogue), calendar)
                .forChild(journeys.find(child).orElseThrow(), today).stream().filter(o -> o.rule().id().equals(rule)).toList();
    }

    @Test
    void the_permanence_plan_is_due_four_months_after_the_child_became_looked_after_and_on_the_tray_until_it_is_agreed() throws Exception {
        assertThat(obligations(uk.opencsc.timescales.StatutoryDeadlines.PERMANENCE_PLAN)).singleElement().satisfies(o -> {
            assertThat(o.dueOn()).isEqualTo(lookedAfterSince.plusMonths(4));
            assertThat(o.state()).isEqualTo(uk.opencsc.timescales.ObligationState.OVERDUE);
        });
        assertThat(journeys.formFor(child, obligations(uk.opencsc.timescales.StatutoryDeadlines.PERMANENCE_PLAN).getFirst()))
                .contains("/children/" + child + "/care/planning/permanence/new");
        postAs(worker, Role.SOCIAL_WORKER, "/permanence/new", aPlan("f", "yes", "no", today.minusDays(2))).andExpect(status().is3xxRedirection());
        assertThat(obligations(uk.opencsc.timescales.StatutoryDeadlines.PERMANENCE_PLAN)).singleElement()
                .satisfies(o -> assertThat(o.state()).isEqualTo(uk.opencsc.timescales.ObligationState.MET_LATE));
    }

    @Test
    void each_iro_escalation_is_its_own_clock_of_20_working_days_met_by_its_own_resolution() throws Exception {
        postAs(iro, Role.INDEPENDENT_REVIEWING_OFFICER, "/escalations/new", anEscalation(today.minusDays(40))).andExpect(status().is3xxRedirection());
        postAs(iro, Role.INDEPENDENT_REVIEWING_OFFICER, "/escalations/new", anEscalation(today.minusDays(3))).andExpect(status().is3xxRedirection());
        UUID recent = jdbc.sql("select id from iro_escalation where person_id = :p and raised_on = :d").param("p", child)
                .param("d", today.minusDays(3)).query(UUID.class).single();
        Map<String, String> resolved = new LinkedHashMap<>();
        resolved.put("concerns", "PERMANENCE_DELAY");
        resolved.put("issue", "No permanence planning meeting held since the second review");
        resolved.put("stage", "INFORMAL");
        date(resolved, "resolvedOn", today.minusDays(1));
        resolved.put("outcome", "Permanence planning meeting booked");
        resolved.put("version", "0");
        postAs(iro, Role.INDEPENDENT_REVIEWING_OFFICER, "/escalations/" + recent + "/edit", resolved).andExpect(status().is3xxRedirection());
        List<uk.opencsc.timescales.Obligation> clocks = obligations(uk.opencsc.timescales.StatutoryDeadlines.IRO_ESCALATION);
        assertThat(clocks).extracting(o -> o.state()).containsExactlyInAnyOrder(uk.opencsc.timescales.ObligationState.MET_ON_TIME,
                uk.opencsc.timescales.ObligationState.OVERDUE);
        assertThat(clocks).filteredOn(o -> o.state() == uk.opencsc.timescales.ObligationState.OVERDUE).singleElement()
                .satisfies(o -> assertThat(o.dueOn()).isEqualTo(calendar.addWorkingDays(today.minusDays(40), uk.opencsc.calendar.WorkingDays.of(20))));
    }

    @Test
    void the_iro_records_a_contact_with_the_child_and_a_social_worker_may_not() throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        date(f, "contactDate", today.minusDays(3));
        f.put("method", "VISIT");
        f.put("seenAlone", "yes");
        f.put("childsViews", "Wants to see her brother more often");
        postAs(iro, Role.INDEPENDENT_REVIEWING_OFFICER, "/iro-contacts/new", f).andExpect(status().is3xxRedirection());
        assertThat(carePlans.lastIroContactOn(List.of(child), today)).containsEntry(child, today.minusDays(3));
        assertThat(carePlans.lastIroContactOn(List.of(child), today.minusDays(4))).doesNotContainKey(child);
        page(worker, Role.SOCIAL_WORKER).andExpect(content().string(containsString("Wants to see her brother more often")));
        postAs(worker, Role.SOCIAL_WORKER, "/iro-contacts/new", f).andExpect(status().isForbidden());
        f.put("method", "PHONE");
        postAs(iro, Role.INDEPENDENT_REVIEWING_OFFICER, "/iro-contacts/new", f).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#seenAlone\"")));
    }

    @Test
    void an_open_escalation_past_twenty_working_days_is_shown_overdue_to_the_team_manager() throws Exception {
        postAs(iro, Role.INDEPENDENT_REVIEWING_OFFICER, "/escalations/new", anEscalation(today.minusDays(40))).andExpect(status().is3xxRedirection());
        page(manager, Role.TEAM_MANAGER).andExpect(content().string(allOf(containsString("1 IRO escalation is open"),
                containsString("Delay in permanence planning"), containsString("Overdue"))));
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.sql("select count(*) from chronology_entry where person_id = :p and summary like 'IRO escalation raised%'")
                        .param("p", child).query(Long.class).single() == 1);
    }

    @Test
    void an_escalation_resolved_before_it_was_raised_is_refused_naming_the_field() throws Exception {
        Map<String, String> f = anEscalation(today.minusDays(5));
        date(f, "resolvedOn", today.minusDays(6));
        f.put("outcome", "Meeting booked");
        postAs(iro, Role.INDEPENDENT_REVIEWING_OFFICER, "/escalations/new", f).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#resolvedOn\""),
                        containsString("on or after the escalation was raised"))));
        assertThat(jdbc.sql("select count(*) from iro_escalation where person_id = :p").param("p", child).query(Long.class).single()).isZero();
    }

    @Test
    void two_iros_updating_an_escalation_the_second_is_told_it_changed_meanwhile_and_keeps_what_they_typed() throws Exception {
        postAs(iro, Role.INDEPENDENT_REVIEWING_OFFICER, "/escalations/new", anEscalation(today.minusDays(10))).andExpect(status().is3xxRedirection());
        UUID id = jdbc.sql("select id from iro_escalation where person_id = :p").param("p", child).query(UUID.class).single();
        Map<String, String> first = new LinkedHashMap<>();
        first.put("concerns", "PERMANENCE_DELAY");
        first.put("issue", "No permanence planning meeting held since the second review");
        first.put("stage", "FORMAL_TEAM_MANAGER");
        first.put("version", "0");
        Map<String, String> second = new LinkedHashMap<>(first);
        second.put("stage", "FORMAL_SERVICE_MANAGER");
        second.put("issue", "Still no meeting: escalated to the service manager");
        postAs(iro, Role.INDEPENDENT_REVIEWING_OFFICER, "/escalations/" + id + "/edit", first).andExpect(status().is3xxRedirection());
        postAs(iro, Role.INDEPENDENT_REVIEWING_OFFICER, "/escalations/" + id + "/edit", second).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("since you opened it. Your changes have not been saved"),
                        containsString("Still no meeting: escalated to the service manager"), containsString("name=\"version\" value=\"1\""))));
        assertThat(jdbc.sql("select stage from iro_escalation where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("FORMAL_TEAM_MANAGER");
    }

    @Test
    void supervised_family_time_names_who_supervises_and_sessions_are_recorded_against_the_arrangement() throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("withWhom", "Grace Adeyemi");
        f.put("relationship", "MOTHER");
        f.put("frequency", "WEEKLY");
        f.put("supervised", "yes");
        date(f, "startDate", lookedAfterSince.plusDays(7));
        postAs(worker, Role.SOCIAL_WORKER, "/family-time/new", f).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#supervisedBy\"")));
        f.put("supervisedBy", "Northmoor contact centre");
        postAs(worker, Role.SOCIAL_WORKER, "/family-time/new", f).andExpect(status().is3xxRedirection());
        UUID arrangement = jdbc.sql("select id from family_time where person_id = :p").param("p", child).query(UUID.class).single();
        Map<String, String> s = new LinkedHashMap<>();
        date(s, "sessionDate", today.minusDays(2));
        s.put("outcome", "CANCELLED_BY_FAMILY");
        s.put("note", "Mother unwell");
        postAs(worker, Role.SOCIAL_WORKER, "/family-time/" + arrangement + "/sessions/new", s).andExpect(status().is3xxRedirection());
        page(worker, Role.SOCIAL_WORKER).andExpect(content().string(allOf(containsString("Grace Adeyemi (Mother)"),
                containsString("Yes, by Northmoor contact centre"), containsString("Cancelled by the family member (Mother unwell)"))));
    }
}
