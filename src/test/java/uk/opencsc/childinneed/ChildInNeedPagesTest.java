package uk.opencsc.childinneed;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.opencsc.access.Role;
import uk.opencsc.calendar.WorkingDayCalendar;
import uk.opencsc.calendar.WorkingDays;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.JourneyForms;
import uk.opencsc.support.TestData;
import uk.opencsc.timescales.DueWork;
import uk.opencsc.timescales.Obligation;
import uk.opencsc.timescales.ObligationState;
import uk.opencsc.timescales.RuleCatalogue;
import uk.opencsc.timescales.TimescaleRules;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.opencsc.support.JourneyForms.date;
import static uk.opencsc.support.JourneyForms.form;

@IntegrationTest
class ChildInNeedPagesTest {

    static final String WITHOUT_ASSESSMENT = "Assessment completed on paper before the record moved to OpenCSC";

    @Autowired MockMvc mvc;
    @Autowired TestData testData;
    @Autowired JdbcClient jdbc;
    @Autowired ChildInNeedJourneys journeys;
    @Autowired uk.opencsc.timescales.ChildJourneys childJourneys;
    @Autowired RuleCatalogue catalogue;
    @Autowired WorkingDayCalendar calendar;

    UUID team;
    String worker;
    String manager;
    UUID child;

    @BeforeEach
    void aChildKnownToATeamWithAWorkerAndAManager() throws Exception {
        team = testData.aTeam("Children in need");
        worker = testData.aUser(Role.SOCIAL_WORKER, team, "Children in need");
        manager = testData.aUser(Role.TEAM_MANAGER, team, "Children in need");
        child = JourneyForms.create(mvc, JourneyForms.aGirlsRecord("Amira", "Hassan", LocalDate.of(2015, 6, 3), team), asWorker());
    }

    RequestPostProcessor asWorker() {
        return user(worker).roles(Role.SOCIAL_WORKER.name());
    }

    /** A working Monday {@code weeks} weeks ago. */
    LocalDate aMondayWeeksAgo(int weeks) {
        LocalDate monday = LocalDate.now().minusWeeks(weeks).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        while (!calendar.isWorkingDay(monday)) {
            monday = monday.minusWeeks(1);
        }
        return monday;
    }

    void aReferralOn(LocalDate day) throws Exception {
        JourneyForms.aReferralOn(mvc, jdbc, child, day, "School saw Amira was hungry and unkempt most days",
                "Neglect concerns: a child and family assessment is needed", asWorker(), user(manager).roles(Role.TEAM_MANAGER.name()));
    }

    ResultActions postTo(String path, Map<String, String> fields) throws Exception {
        return mvc.perform(form(post("/children/" + child + "/child-in-need" + path), fields).with(asWorker()));
    }

    ResultActions startAPlan(LocalDate start) throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        date(f, "startDate", start);
        f.put("leadWorker", "Priya Shah");
        f.put("needsAndOutcomes", "Amira at school every day by half term (Mum, school)");
        f.put("withoutAssessmentReason", WITHOUT_ASSESSMENT);
        return postTo("/plans/new", f);
    }

    UUID openPlan() {
        return jdbc.sql("select id from child_in_need_plan where person_id = :p and end_date is null").param("p", child)
                .query(UUID.class).single();
    }

    Map<String, String> aVisit(LocalDate day, String time, String seen, String alone) {
        Map<String, String> f = new LinkedHashMap<>();
        date(f, "visitDate", day);
        f.put("visitTime", time);
        f.put("seen", seen);
        f.put("seenAlone", alone);
        f.put("bedroomSeen", "YES");
        f.put("childsViews", "I had breakfast at school club");
        f.put("observations", "Fridge stocked; Amira's room tidy");
        f.put("worker", "Priya Shah");
        return f;
    }

    Obligation obligation(String rule, int occurrence) {
        return new DueWork(TimescaleRules.of(catalogue), calendar).forChild(childJourneys.find(child).orElseThrow(), LocalDate.now()).stream()
                .filter(o -> o.rule().id().value().equals(rule) && o.occurrence() == occurrence).findFirst().orElseThrow();
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table + " where person_id = :p").param("p", child).query(Long.class).single();
    }

    @Test
    void the_visit_and_review_clocks_run_from_the_plan_start_and_a_visit_seeing_the_child_and_a_review_meet_them() throws Exception {
        LocalDate referred = aMondayWeeksAgo(20);
        aReferralOn(referred);
        LocalDate start = referred.plusDays(7);
        startAPlan(start).andExpect(status().is3xxRedirection());
        UUID plan = openPlan();

        Obligation visit = obligation("child-in-need-visit", 1);
        assertThat(visit.dueOn()).isEqualTo(calendar.addWorkingDays(start, WorkingDays.of(20)));
        assertThat(visit.state()).isEqualTo(ObligationState.OVERDUE);
        Obligation review = obligation("child-in-need-plan-review", 1);
        assertThat(review.dueOn()).isEqualTo(start.plusMonths(3));
        assertThat(review.state()).isEqualTo(ObligationState.OVERDUE);

        // a visit at which the child was not seen does not meet the visiting clock
        postTo("/plans/" + plan + "/visits/new", aVisit(LocalDate.now().minusDays(1), "10:00", "no", null))
                .andExpect(status().is3xxRedirection());
        assertThat(obligation("child-in-need-visit", 1).state()).isEqualTo(ObligationState.OVERDUE);
        postTo("/plans/" + plan + "/visits/new", aVisit(LocalDate.now(), "00:01", "yes", "yes")).andExpect(status().is3xxRedirection());
        assertThat(obligation("child-in-need-visit", 1).state()).isEqualTo(ObligationState.MET_LATE);
        assertThat(obligation("child-in-need-visit", 2).state()).isEqualTo(ObligationState.UPCOMING);
        assertThat(obligation("child-in-need-visit", 2).dueOn()).isEqualTo(calendar.addWorkingDays(LocalDate.now(), WorkingDays.of(20)));

        Map<String, String> r = new LinkedHashMap<>();
        date(r, "reviewDate", LocalDate.now());
        r.put("decision", "CHANGE");
        r.put("notes", "Breakfast club added to the plan");
        r.put("version", "0");
        postTo("/plans/" + plan + "/reviews/new", r).andExpect(status().is3xxRedirection());
        assertThat(obligation("child-in-need-plan-review", 1).state()).isEqualTo(ObligationState.MET_LATE);
        assertThat(obligation("child-in-need-plan-review", 2).dueOn()).isEqualTo(LocalDate.now().plusMonths(3));

        mvc.perform(get("/children/" + child + "/child-in-need").with(asWorker()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Led by"), containsString("Priya Shah"),
                        containsString("Amira at school every day by half term"), containsString(WITHOUT_ASSESSMENT),
                        containsString("The child said: I had breakfast at school club"), containsString("Continue the plan with changes"),
                        containsString("Child in need visit (2)"), containsString("Met late by"), containsString("Upcoming"))));
        mvc.perform(get("/children/" + child).with(asWorker()))
                .andExpect(content().string(containsString("/children/" + child + "/child-in-need")));

        String audit = jdbc.sql("select string_agg(subject, ',' order by seq) from audit_event where person_id = :p and action = 'CHANGE'")
                .param("p", child).query(String.class).single();
        assertThat(audit).contains("child-in-need-plan", "child-in-need-visit", "child-in-need-review");
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.sql("select count(*) from chronology_entry where person_id = :p and source_module = 'childinneed'")
                        .param("p", child).query(Long.class).single() == 4);
        assertThat(jdbc.sql("select summary from chronology_entry where person_id = :p and source_module = 'childinneed'")
                .param("p", child).query(String.class).list())
                .containsExactlyInAnyOrder("Child in need plan started, led by Priya Shah", "Child in need visit: child not seen",
                        "Child in need visit: child seen alone", "Child in need plan reviewed: Continue the plan with changes");
    }

    @Test
    void a_plan_ending_before_it_starts_a_visit_in_the_future_seen_alone_unseen_and_a_review_before_the_start_are_refused_naming_the_field()
            throws Exception {
        LocalDate referred = aMondayWeeksAgo(6);
        aReferralOn(referred);
        LocalDate start = referred.plusDays(2);
        startAPlan(start).andExpect(status().is3xxRedirection());
        UUID plan = openPlan();

        Map<String, String> end = new LinkedHashMap<>();
        date(end, "endDate", start.minusDays(1));
        end.put("endReason", "NEEDS_MET");
        end.put("version", "0");
        postTo("/plans/" + plan + "/end", end).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#endDate\""),
                        containsString("End date must be on or after the plan started, " + start))));

        postTo("/plans/" + plan + "/visits/new", aVisit(LocalDate.now().plusDays(1), "10:00", "yes", "no")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#visitDate\""),
                        containsString("Date and time of the visit must be now or in the past"), containsString("I had breakfast at school club"))));
        postTo("/plans/" + plan + "/visits/new", aVisit(LocalDate.now(), "00:00", "no", "yes")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#seenAlone\""), containsString("A child seen alone was seen"))));

        Map<String, String> r = new LinkedHashMap<>();
        date(r, "reviewDate", start.minusDays(1));
        r.put("decision", "CONTINUE");
        r.put("version", "0");
        postTo("/plans/" + plan + "/reviews/new", r).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#reviewDate\""),
                        containsString("Date of the review must be on or after the plan started, " + start))));

        startAPlan(LocalDate.now()).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#startDate\""),
                        containsString("The child already has an open child in need plan, from " + start))));

        assertThat(count("child_in_need_visit")).isZero();
        assertThat(count("child_in_need_review")).isZero();
        assertThat(count("child_in_need_plan")).isEqualTo(1);
        assertThat(jdbc.sql("select end_date from child_in_need_plan where id = :p").param("p", plan).query(LocalDate.class).optional()).isEmpty();
    }

    @Test
    void a_plan_without_a_referral_or_without_saying_why_no_assessment_recommended_it_is_refused() throws Exception {
        startAPlan(LocalDate.now()).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#startDate\""), containsString("The child has no CIN episode open on"))));
        aReferralOn(aMondayWeeksAgo(3));
        mvc.perform(get("/children/" + child + "/child-in-need/plans/new").with(asWorker()))
                .andExpect(content().string(containsString("No authorised child and family assessment in the child’s open CIN episode")));
        Map<String, String> f = new LinkedHashMap<>();
        date(f, "startDate", LocalDate.now());
        f.put("leadWorker", "Priya Shah");
        f.put("needsAndOutcomes", "Amira at school every day");
        postTo("/plans/new", f).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#withoutAssessmentReason\""),
                        containsString("say why the plan starts without one"))));
        assertThat(count("child_in_need_plan")).isZero();
    }

    @Test
    void a_child_protection_plan_starting_ends_the_child_in_need_plan_and_none_starts_while_it_runs() throws Exception {
        LocalDate referred = aMondayWeeksAgo(10);
        aReferralOn(referred);
        startAPlan(referred.plusDays(1)).andExpect(status().is3xxRedirection());
        UUID plan = openPlan();

        Map<String, String> s = new LinkedHashMap<>();
        date(s, "heldDate", referred.plusDays(2));
        s.put("heldTime", "11:00");
        s.put("agencies", "POLICE");
        s.put("decision", "SECTION_47");
        s.put("rationale", "Neglect now causing significant harm");
        mvc.perform(form(post("/children/" + child + "/protection/strategy-discussions/new"), s).with(asWorker()))
                .andExpect(status().is3xxRedirection());
        UUID enquiry = jdbc.sql("select id from section47_enquiry where person_id = :p").param("p", child).query(UUID.class).single();
        Map<String, String> o = new LinkedHashMap<>();
        o.put("outcome", "SUBSTANTIATED_ICPC");
        date(o, "outcomeDate", referred.plusDays(4));
        o.put("version", "0");
        mvc.perform(form(post("/children/" + child + "/protection/enquiries/" + enquiry + "/outcome"), o).with(asWorker()))
                .andExpect(status().is3xxRedirection());
        LocalDate conference = referred.plusDays(14);
        Map<String, String> c = new LinkedHashMap<>();
        date(c, "conferenceDate", conference);
        c.put("outcome", "PLAN");
        c.put("categories", "NEG");
        c.put("version", "1");
        mvc.perform(form(post("/children/" + child + "/protection/enquiries/" + enquiry + "/conference"), c).with(asWorker()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select end_date || ' ' || end_reason from child_in_need_plan where id = :p").param("p", plan)
                .query(String.class).single()).isEqualTo(conference + " STEPPED_UP_TO_CP");
        assertThat(obligation("child-in-need-visit", 1).state()).isIn(ObligationState.NO_LONGER_NEEDED, ObligationState.MET_ON_TIME);

        startAPlan(LocalDate.now()).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#startDate\""),
                        containsString("The child is on a child protection plan, since " + conference))));
        assertThat(count("child_in_need_plan")).isEqualTo(1);
    }

    @Test
    void the_child_becoming_looked_after_ends_the_child_in_need_plan_that_day() throws Exception {
        LocalDate referred = aMondayWeeksAgo(6);
        aReferralOn(referred);
        startAPlan(referred.plusDays(1)).andExpect(status().is3xxRedirection());
        UUID plan = openPlan();
        LocalDate lookedAfter = referred.plusDays(10);
        Map<String, String> care = new LinkedHashMap<>();
        date(care, "startDate", lookedAfter);
        care.put("legalStatus", "C1");
        care.put("categoryOfNeed", "N1");
        care.put("placementType", "U6");
        care.put("placementProvider", "PR1");
        care.put("intendedUntilEighteen", "no");
        care.put("uasc", "no");
        mvc.perform(form(post("/children/" + child + "/care/start"), care).with(asWorker())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select end_date || ' ' || end_reason from child_in_need_plan where id = :p").param("p", plan)
                .query(String.class).single()).isEqualTo(lookedAfter + " LOOKED_AFTER");
    }

    @Test
    void closing_the_cin_episode_ends_its_plan_on_the_closure_date() throws Exception {
        LocalDate referred = aMondayWeeksAgo(8);
        aReferralOn(referred);
        startAPlan(referred.plusDays(3)).andExpect(status().is3xxRedirection());
        UUID plan = openPlan();
        UUID referral = jdbc.sql("select id from referral where person_id = :p").param("p", child).query(UUID.class).single();
        Map<String, String> close = new LinkedHashMap<>();
        date(close, "closureDate", LocalDate.now());
        close.put("reasonForClosure", "RC7");
        close.put("noFurtherAction", "no");
        close.put("version", "0");
        mvc.perform(form(post("/children/" + child + "/referrals/" + referral + "/close"), close).with(asWorker()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select end_date || ' ' || end_reason from child_in_need_plan where id = :p").param("p", plan)
                .query(String.class).single()).isEqualTo(LocalDate.now() + " EPISODE_CLOSED");
    }

    @Test
    void two_workers_saving_the_same_plan_the_second_is_told_it_changed_meanwhile_and_keeps_their_text() throws Exception {
        LocalDate referred = aMondayWeeksAgo(4);
        aReferralOn(referred);
        startAPlan(referred.plusDays(1)).andExpect(status().is3xxRedirection());
        UUID plan = openPlan();
        Map<String, String> first = new LinkedHashMap<>();
        first.put("leadWorker", "Priya Shah");
        first.put("needsAndOutcomes", "First worker's outcomes");
        first.put("version", "0");
        postTo("/plans/" + plan + "/edit", first).andExpect(status().is3xxRedirection());
        Map<String, String> second = new LinkedHashMap<>(first);
        second.put("needsAndOutcomes", "Second worker's carefully typed outcomes");
        postTo("/plans/" + plan + "/edit", second).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("since you opened it. Your changes have not been saved"),
                        containsString("Second worker&#39;s carefully typed outcomes"), containsString("name=\"version\" value=\"1\""))));
        assertThat(jdbc.sql("select needs_and_outcomes from child_in_need_plan where id = :p").param("p", plan).query(String.class).single())
                .isEqualTo("First worker's outcomes");
        String audit = jdbc.sql("select details from audit_event where person_id = :p and subject = 'child-in-need-plan' order by seq desc limit 1")
                .param("p", child).query(String.class).single();
        assertThat(audit).contains("\"field\":\"needsAndOutcomes\"").contains("First worker's outcomes");
    }

    @Test
    void someone_outside_the_childs_team_may_not_read_or_change_the_plans_and_each_view_is_audited_once() throws Exception {
        UUID otherTeam = testData.aTeam("Children in need");
        String stranger = testData.aUser(Role.SOCIAL_WORKER, otherTeam, "Children in need");
        mvc.perform(get("/children/" + child + "/child-in-need").with(user(stranger).roles("SOCIAL_WORKER"))).andExpect(status().isForbidden());
        String inspector = testData.aUser(Role.INSPECTOR, null, null);
        mvc.perform(get("/children/" + child + "/child-in-need").with(user(inspector).roles("INSPECTOR")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Start a child in need plan"))));
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :a and action = 'VIEW' and person_id = :p")
                .param("a", inspector).param("p", child).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_journey_source_reads_many_children_in_one_query_the_same_as_one_by_one() throws Exception {
        LocalDate referred = aMondayWeeksAgo(5);
        aReferralOn(referred);
        startAPlan(referred.plusDays(1)).andExpect(status().is3xxRedirection());
        UUID other = UUID.randomUUID();
        var all = journeys.eventsOf(List.of(child, other));
        assertThat(all).containsOnlyKeys(child);
        assertThat(all.get(child)).isEqualTo(journeys.eventsOf(child)).hasSize(1);
    }

    // the plan form's drafts

    String planForm(UUID plan) {
        return "/children/" + child + "/child-in-need/plans/" + plan;
    }

    UUID aPlanStartedTenWeeksAgo() throws Exception {
        LocalDate referred = aMondayWeeksAgo(12);
        aReferralOn(referred);
        startAPlan(referred.plusWeeks(2)).andExpect(status().is3xxRedirection());
        return openPlan();
    }

    Map<String, String> planTyped(String needs, int version) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("leadWorker", "Priya Shah");
        f.put("needsAndOutcomes", needs);
        f.put("version", String.valueOf(version));
        return f;
    }

    @Test
    void a_plan_draft_autosaved_before_the_session_timed_out_comes_back_after_signing_in_again_and_goes_when_the_plan_is_saved()
            throws Exception {
        UUID plan = aPlanStartedTenWeeksAgo();
        MockHttpSession session = signIn(worker);
        Map<String, String> typed = planTyped("Amira at school every day; Mum to attend the parenting course by March", 0);
        mvc.perform(form(post(planForm(plan) + "/draft"), typed).header("X-Autosave", "true").session(session))
                .andExpect(status().isOk()).andExpect(content().string(containsString("\"saved\"")));

        String sessionId = session.getId();
        session.invalidate();
        // the browser still sends the old session's cookie
        MvcResult timedOut = mvc.perform(get(planForm(plan) + "/edit").with(request -> {
                    request.setRequestedSessionId(sessionId);
                    request.setRequestedSessionIdValid(false);
                    return request;
                }))
                .andExpect(redirectedUrl("/sign-in?timed-out")).andReturn();
        MvcResult signedIn = mvc.perform(post("/sign-in").param("username", worker).param("password", "demo")
                        .session((MockHttpSession) timedOut.getRequest().getSession(false)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String back = signedIn.getResponse().getRedirectedUrl();
        assertThat(back).contains(planForm(plan) + "/edit");
        mvc.perform(get(back).session((MockHttpSession) signedIn.getRequest().getSession(false)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Mum to attend the parenting course by March"),
                        containsString("Your draft saved on"), containsString("Discard draft"))));
        // drafts are each worker's own: the manager opening the form sees the plan as saved
        mvc.perform(get(planForm(plan) + "/edit").with(user(manager).roles(Role.TEAM_MANAGER.name())))
                .andExpect(content().string(not(containsString("parenting course"))));

        mvc.perform(form(post(planForm(plan) + "/edit"), typed).with(asWorker())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from form_draft where form_key = :k").param("k", "cin-plan:" + plan)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select needs_and_outcomes from child_in_need_plan where id = :p").param("p", plan)
                .query(String.class).single()).contains("parenting course");
    }

    @Test
    void a_plan_draft_saved_without_javascript_can_be_discarded() throws Exception {
        UUID plan = aPlanStartedTenWeeksAgo();
        mvc.perform(form(post(planForm(plan) + "/draft"), planTyped("A thought to come back to", 0)).with(asWorker()))
                .andExpect(redirectedUrl(planForm(plan) + "/edit"));
        mvc.perform(get(planForm(plan) + "/edit").with(asWorker())).andExpect(content().string(containsString("A thought to come back to")));
        mvc.perform(post(planForm(plan) + "/draft/discard").with(csrf()).with(asWorker())).andExpect(redirectedUrl(planForm(plan) + "/edit"));
        mvc.perform(get(planForm(plan) + "/edit").with(asWorker()))
                .andExpect(content().string(allOf(not(containsString("A thought to come back to")), not(containsString("Discard draft")))));
    }

    @Test
    void another_teams_worker_cannot_save_a_draft_of_the_plan() throws Exception {
        UUID plan = aPlanStartedTenWeeksAgo();
        String stranger = testData.aUser(Role.SOCIAL_WORKER, testData.aTeam("Children in need"), "Children in need");
        mvc.perform(form(post(planForm(plan) + "/draft"), planTyped("Not mine to write", 0))
                        .header("X-Autosave", "true").with(user(stranger).roles(Role.SOCIAL_WORKER.name())))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from form_draft where form_key = :k").param("k", "cin-plan:" + plan)
                .query(Long.class).single()).isZero();
    }

    MockHttpSession signIn(String username) throws Exception {
        MvcResult result = mvc.perform(post("/sign-in").param("username", username).param("password", "demo").with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
